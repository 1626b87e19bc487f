using System;

namespace MiniHttp;

/// <summary>
/// Asks the source generator for the application's OpenAPI 3.1 document, once per assembly:
/// <c>[assembly: OpenApi("/openapi.json", Title = "Todo API", Version = "1.0")]</c>. The generator writes the document
/// for every route of the assembly's router at compile time, as the UTF-8 constant
/// <c>MiniHttp.Generated.OpenApiDocument.Utf8Json</c>, and the router serves it at <see cref="Route"/> with
/// <c>Content-Type: application/json</c>. Without the attribute nothing of it is generated.
/// </summary>
/// <remarks>The source generator reads this attribute; nothing reads it at run time.</remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class OpenApiAttribute : Attribute
{
    /// <summary>Generates the document without serving it: the application prints or publishes it.</summary>
    public OpenApiAttribute()
    {
    }

    /// <summary>Generates the document and serves it at <paramref name="route"/>, a literal path such as <c>/openapi.json</c>.</summary>
    public OpenApiAttribute(string route) => Route = route;

    /// <summary>The literal path the router answers <c>GET</c> and <c>HEAD</c> on with the document; null to serve it nowhere.</summary>
    public string? Route { get; }

    /// <summary>The document's <c>info.title</c>; the assembly's name when not set.</summary>
    public string? Title { get; set; }

    /// <summary>The document's <c>info.version</c>, the version of the API (not of OpenAPI); <c>1.0</c> when not set.</summary>
    public string? Version { get; set; }

    /// <summary>The document's <c>info.description</c>; none when not set.</summary>
    public string? Description { get; set; }
}
