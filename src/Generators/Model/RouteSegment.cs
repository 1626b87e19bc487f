namespace MiniHttp.Generators.Model;

/// <summary>One segment of a route template, between two slashes.</summary>
/// <param name="Text">The literal text, or the parameter's name (without braces, constraint or <c>*</c>).</param>
internal sealed record RouteSegment(RouteSegmentKind Kind, string Text);
