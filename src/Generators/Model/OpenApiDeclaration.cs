using MiniHttp.Generators.Diagnostics;

namespace MiniHttp.Generators.Model;

/// <summary>What <c>[assembly: OpenApi]</c> declares: the options, or none; and where the attribute is, for the route's diagnostics.</summary>
/// <param name="Options">The options, or null without the attribute (or with a route that cannot be served, see <paramref name="Diagnostic"/>).</param>
/// <param name="Diagnostic">Why the attribute's route cannot be served, or null.</param>
/// <param name="RouteLocation">Where the attribute's route is written, for a diagnostic about a handler that takes its path.</param>
internal sealed record OpenApiDeclaration(OpenApiOptions? Options, DiagnosticInfo? Diagnostic, LocationInfo? RouteLocation)
{
    public static readonly OpenApiDeclaration None = new(null, null, null);
}
