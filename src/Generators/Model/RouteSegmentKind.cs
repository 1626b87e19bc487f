namespace MiniHttp.Generators.Model;

/// <summary>What a segment of a route template matches.</summary>
internal enum RouteSegmentKind
{
    /// <summary><c>users</c>: exactly these bytes.</summary>
    Literal,

    /// <summary><c>{id}</c>: any one non-empty segment.</summary>
    Parameter,

    /// <summary><c>{id:int}</c>: a segment that parses as an <c>int</c>.</summary>
    Int32Parameter,

    /// <summary><c>{id:long}</c>: a segment that parses as a <c>long</c>.</summary>
    Int64Parameter,

    /// <summary><c>{id:guid}</c>: a segment that parses as a <c>Guid</c>.</summary>
    GuidParameter,

    /// <summary><c>{*rest}</c>: the rest of the path, slashes included; last in its template.</summary>
    CatchAll,
}
