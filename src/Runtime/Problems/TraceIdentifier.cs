using System;
using System.Threading;

namespace MiniHttp.Problems;

/// <summary>
/// A request's identifier in a problem's <c>traceId</c>, shaped as Kestrel's <c>HttpContext.TraceIdentifier</c>: the
/// connection's identifier, 13 characters of base32, a colon, and the request's number on the connection in eight
/// hexadecimal digits (<c>0HNDU0J3DLI8N:00000002</c>). Connection identifiers count up from the time the process
/// started, as Kestrel's do, so two processes seldom share one. Formatted only when a problem is written.
/// </summary>
internal static class TraceIdentifier
{
    public const int Length = 13 + 1 + 8;

    private static ReadOnlySpan<byte> Base32 => "0123456789ABCDEFGHIJKLMNOPQRSTUV"u8;

    private static long s_lastConnectionId = DateTime.UtcNow.Ticks;

    public static long NextConnectionId() => Interlocked.Increment(ref s_lastConnectionId);

    public static void Format(long connectionId, uint requestNumber, Span<byte> destination)
    {
        // Five bits a character, most significant first: 13 characters hold 65 bits, the whole long.
        for (var i = 0; i < 13; i++)
        {
            destination[i] = Base32[(int)((ulong)connectionId >> (60 - (5 * i)) & 31)];
        }

        destination[13] = (byte)':';
        for (var i = 0; i < 8; i++)
        {
            destination[14 + i] = (byte)"0123456789ABCDEF"[(int)(requestNumber >> (28 - (4 * i)) & 15)];
        }
    }
}
