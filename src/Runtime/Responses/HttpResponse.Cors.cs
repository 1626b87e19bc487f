using System;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    /// <summary>
    /// Adds header lines already encoded and checked (<c>Name: value\r\n</c> each) to whichever response answers the
    /// request, as <see cref="AddHeader"/> does: a CORS policy's fields, built once when the policy is.
    /// </summary>
    internal void AddHeaderLines(ReadOnlySpan<byte> lines)
    {
        if (_state != ResponseState.Open)
        {
            ResponseMisuse.ThrowAddHeader(_state);
        }

        if (_addedHeaders is null || _addedHeaders.Length - _addedHeadersLength < lines.Length)
        {
            Array.Resize(ref _addedHeaders, Math.Max(256, (_addedHeadersLength + lines.Length) * 2));
        }

        lines.CopyTo(_addedHeaders.AsSpan(_addedHeadersLength));
        _addedHeadersLength += lines.Length;
    }

    /// <summary>Answers a CORS preflight: <c>204 No Content</c> with the policy's <c>Access-Control-Allow-*</c> lines.</summary>
    internal void WritePreflight(ReadOnlySpan<byte> headerLines) => WriteBodiless(StatusLines.NoContent, headerLines, []);
}
