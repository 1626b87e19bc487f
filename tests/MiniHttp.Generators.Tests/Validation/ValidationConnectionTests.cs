using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using MiniHttp.Generated;
using MiniHttp.Generators.Tests.Dispatch;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Validation;

/// <summary>
/// A request that fails validation was well framed, so its connection stays open: over one real connection, a body
/// failing several members and a query out of range are each answered with their problem, and the requests after
/// them with their handlers' answers. Runs on whichever transport <c>MINIHTTP_TRANSPORT</c> makes the default.
/// </summary>
public sealed partial class ValidationConnectionTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly HttpServer<Router> _server = new(
        new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) },
        new Router(new CounterRoutes(), new StoreRoutes()));

    public ValidationConnectionTests() => _server.Start();

    [Fact]
    public void The_connection_answers_the_next_request_after_each_validation_problem()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.ReceiveTimeout = (int)Timeout.TotalMilliseconds;
        socket.SendTimeout = (int)Timeout.TotalMilliseconds;
        socket.Connect(_server.LocalEndPoint);
        using var stream = new NetworkStream(socket);

        Assert.Equal(ValidationDispatchTests.Problem(ValidationDispatchTests.FailingTodoProblem), Send(stream, Post(ValidationDispatchTests.FailingTodo)));
        Assert.Equal(Wire.Ok("Write docs"), Send(stream, Post(ValidationDispatchTests.PassingTodo)));
        Assert.Equal(
            ValidationDispatchTests.Problem(ValidationDispatchTests.Errors(("limit", "The field limit must be between 1 and 100."))),
            Send(stream, "GET /validate/page?limit=0 HTTP/1.1\r\nHost: localhost\r\nX-Tenant: ab\r\n\r\n"));
        Assert.Equal(Wire.Ok("7 ab"), Send(stream, "GET /validate/page?limit=7 HTTP/1.1\r\nHost: localhost\r\nX-Tenant: ab\r\n\r\n"));
    }

    public void Dispose() => _server.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static string Post(string json) =>
        $"POST /validate/todo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}";

    /// <summary>Sends one request and reads its response, framed by Content-Length, with the Date masked.</summary>
    private static string Send(NetworkStream stream, string request)
    {
        stream.Write(Encoding.UTF8.GetBytes(request));
        var head = new MemoryStream();
        while (!head.ToArray().AsSpan().EndsWith("\r\n\r\n"u8))
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                throw new EndOfStreamException("The server closed the connection: " + Encoding.Latin1.GetString(head.ToArray()));
            }

            head.WriteByte((byte)b);
        }

        var text = Encoding.Latin1.GetString(head.ToArray());
        var body = new byte[int.Parse(ContentLength().Match(text).Groups[1].Value, CultureInfo.InvariantCulture)];
        stream.ReadExactly(body);
        return DateLine().Replace(Encoding.UTF8.GetString([.. head.ToArray(), .. body]), Wire.Date);
    }

    [GeneratedRegex(@"Content-Length: (\d+)\r\n")]
    private static partial Regex ContentLength();

    [GeneratedRegex(@"Date: [^\r]*\r\n")]
    private static partial Regex DateLine();
}
