using MiniHttp.Generators.Diagnostics;

namespace MiniHttp.Generators.Model;

/// <summary>
/// What the parser makes of one method carrying one attribute's applications: its valid routes and its diagnostics.
/// </summary>
/// <remarks>
/// The output of a cached pipeline step: immutable, structurally equal (records of strings, enums and
/// <see cref="EquatableArray{T}"/>), and free of symbols, syntax and <c>Location</c>, which would keep
/// compilations alive and never compare equal.
/// </remarks>
/// <param name="Routes">One per valid attribute; none when the method itself cannot be a handler.</param>
internal sealed record HandlerDeclaration(
    EquatableArray<RouteDeclaration> Routes,
    EquatableArray<DiagnosticInfo> Diagnostics);
