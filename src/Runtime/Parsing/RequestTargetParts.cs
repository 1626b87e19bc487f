namespace MiniHttp.Parsing;

/// <summary>Where the path and authority lie inside a request target, as offsets from the target's first byte.</summary>
/// <param name="PathStart">Where the path starts: 0 for origin-form and asterisk-form, after the authority for absolute-form.</param>
/// <param name="PathLength">The path runs up to the first <c>?</c>; 0 only for an absolute-form target with an empty path, which means <c>/</c>.</param>
/// <param name="AuthorityStart">Where an absolute-form target's authority starts, after <c>://</c>.</param>
/// <param name="AuthorityLength">The authority's length; 0 for origin-form and asterisk-form, which have none.</param>
internal readonly record struct RequestTargetParts(int PathStart, int PathLength, int AuthorityStart, int AuthorityLength);
