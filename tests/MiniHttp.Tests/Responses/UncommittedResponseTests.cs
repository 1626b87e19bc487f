using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Responses;

/// <summary>
/// A response is committed whole or not at all: whatever a failing handler or write method got to write never reaches
/// the wire, so the connection's <c>500</c> is the only answer, after the intact responses before it.
/// </summary>
public sealed class UncommittedResponseTests
{
    private const string Before = "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 6\r\n\r\nbefore";

    private const string InternalServerError = "HTTP/1.1 500 Internal Server Error\r\nServer: MiniHttp\r\n" + Wire.Date
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 21\r\n\r\nInternal Server Error";

    public static TheoryData<string> FailingWrites =>
    [
        "handler throws before writing",
        "result with a CR LF in a header value",
        "result with a header the server owns",
        "result with an interim status",
        "default result",
        "result whose JSON serializer throws",
        "result whose JSON serializer throws, for HEAD",
        "json whose serializer throws",
        "plain text of a value too long to format",
        "plain text of a value whose formatting throws",
    ];

    [Theory]
    [MemberData(nameof(FailingWrites))]
    public void A_failed_write_leaves_nothing_and_the_request_gets_only_the_500(string failure)
    {
        var wire = Wire.Capture(response =>
        {
            response.WritePlainText("before"u8);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            AnswerLikeTheConnection(response, Failing(failure));
        });

        Assert.Equal(Before + InternalServerError, wire);
    }

    [Fact]
    public void A_json_body_a_serializer_left_half_written_never_leaks_into_the_next_one()
    {
        var wire = Wire.Capture(response =>
        {
            AnswerLikeTheConnection(response, r => r.WriteJson(new Exploding(), UncommittedJsonContext.Default.Exploding));
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.WriteResult(HttpResult.Json(7, UncommittedJsonContext.Default.Int32));
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.WriteJson(8, UncommittedJsonContext.Default.Int32);
        });

        Assert.Equal(
            InternalServerError
            + "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/json; charset=utf-8\r\nContent-Length: 1\r\n\r\n7"
            + "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/json; charset=utf-8\r\nContent-Length: 1\r\n\r\n8",
            wire);
    }

    [Theory]
    [InlineData("throws at once")]
    [InlineData("writes synchronously")]
    [InlineData("writes nothing but an empty buffer, then throws")]
    public async Task A_producer_that_fails_before_writing_leaves_nothing_and_the_request_gets_only_the_500(string failure)
    {
        var result = HttpResult.Stream(200, async (body, ct) =>
        {
            switch (failure)
            {
                case "throws at once":
                    throw new InvalidOperationException("boom");
                case "writes synchronously":
                    body.Write(new byte[1], 0, 1);
                    break;
                default:
                    await body.WriteAsync(ReadOnlyMemory<byte>.Empty, ct);
                    throw new InvalidOperationException("boom");
            }
        });

        var (wire, response) = await Wire.CaptureAsync(async response =>
        {
            response.WritePlainText("before"u8);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            await AnswerLikeTheConnectionAsync(response, result);
        });

        Assert.Equal(Before + InternalServerError, wire);
        Assert.False(response.BodyTruncated);
        Assert.True(response.KeepAlive);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_producer_that_fails_after_writing_truncates_the_body_and_closes_without_a_last_chunk_or_500(bool flushedFirst)
    {
        var result = HttpResult.Stream(200, async (body, ct) =>
        {
            await body.WriteAsync("abc"u8.ToArray(), ct);
            if (flushedFirst)
            {
                await body.FlushAsync(ct);
            }

            throw new InvalidOperationException("boom");
        });

        var (wire, response) = await Wire.CaptureAsync(response => AnswerLikeTheConnectionAsync(response, result));

        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
            wire);
        Assert.True(response.BodyTruncated);
        Assert.False(response.KeepAlive);
        Assert.True(response.IsCommitted);
    }

    [Fact]
    public async Task A_truncated_body_is_cleared_by_the_next_request()
    {
        var (_, response) = await Wire.CaptureAsync(response => AnswerLikeTheConnectionAsync(response, HttpResult.Stream(200, static async (body, ct) =>
        {
            await body.WriteAsync(new byte[1], ct);
            throw new InvalidOperationException("boom");
        })));

        response.Reset(ProtocolVersion.Http11, keepAlive: true);

        Assert.False(response.BodyTruncated);
        Assert.False(response.IsCommitted);
    }

    /// <summary>What the connection does with a dispatch: swallow its exception, and answer 500 if nothing was written.</summary>
    private static void AnswerLikeTheConnection(HttpResponse response, Action<HttpResponse> handler)
    {
        try
        {
            handler(response);
        }
        catch (Exception)
        {
        }

        if (!response.IsCommitted)
        {
            response.WriteInternalServerError();
        }
    }

    private static async Task AnswerLikeTheConnectionAsync(HttpResponse response, StreamedResult result)
    {
        try
        {
            await response.WriteStreamedAsync(result);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
        }

        if (!response.IsCommitted)
        {
            response.WriteInternalServerError();
        }
    }

    private static Action<HttpResponse> Failing(string failure) => failure switch
    {
        "handler throws before writing" => static _ => throw new InvalidOperationException("boom"),
        "result with a CR LF in a header value" => static r => r.WriteResult(HttpResult.Text(200, "partial").WithHeader("X-A", "a\r\nb")),
        "result with a header the server owns" => static r => r.WriteResult(HttpResult.Text(200, "partial").WithHeader("Content-Length", "1")),
        "result with an interim status" => static r => r.WriteResult(HttpResult.Status(101)),
        "default result" => static r => r.WriteResult(default),
        "result whose JSON serializer throws" => static r => r.WriteResult(HttpResult.Json(201, new Exploding(), UncommittedJsonContext.Default.Exploding)),
        "result whose JSON serializer throws, for HEAD" => static r => r.WriteResult(HttpResult.Json(new Exploding(), UncommittedJsonContext.Default.Exploding), omitBody: true),
        "json whose serializer throws" => static r => r.WriteJson(new Exploding(), UncommittedJsonContext.Default.Exploding),
        "plain text of a value too long to format" => static r => r.WritePlainText(new Formattable(100)),
        _ => static r => r.WritePlainText(new Formattable(-1)),
    };

    /// <summary>Writes <c>length</c> bytes if they fit, or with a negative length half of its span and then throws.</summary>
    private readonly struct Formattable(int length) : IUtf8SpanFormattable
    {
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (length < 0)
            {
                utf8Destination[..(utf8Destination.Length / 2)].Fill((byte)'x');
                throw new InvalidOperationException("boom");
            }

            bytesWritten = 0;
            if (length > utf8Destination.Length)
            {
                return false;
            }

            utf8Destination[..length].Fill((byte)'x');
            bytesWritten = length;
            return true;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => new('x', length);
    }
}

/// <summary>A value whose serializer writes part of a body, small enough for the reused buffer to keep, flushes it, then fails.</summary>
[JsonConverter(typeof(ExplodingConverter))]
internal sealed class Exploding;

internal sealed class ExplodingConverter : JsonConverter<Exploding>
{
    public override Exploding Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, Exploding value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("partial", new string('x', 1_000));
        writer.Flush();
        throw new InvalidOperationException("boom");
    }
}

[JsonSerializable(typeof(Exploding))]
[JsonSerializable(typeof(int))]
internal sealed partial class UncommittedJsonContext : JsonSerializerContext;
