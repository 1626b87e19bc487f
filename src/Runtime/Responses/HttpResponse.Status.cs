using System;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    /// <summary>The status code of the response last written, for the server's metrics.</summary>
    internal int StatusCode { get; private set; }

    /// <summary>Reads the code from a status line (<c>HTTP/1.1 NNN ...</c>): three digits every head passes through.</summary>
    private void RecordStatusCode(ReadOnlySpan<byte> statusLine) =>
        StatusCode = ((statusLine[9] - '0') * 100) + ((statusLine[10] - '0') * 10) + (statusLine[11] - '0');
}
