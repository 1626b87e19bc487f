using System;
using System.Buffers;
using System.IO.Pipelines;

namespace MiniHttp;

/// <summary>The 1xx responses the connection sends ahead of a request's final response.</summary>
internal static class InterimResponses
{
    /// <summary>Tells a client that sent <c>Expect: 100-continue</c> to go on and send the body (RFC 9110, section 15.2.1).</summary>
    private static ReadOnlySpan<byte> Continue => "HTTP/1.1 100 Continue\r\n\r\n"u8;

    public static void WriteContinue(PipeWriter output) => output.Write(Continue);
}
