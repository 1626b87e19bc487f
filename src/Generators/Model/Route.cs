using System.Linq;

namespace MiniHttp.Generators.Model;

/// <summary>One method and template answered by one handler: a case of the dispatch switch.</summary>
/// <remarks>
/// Part of the emitter's input, so it holds no location: moving a handler within its file leaves the emitted
/// source cached. Immutable with structural equality, like every model type.
/// </remarks>
/// <param name="Method">The method token, case-sensitive: <c>GET</c>, or any other such as <c>PURGE</c>.</param>
/// <param name="Path">The template as written: for a literal path, compared byte for byte with the request's raw path.</param>
/// <param name="Segments">The template's segments; all literal for a literal path.</param>
internal sealed record Route(string Method, string Path, EquatableArray<RouteSegment> Segments, Handler Handler)
{
    /// <summary>Whether the template has no parameter, so the length switch can match it whole.</summary>
    public bool IsLiteral => Segments.All(static segment => segment.Kind == RouteSegmentKind.Literal);
}
