namespace MiniHttp.Generators.Model;

/// <summary>
/// One response a route's handler can answer with, as its result type says: what an OpenAPI document lists under the
/// operation's responses. The framework's own answers (a bad argument's <c>400</c>, <c>415</c>, a failure's <c>500</c>)
/// are not listed: they follow from the parameters and the server, not from the handler.
/// </summary>
/// <param name="StatusCode">The status; null when the result decides it at run time (an <c>HttpResult</c>, a redirect, a problem).</param>
/// <param name="BodyType">The body's type as generated code names it (<c>global::App.Todo</c>, <c>string</c>); null for no body.</param>
/// <param name="ContentType">The body's media type; null for no body, or a body whose type the result decides at run time.</param>
internal sealed record RouteResponse(int? StatusCode, string? BodyType, string? ContentType);
