using System;
using System.Buffers.Binary;
using System.Numerics;

namespace MiniHttp.WebSockets;

/// <summary>The XOR masking of section 5.3, applied while payload bytes are copied out of the receive buffer.</summary>
internal static class FrameMask
{
    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/> unmasked, the first byte being byte
    /// <paramref name="offset"/> (mod 4) of its frame's payload.
    /// </summary>
    public static void CopyUnmasked(ReadOnlySpan<byte> source, Span<byte> destination, uint mask, long offset)
    {
        // The key as it applies from this byte on: rotated so that its low byte masks source[0] (little-endian reads).
        var rotated = BitOperations.RotateRight(mask, (int)(offset & 3) * 8);
        var wide = ((ulong)rotated << 32) | rotated;
        var i = 0;
        for (; i <= source.Length - sizeof(ulong); i += sizeof(ulong))
        {
            var value = BinaryPrimitives.ReadUInt64LittleEndian(source[i..]) ^ wide;
            BinaryPrimitives.WriteUInt64LittleEndian(destination[i..], value);
        }

        for (; i < source.Length; i++)
        {
            destination[i] = (byte)(source[i] ^ (byte)(rotated >> ((i & 3) * 8)));
        }
    }
}
