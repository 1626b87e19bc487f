namespace MiniHttp;

/// <summary>The header a trusted proxy names the client and the scheme in.</summary>
public enum ForwardedHeaderFormat
{
    /// <summary><c>X-Forwarded-For</c> (addresses, client first) with <c>X-Forwarded-Proto</c> (<c>http</c> or <c>https</c>).</summary>
    XForwarded,

    /// <summary><c>Forwarded</c> (RFC 7239): its <c>for</c> and <c>proto</c> parameters.</summary>
    Forwarded,
}
