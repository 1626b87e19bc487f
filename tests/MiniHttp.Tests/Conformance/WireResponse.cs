using System;
using System.Collections.Generic;
using System.Globalization;

namespace MiniHttp.Tests.Conformance;

/// <summary>One response as it came off the wire.</summary>
internal sealed record WireResponse(int Status, string Head, string Body)
{
    public bool Closes => Head.Contains("\r\nConnection: close\r\n", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Head + Body;

    /// <summary>Splits everything a server sent into responses: 1xx ones have no body, the others a Content-Length one.</summary>
    public static List<WireResponse> ParseAll(string received)
    {
        var responses = new List<WireResponse>();
        var position = 0;
        while (position < received.Length)
        {
            var headEnd = received.IndexOf("\r\n\r\n", position, StringComparison.Ordinal);
            Assert.True(headEnd >= 0, $"A response head never ended: {received[position..]}");
            var head = received[position..(headEnd + 4)];
            var status = int.Parse(head.AsSpan(9, 3), CultureInfo.InvariantCulture);
            var bodyLength = status < 200 ? 0 : ContentLength(head);
            var bodyStart = headEnd + 4;
            Assert.True(bodyStart + bodyLength <= received.Length, $"A response body was cut short: {received[position..]}");
            responses.Add(new WireResponse(status, head, received.Substring(bodyStart, bodyLength)));
            position = bodyStart + bodyLength;
        }

        return responses;
    }

    private static int ContentLength(string head)
    {
        const string Field = "\r\nContent-Length: ";
        var start = head.IndexOf(Field, StringComparison.OrdinalIgnoreCase);
        Assert.True(start >= 0, $"A final response without Content-Length: {head}");
        start += Field.Length;
        return int.Parse(head[start..head.IndexOf('\r', start)], CultureInfo.InvariantCulture);
    }
}
