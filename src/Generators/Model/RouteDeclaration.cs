using MiniHttp.Generators.Diagnostics;

namespace MiniHttp.Generators.Model;

/// <summary>A valid route and the attribute that declares it, to point at when another route duplicates it.</summary>
internal sealed record RouteDeclaration(Route Route, LocationInfo AttributeLocation);
