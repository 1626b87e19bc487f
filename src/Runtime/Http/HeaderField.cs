using System;

namespace MiniHttp;

/// <summary>One header field of a request: its name as sent, and its value without surrounding whitespace.</summary>
public readonly ref struct HeaderField
{
    internal HeaderField(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        Name = name;
        Value = value;
    }

    public ReadOnlySpan<byte> Name { get; }

    public ReadOnlySpan<byte> Value { get; }
}
