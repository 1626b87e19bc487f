namespace MiniHttp;

/// <summary>A content coding the server can apply to a response body (RFC 9110, section 8.4.1).</summary>
internal enum ContentCoding : byte
{
    /// <summary>No coding: the body is sent as the handler made it.</summary>
    Identity,
    Gzip,
    Brotli,
}
