namespace MiniHttp.Parsing;

/// <summary>How the end of a request's body is found (RFC 9112, section 6.3).</summary>
internal enum BodyFraming : byte
{
    /// <summary>Neither Content-Length nor Transfer-Encoding: the request has no body.</summary>
    None,
    ContentLength,
    Chunked,
}
