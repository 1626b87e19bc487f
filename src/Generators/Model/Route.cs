namespace MiniHttp.Generators.Model;

/// <summary>One method and literal path answered by one handler: a case of the dispatch switch.</summary>
/// <remarks>
/// Part of the emitter's input, so it holds no location: moving a handler within its file leaves the emitted
/// source cached. Immutable with structural equality, like every model type.
/// </remarks>
/// <param name="Path">The template, a literal path compared byte for byte with the request's raw path.</param>
internal sealed record Route(HttpVerb Verb, string Path, Handler Handler);
