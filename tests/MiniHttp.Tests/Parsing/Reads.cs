using System.Buffers;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>What one <see cref="RequestReader.TryRead"/> call returned.</summary>
internal readonly record struct ReadResult(ReadStatus Status, ParsedRequest? Request, RequestRejection Rejection);

/// <summary>Reads raw requests (written as Latin-1 strings, one char a byte) and captures the outcome.</summary>
internal static class Reads
{
    public static byte[] Bytes(string raw) => Encoding.Latin1.GetBytes(raw);

    public static ReadResult Once(RequestReader reader, in ReadOnlySequence<byte> buffer)
    {
        var status = reader.TryRead(buffer, out var request, out var consumed, out var rejection);
        var parsed = status == ReadStatus.Complete ? ParsedRequest.From(request, buffer.Slice(buffer.Start, consumed).Length) : null;
        return new ReadResult(status, parsed, status == ReadStatus.Rejected ? rejection : default);
    }

    public static ReadResult Once(string raw, ServerLimits? limits = null)
    {
        using var reader = new RequestReader(limits ?? ServerLimits.Default);
        return Once(reader, new ReadOnlySequence<byte>(Bytes(raw)));
    }

    /// <summary>Reads <paramref name="raw"/> in one piece and asserts it is a complete request.</summary>
    public static ParsedRequest Complete(string raw, ServerLimits? limits = null)
    {
        var result = Once(raw, limits);
        Assert.True(result.Status == ReadStatus.Complete, $"Expected Complete, got {result.Status} ({result.Rejection}).");
        return result.Request!;
    }

    /// <summary>Reads <paramref name="raw"/> in one piece and asserts it is rejected.</summary>
    public static RequestRejection Rejected(string raw, ServerLimits? limits = null)
    {
        var result = Once(raw, limits);
        Assert.True(result.Status == ReadStatus.Rejected, $"Expected Rejected, got {result.Status}.");
        return result.Rejection;
    }

    /// <summary>Asserts <paramref name="raw"/> is rejected for <paramref name="expected"/> (a member name) with <paramref name="status"/>.</summary>
    public static void AssertRejected(string raw, string expected, int status, ServerLimits? limits = null)
    {
        var rejection = Rejected(raw, limits);
        Assert.Equal(expected, rejection.ToString());
        Assert.Equal(status, rejection.StatusCode());
    }
}
