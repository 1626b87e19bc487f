using System.Linq;
using Microsoft.CodeAnalysis;

namespace MiniHttp.Generators.Diagnostics;

/// <summary>A diagnostic the pipeline can cache and compare: descriptor, location and message arguments by value.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] messageArguments) =>
        new(descriptor, location, new EquatableArray<string>(messageArguments));

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.ToLocation(), MessageArguments.Cast<object>().ToArray());
}
