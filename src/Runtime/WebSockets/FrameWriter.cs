using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;

namespace MiniHttp.WebSockets;

/// <summary>Writes server frames (RFC 6455, section 5.2): unmasked, each message in one frame.</summary>
internal static class FrameWriter
{
    private const byte FinBit = 0x80;

    /// <summary>The most a close frame's reason may take: a control frame carries 125 bytes, two of them the code.</summary>
    public const int MaxCloseReasonLength = 123;

    public static void WriteFrame(IBufferWriter<byte> output, WebSocketOpcode opcode, ReadOnlySpan<byte> payload)
    {
        var span = output.GetSpan(HeaderLength(payload.Length) + payload.Length);
        var headerLength = WriteHeader(span, opcode, payload.Length);
        payload.CopyTo(span[headerLength..]);
        output.Advance(headerLength + payload.Length);
    }

    public static void WriteTextFrame(IBufferWriter<byte> output, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var span = output.GetSpan(HeaderLength(length) + length);
        var headerLength = WriteHeader(span, WebSocketOpcode.Text, length);
        Encoding.UTF8.GetBytes(text, span[headerLength..]);
        output.Advance(headerLength + length);
    }

    /// <summary>
    /// Writes a close frame: empty for <see cref="WebSocketCloseStatus.Empty"/> (the answer to a close that carried no
    /// code), else the code and the reason, cut to <see cref="MaxCloseReasonLength"/> bytes at a character's start.
    /// </summary>
    public static void WriteClose(IBufferWriter<byte> output, WebSocketCloseStatus status, ReadOnlySpan<byte> reason)
    {
        if (status == WebSocketCloseStatus.Empty)
        {
            WriteFrame(output, WebSocketOpcode.Close, []);
            return;
        }

        reason = reason[..Utf8PrefixLength(reason, MaxCloseReasonLength)];
        Span<byte> payload = stackalloc byte[2 + MaxCloseReasonLength];
        BinaryPrimitives.WriteUInt16BigEndian(payload, (ushort)status);
        reason.CopyTo(payload[2..]);
        WriteFrame(output, WebSocketOpcode.Close, payload[..(2 + reason.Length)]);
    }

    private static int HeaderLength(int payloadLength) => payloadLength switch
    {
        <= 125 => 2,
        <= ushort.MaxValue => 4,
        _ => 10,
    };

    private static int WriteHeader(Span<byte> span, WebSocketOpcode opcode, int payloadLength)
    {
        span[0] = (byte)(FinBit | (byte)opcode);
        switch (payloadLength)
        {
            case <= 125:
                span[1] = (byte)payloadLength;
                return 2;
            case <= ushort.MaxValue:
                span[1] = 126;
                BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)payloadLength);
                return 4;
            default:
                span[1] = 127;
                BinaryPrimitives.WriteUInt64BigEndian(span[2..], (ulong)payloadLength);
                return 10;
        }
    }

    /// <summary>The longest prefix of <paramref name="utf8"/> of at most <paramref name="most"/> bytes that ends a character.</summary>
    private static int Utf8PrefixLength(ReadOnlySpan<byte> utf8, int most)
    {
        if (utf8.Length <= most)
        {
            return utf8.Length;
        }

        var length = most;
        while (length > 0 && (utf8[length] & 0xC0) == 0x80)
        {
            length--;
        }

        return length;
    }
}
