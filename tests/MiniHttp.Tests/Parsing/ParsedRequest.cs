using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>Everything a read request exposes, copied out of its spans so two reads can be compared.</summary>
internal sealed record ParsedRequest(
    RequestMethod Method,
    string MethodToken,
    string Path,
    string Query,
    ProtocolVersion Version,
    string Headers,
    string Body,
    bool KeepAlive,
    long Consumed)
{
    public static ParsedRequest From(in HttpRequest request, long consumed) => new(
        request.Method,
        Encoding.Latin1.GetString(request.MethodToken),
        Encoding.Latin1.GetString(request.Path),
        Encoding.Latin1.GetString(request.Query),
        request.Version,
        Encoding.Latin1.GetString(request.Headers),
        Encoding.Latin1.GetString(request.Body),
        request.KeepAlive,
        consumed);
}
