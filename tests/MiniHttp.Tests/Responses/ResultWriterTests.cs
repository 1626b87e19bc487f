using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace MiniHttp.Tests.Responses;

/// <summary>The bytes of the result kinds beyond plain text: no content, formattable values and JSON.</summary>
public sealed class ResultWriterTests
{
    [Fact]
    public void No_content_has_neither_content_type_nor_length()
    {
        var wire = Write(response => response.WriteNoContent());

        Assert.Equal("HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\nDate: <date>\r\n\r\n", wire);
    }

    [Fact]
    public void A_decimal_is_written_in_its_invariant_form()
    {
        using var _ = new CultureScope("de-DE");

        var wire = Write(response => response.WritePlainText(12.5m));

        Assert.EndsWith("Content-Length: 4\r\n\r\n12.5", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void A_guid_is_written_with_hyphens()
    {
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var wire = Write(response => response.WritePlainText(guid));

        Assert.EndsWith("Content-Length: 36\r\n\r\n0f8fad5b-d9cb-469f-a165-70867728950e", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_written_with_its_type_and_exact_length()
    {
        var wire = Write(response => response.WriteJson(new Item("café", 3), ResultWriterJsonContext.Default.Item));

        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: <date>\r\nContent-Type: application/json; charset=utf-8\r\n"
            + "Content-Length: 30\r\n\r\n{\"Name\":\"caf\\u00E9\",\"Count\":3}",
            wire);
    }

    [Fact]
    public void Json_answering_head_keeps_the_length_and_drops_the_body()
    {
        var wire = Write(response => response.WriteJson(new Item("a", 1), ResultWriterJsonContext.Default.Item, omitBody: true));

        Assert.EndsWith("Content-Length: 22\r\n\r\n", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void Consecutive_json_responses_on_one_connection_do_not_share_bytes()
    {
        var wire = Write(response =>
        {
            response.WriteJson(new Item(new string('x', 100_000), 1), ResultWriterJsonContext.Default.Item);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.WriteJson(new Item("b", 2), ResultWriterJsonContext.Default.Item);
        });

        Assert.EndsWith("Content-Length: 22\r\n\r\n{\"Name\":\"b\",\"Count\":2}", wire, StringComparison.Ordinal);
    }

    private static string Write(Action<HttpResponse> write) => Wire.Capture(write);

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

        public CultureScope(string name) => CultureInfo.CurrentCulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentCulture = _previous;
    }
}

internal sealed record Item(string Name, int Count);

[JsonSerializable(typeof(Item))]
internal sealed partial class ResultWriterJsonContext : JsonSerializerContext;
