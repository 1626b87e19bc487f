namespace MiniHttp.Parsing;

/// <summary>Where the parts of a parsed request line lie, as offsets from the start of the request.</summary>
/// <param name="Method">The method, or <see cref="RequestMethod.Other"/> for a token routing does not know.</param>
/// <param name="MethodLength">The method token is the first <paramref name="MethodLength"/> bytes.</param>
/// <param name="TargetLength">The request target follows the method and one SP.</param>
/// <param name="Target">Where the path and authority lie inside the target.</param>
/// <param name="Version">The HTTP version.</param>
/// <param name="Length">The length of the line, CRLF included: where the header section starts.</param>
internal readonly record struct RequestLine(
    RequestMethod Method,
    int MethodLength,
    int TargetLength,
    RequestTargetParts Target,
    ProtocolVersion Version,
    int Length)
{
    public int TargetStart => MethodLength + 1;
}
