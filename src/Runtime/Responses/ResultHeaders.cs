using System;
using System.Buffers;
using System.Text;

namespace MiniHttp;

/// <summary>
/// The header lines a handler adds to a result, checked and encoded to wire bytes when they are added, so that
/// writing a response only copies them and a malformed field fails inside the handler, before anything is written.
/// </summary>
internal static class ResultHeaders
{
    // tchar (RFC 9110, section 5.6.2): a field name is one or more of these.
    private static readonly SearchValues<char> s_token =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Visible ASCII, SP and HTAB. RFC 9110, section 5.5 also admits obs-text, but only as opaque bytes a handler's
    // string cannot spell unambiguously, so it is refused rather than guessed at.
    private static readonly SearchValues<char> s_fieldValue =
        SearchValues.Create("\t !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>The Content-Type line of a text result.</summary>
    public static readonly byte[] TextPlain = "Content-Type: text/plain; charset=utf-8\r\n"u8.ToArray();

    /// <summary>The Content-Type line of a JSON result.</summary>
    public static readonly byte[] ApplicationJson = "Content-Type: application/json; charset=utf-8\r\n"u8.ToArray();

    /// <summary>The Content-Type line of a byte or streamed result, until the handler names a type.</summary>
    public static readonly byte[] OctetStream = "Content-Type: application/octet-stream\r\n"u8.ToArray();

    /// <summary>
    /// Adds the field <paramref name="name"/>: <paramref name="value"/>. A Content-Type replaces
    /// <paramref name="contentTypeLine"/>, since a response has one; any other field is appended to
    /// <paramref name="headerLines"/>, so a field such as Set-Cookie may be added more than once. Both arrays are
    /// replaced, never changed, because copies of a result share them.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a token, the value is not a valid field value, or the server owns the field.</exception>
    public static void Add(string name, string value, ref byte[]? headerLines, ref byte[]? contentTypeLine)
    {
        Validate(name, value);
        if (IsContentType(name))
        {
            contentTypeLine = Line(name, value, []);
        }
        else
        {
            headerLines = Line(name, value, headerLines);
        }
    }

    /// <summary>Checks that <paramref name="name"/>: <paramref name="value"/> is a field a handler may send.</summary>
    /// <exception cref="ArgumentException">The name is not a token, the value is not a valid field value, or the server owns the field.</exception>
    public static void Validate(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);

        if (name.Length == 0 || name.AsSpan().ContainsAnyExcept(s_token))
        {
            throw new ArgumentException("A header name must be one or more token characters (RFC 9110, section 5.1).", nameof(name));
        }

        if (IsOwnedByServer(name))
        {
            throw new ArgumentException($"The server writes the {name} header itself; the application may not set it.", nameof(name));
        }

        if (value.AsSpan().ContainsAnyExcept(s_fieldValue))
        {
            throw new ArgumentException($"The value of header '{name}' holds a control or non-ASCII character.", nameof(value));
        }

        if (value.Length > 0 && (IsWhitespace(value[0]) || IsWhitespace(value[^1])))
        {
            // A recipient strips it as OWS (RFC 9110, section 5.5), so the value sent would not be the value received.
            throw new ArgumentException($"The value of header '{name}' starts or ends with whitespace.", nameof(value));
        }
    }

    public static bool IsContentType(string name) => name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase);

    /// <summary>The length of the line <c>name: value\r\n</c>.</summary>
    public static int LineLength(string name, string value) => name.Length + 2 + value.Length + 2;

    /// <summary>Writes <c>name: value\r\n</c> of a checked, so ASCII, field to the start of <paramref name="destination"/>.</summary>
    public static void WriteLine(string name, string value, Span<byte> destination)
    {
        var written = Encoding.ASCII.GetBytes(name, destination);
        ": "u8.CopyTo(destination[written..]);
        written += 2 + Encoding.ASCII.GetBytes(value, destination[(written + 2)..]);
        "\r\n"u8.CopyTo(destination[written..]);
    }

    /// <summary>
    /// The fields that describe the connection or the message's framing: the server decides them from the
    /// request and the result's body, and a second, contradicting copy would be a framing error on the wire.
    /// </summary>
    private static bool IsOwnedByServer(string name) =>
        name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Connection", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Date", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Server", StringComparison.OrdinalIgnoreCase);

    private static bool IsWhitespace(char c) => c is ' ' or '\t';

    /// <summary><paramref name="before"/> followed by <c>name: value\r\n</c>; the name and value are checked ASCII.</summary>
    private static byte[] Line(string name, string value, ReadOnlySpan<byte> before)
    {
        var line = new byte[before.Length + LineLength(name, value)];
        before.CopyTo(line);
        WriteLine(name, value, line.AsSpan(before.Length));
        return line;
    }
}
