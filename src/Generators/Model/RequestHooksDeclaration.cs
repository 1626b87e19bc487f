using MiniHttp.Generators.Diagnostics;

namespace MiniHttp.Generators.Model;

/// <summary>What <c>[assembly: RequestHooks]</c> declares: the hooks, or the diagnostic that says why they cannot be called.</summary>
internal sealed record RequestHooksDeclaration(RequestHooks? Hooks, DiagnosticInfo? Diagnostic)
{
    public static readonly RequestHooksDeclaration None = new(null, null);
}
