using System;
using System.Globalization;
using System.Text;
using System.Threading;

namespace MiniHttp;

/// <summary>
/// The <c>Date</c> header line of every response, formatted once a second rather than once a response
/// (RFC 9110, section 6.6.1 only asks for the time the message was generated, to the second).
/// </summary>
internal static class DateHeader
{
    private static byte[] s_line = Format(DateTimeOffset.UtcNow);

    // Rooted by the static field; ticks for the life of the process, like Kestrel's heartbeat.
    private static readonly Timer s_timer = new(static _ => s_line = Format(DateTimeOffset.UtcNow), null, 1000, 1000);

    /// <summary>The current <c>Date: ...\r\n</c> line.</summary>
    public static ReadOnlySpan<byte> Line => Volatile.Read(ref s_line);

    /// <summary>The length of every line: the IMF-fixdate format has a fixed width.</summary>
    public const int Length = 37;

    internal static byte[] Format(DateTimeOffset now) =>
        Encoding.ASCII.GetBytes("Date: " + now.ToString("r", CultureInfo.InvariantCulture) + "\r\n");
}
