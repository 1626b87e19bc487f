namespace MiniHttp.Generators.Model;

/// <summary>What <c>[assembly: OpenApi]</c> asks for: the document's <c>info</c> and where the router serves it.</summary>
/// <param name="Route">The literal path the router serves the document at; null when it is generated but not served.</param>
/// <param name="Title">The document's <c>info.title</c>: the attribute's, else the assembly's name.</param>
/// <param name="Version">The document's <c>info.version</c>: the attribute's, else <c>1.0</c>.</param>
/// <param name="Description">The document's <c>info.description</c>, or null.</param>
internal sealed record OpenApiOptions(string? Route, string Title, string Version, string? Description);
