using System;
using System.Buffers;

namespace MiniHttp.Binding;

/// <summary>
/// Room for the decoded form of a query value: the caller's stack buffer when the value fits in it (almost
/// always), otherwise an array rented from the shared pool and returned by <see cref="Dispose"/>. Either way
/// decoding allocates nothing per request.
/// </summary>
internal ref struct DecodeBuffer
{
    /// <summary>The stack buffer callers pass: a query value longer than this is rare.</summary>
    public const int StackLength = 256;

    private readonly byte[]? _rented;

    public DecodeBuffer(Span<byte> stackBuffer, int length)
    {
        if (length <= stackBuffer.Length)
        {
            Span = stackBuffer;
        }
        else
        {
            _rented = ArrayPool<byte>.Shared.Rent(length);
            Span = _rented;
        }
    }

    public Span<byte> Span { get; }

    public readonly void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
        }
    }
}
