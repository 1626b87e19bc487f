using System;

namespace MiniHttp;

/// <summary>
/// Walks a request's header section field by field, in the order sent, allocating nothing: use it with
/// <c>foreach (var field in request.HeaderFields)</c>.
/// </summary>
public ref struct HeaderFieldEnumerator
{
    private ReadOnlySpan<byte> _remaining;

    internal HeaderFieldEnumerator(ReadOnlySpan<byte> headers) => _remaining = headers;

    public HeaderField Current { get; private set; }

    public readonly HeaderFieldEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_remaining.IsEmpty)
        {
            return false;
        }

        // The parser let through only valid "name: value" lines ending in CRLF, so each has a colon and a CR.
        var lineEnd = _remaining.IndexOf((byte)'\r');
        var line = _remaining[..lineEnd];
        _remaining = _remaining[(lineEnd + 2)..];
        var colon = line.IndexOf((byte)':');
        Current = new HeaderField(line[..colon], line[(colon + 1)..].Trim(" \t"u8));
        return true;
    }
}
