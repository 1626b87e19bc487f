namespace MiniHttp.Generators.Model;

/// <summary>A handler's responses are compressed: it or its assembly is marked <c>[Compress]</c>, and it did not opt out.</summary>
/// <param name="MinimumSize">The handler's own smallest compressed body, in bytes; null for the server's.</param>
internal sealed record RouteCompression(int? MinimumSize);
