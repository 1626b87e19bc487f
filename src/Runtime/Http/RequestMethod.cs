namespace MiniHttp;

/// <summary>The request methods that routing recognises; any other token is <see cref="Other"/>.</summary>
/// <remarks>Methods are case-sensitive (RFC 9110, section 9.1): <c>get</c> is <see cref="Other"/>, never <see cref="Get"/>.</remarks>
public enum RequestMethod : byte
{
    Other,
    Get,
    Head,
    Post,
    Put,
    Delete,
    Patch,
    Options,
    Trace,
    Connect,
}
