using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Net.WebSockets;

namespace MiniHttp.WebSockets;

/// <summary>
/// Reads a client frame's header (RFC 6455, section 5.2) and checks everything about it that does not depend on the
/// message it belongs to: reserved bits, opcodes, the mask, the length's encoding and the rules for control frames.
/// </summary>
internal static class FrameHeaderParser
{
    /// <summary>The longest header: 2 bytes, a 64-bit length and the masking key.</summary>
    public const int MaxLength = 14;

    private const byte FinBit = 0x80;
    private const byte ReservedBits = 0x70;
    private const byte OpcodeBits = 0x0F;
    private const byte MaskBit = 0x80;
    private const byte LengthBits = 0x7F;
    private const int MaxControlPayload = 125;

    /// <summary>Parses the header at the start of <paramref name="buffer"/>, if all of it is there.</summary>
    /// <param name="failure">Why the connection fails, when the result is <see cref="FrameHeaderStatus.Invalid"/>.</param>
    public static FrameHeaderStatus TryParse(in ReadOnlySequence<byte> buffer, out FrameHeader header, out WebSocketCloseStatus failure)
    {
        header = default;
        failure = default;
        scoped Span<byte> copy = stackalloc byte[MaxLength];
        var available = (int)Math.Min(buffer.Length, MaxLength);
        scoped ReadOnlySpan<byte> bytes;
        if (buffer.FirstSpan.Length >= available)
        {
            bytes = buffer.FirstSpan[..available];
        }
        else
        {
            // A header split across segments: rare, and at most 14 bytes to copy.
            buffer.Slice(0, available).CopyTo(copy);
            bytes = copy[..available];
        }

        if (bytes.Length < 2)
        {
            return FrameHeaderStatus.Incomplete;
        }

        var first = bytes[0];
        var second = bytes[1];
        var opcode = (WebSocketOpcode)(first & OpcodeBits);
        // No extension is ever negotiated, so no reserved bit has a meaning (section 5.2).
        if ((first & ReservedBits) != 0 || !IsDefined(opcode) || (second & MaskBit) == 0)
        {
            return Fail(WebSocketCloseStatus.ProtocolError, out failure);
        }

        var fin = (first & FinBit) != 0;
        var isControl = ((byte)opcode & 0x8) != 0;
        long length = second & LengthBits;
        var lengthBytes = length switch { 126 => 2, 127 => 8, _ => 0 };
        var headerLength = 2 + lengthBytes + 4;
        if (isControl && (!fin || lengthBytes != 0))
        {
            // Control frames are never fragmented and carry at most 125 bytes (section 5.5).
            return Fail(WebSocketCloseStatus.ProtocolError, out failure);
        }

        if (bytes.Length < headerLength)
        {
            return FrameHeaderStatus.Incomplete;
        }

        if (lengthBytes == 2)
        {
            length = BinaryPrimitives.ReadUInt16BigEndian(bytes[2..]);
            if (length <= MaxControlPayload)
            {
                // The minimal number of bytes must encode the length (section 5.2).
                return Fail(WebSocketCloseStatus.ProtocolError, out failure);
            }
        }
        else if (lengthBytes == 8)
        {
            var wide = BinaryPrimitives.ReadUInt64BigEndian(bytes[2..]);
            // The most significant bit must be 0, and a length that fits 16 bits must use them.
            if (wide > long.MaxValue || wide <= ushort.MaxValue)
            {
                return Fail(WebSocketCloseStatus.ProtocolError, out failure);
            }

            length = (long)wide;
        }

        var mask = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(headerLength - 4)..]);
        header = new FrameHeader(fin, opcode, length, mask, headerLength);
        return FrameHeaderStatus.Complete;
    }

    private static bool IsDefined(WebSocketOpcode opcode) =>
        opcode is WebSocketOpcode.Continuation or WebSocketOpcode.Text or WebSocketOpcode.Binary
            or WebSocketOpcode.Close or WebSocketOpcode.Ping or WebSocketOpcode.Pong;

    private static FrameHeaderStatus Fail(WebSocketCloseStatus status, out WebSocketCloseStatus failure)
    {
        failure = status;
        return FrameHeaderStatus.Invalid;
    }
}
