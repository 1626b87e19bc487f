using System;
using System.Buffers;

namespace MiniHttp.Parsing;

/// <summary>A growable array rented from <see cref="ArrayPool{T}.Shared"/>, owned by one reader and reused for every request.</summary>
internal sealed class PooledBuffer : IDisposable
{
    // A buffer grown past this was grown for one unusually large request: it goes back to the pool rather
    // than being held for the rest of the connection's life.
    private const int RetainedCapacity = 64 * 1024;

    private byte[] _array = [];

    public Span<byte> Span => _array;

    public Memory<byte> Memory => _array;

    /// <summary>Makes room for <paramref name="capacity"/> bytes, keeping the first <paramref name="preserved"/>.</summary>
    public void EnsureCapacity(int capacity, int preserved)
    {
        if (capacity > _array.Length)
        {
            Grow(capacity, preserved);
        }
    }

    /// <summary>Returns an oversized array to the pool; called only when nothing points into it any more.</summary>
    public void Trim()
    {
        if (_array.Length > RetainedCapacity)
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }
    }

    private void Grow(int capacity, int preserved)
    {
        // Doubling keeps a body that arrives in many receives from being copied again on every one.
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(_array.Length * 2L, capacity, Array.MaxLength));
        _array.AsSpan(0, preserved).CopyTo(larger);
        Dispose();
        _array = larger;
    }
}
