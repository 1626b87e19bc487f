namespace MiniHttp.HttpResults;

/// <summary>
/// A result made by <see cref="TypedResults"/>, whose status (and body type, for a JSON one) the generator knows from its
/// type: a case of a <c>Results&lt;...&gt;</c> union. Every one is a readonly struct, so returning it allocates nothing
/// beyond its value.
/// </summary>
public interface ITypedResult
{
    /// <summary>The status the result answers with.</summary>
    int StatusCode { get; }
}
