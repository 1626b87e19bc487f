namespace MiniHttp.WebSockets;

/// <summary>Which status codes a close frame may carry on the wire (RFC 6455, section 7.4, and the IANA registry).</summary>
internal static class CloseCodes
{
    /// <summary>
    /// Whether a peer may send <paramref name="code"/>: the registered codes for use on the wire (1000 to 1003 and 1007
    /// to 1014), and 3000 to 4999 for libraries and applications. 1004 is reserved, and 1005, 1006 and 1015 only report
    /// what happened locally, never sent.
    /// </summary>
    public static bool IsValidOnWire(int code) => code is (>= 1000 and <= 1003) or (>= 1007 and <= 1014) or (>= 3000 and <= 4999);
}
