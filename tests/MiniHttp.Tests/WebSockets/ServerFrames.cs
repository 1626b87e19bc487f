using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace MiniHttp.Tests.WebSockets;

/// <summary>
/// Reads what the server sent as frames, one line each (<c>Text hello</c>, <c>Binary 0102</c>, <c>Pong 6869</c>,
/// <c>Close 1002</c>, <c>Close</c> for one without a code), and fails on anything a server must never send: a masked
/// frame, reserved bits, a frame cut short.
/// </summary>
internal static class ServerFrames
{
    public static List<string> Read(ReadOnlySpan<byte> bytes)
    {
        var frames = new List<string>();
        while (!bytes.IsEmpty)
        {
            Assert.True(bytes.Length >= 2, "a frame header cut short");
            Assert.Equal(0x80, bytes[0] & 0xF0);
            Assert.Equal(0, bytes[1] & 0x80);
            var opcode = bytes[0] & 0x0F;
            long length = bytes[1] & 0x7F;
            var offset = 2;
            if (length == 126)
            {
                length = BinaryPrimitives.ReadUInt16BigEndian(bytes[2..]);
                offset = 4;
            }
            else if (length == 127)
            {
                length = (long)BinaryPrimitives.ReadUInt64BigEndian(bytes[2..]);
                offset = 10;
            }

            Assert.True(bytes.Length >= offset + length, "a frame cut short");
            var payload = bytes.Slice(offset, (int)length);
            frames.Add(Describe(opcode, payload));
            bytes = bytes[(offset + (int)length)..];
        }

        return frames;
    }

    private static string Describe(int opcode, ReadOnlySpan<byte> payload) => opcode switch
    {
        0x1 => "Text " + Encoding.UTF8.GetString(payload),
        0x2 => "Binary " + Convert.ToHexString(payload),
        0x9 => "Ping " + Convert.ToHexString(payload),
        0xA => "Pong " + Convert.ToHexString(payload),
        0x8 when payload.IsEmpty => "Close",
        0x8 => $"Close {BinaryPrimitives.ReadUInt16BigEndian(payload)}{(payload.Length > 2 ? " " + Encoding.UTF8.GetString(payload[2..]) : string.Empty)}",
        _ => "Opcode " + opcode,
    };
}
