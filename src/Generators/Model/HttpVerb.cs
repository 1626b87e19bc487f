namespace MiniHttp.Generators.Model;

/// <summary>
/// The methods a route can answer. Declared in the order of <c>MiniHttp.RequestMethod</c>, which is also the
/// order in which the emitter lists them in <c>Allow</c>.
/// </summary>
internal enum HttpVerb
{
    Get,
    Post,
}
