using System;
using System.Buffers.Binary;
using System.Linq;
using System.Text;

namespace MiniHttp.Tests.WebSockets;

/// <summary>Frames as a client sends them (masked unless told otherwise), byte by byte, for the corpus tests.</summary>
internal static class ClientFrames
{
    private static readonly byte[] MaskKey = [0x37, 0xFA, 0x21, 0x3D];

    public const byte Continuation = 0x0;
    public const byte Text = 0x1;
    public const byte Binary = 0x2;
    public const byte Close = 0x8;
    public const byte Ping = 0x9;
    public const byte Pong = 0xA;

    /// <param name="lengthBytes">How the length is encoded: 0 for 7 bits, 2 or 8 for the extended forms; null for the minimal form.</param>
    public static byte[] Frame(byte opcode, byte[] payload, bool fin = true, byte reservedBits = 0, bool masked = true, int? lengthBytes = null)
    {
        var form = lengthBytes ?? payload.Length switch { < 126 => 0, <= ushort.MaxValue => 2, _ => 8 };
        var header = new byte[2 + form + (masked ? 4 : 0)];
        header[0] = (byte)((fin ? 0x80 : 0) | reservedBits | opcode);
        header[1] = (byte)((masked ? 0x80 : 0) | form switch { 0 => payload.Length, 2 => 126, _ => 127 });
        if (form == 2)
        {
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), (ushort)payload.Length);
        }
        else if (form == 8)
        {
            BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(2), (ulong)payload.Length);
        }

        if (!masked)
        {
            return [.. header, .. payload];
        }

        MaskKey.CopyTo(header, 2 + form);
        return [.. header, .. payload.Select((b, i) => (byte)(b ^ MaskKey[i % 4]))];
    }

    public static byte[] TextFrame(string text, bool fin = true) => Frame(Text, Encoding.UTF8.GetBytes(text), fin);

    public static byte[] CloseFrame(int code, string reason = "") =>
        Frame(Close, [(byte)(code >> 8), (byte)code, .. Encoding.UTF8.GetBytes(reason)]);

    public static byte[] Concat(params byte[][] frames) => [.. frames.SelectMany(static frame => frame)];
}
