namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets the compiler emit <c>init</c> accessors (and so positional records) for netstandard2.0,
/// which predates this marker type.
/// </summary>
internal static class IsExternalInit;
