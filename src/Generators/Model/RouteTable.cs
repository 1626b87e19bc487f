using MiniHttp.Generators.Diagnostics;

namespace MiniHttp.Generators.Model;

/// <summary>Every route the application declares, checked as a whole, and every diagnostic.</summary>
/// <param name="Routes">Literal paths by length and path (ordinal), then templates by precedence; each path's methods in <c>Allow</c> order: the order of the dispatch switch.</param>
internal sealed record RouteTable(EquatableArray<Route> Routes, EquatableArray<DiagnosticInfo> Diagnostics);
