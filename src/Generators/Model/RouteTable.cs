using MiniHttp.Generators.Diagnostics;

namespace MiniHttp.Generators.Model;

/// <summary>Every route the application declares, checked as a whole, and every diagnostic.</summary>
/// <param name="Routes">Ordered by path length, path (ordinal) and verb: the order of the dispatch switch.</param>
internal sealed record RouteTable(EquatableArray<Route> Routes, EquatableArray<DiagnosticInfo> Diagnostics);
