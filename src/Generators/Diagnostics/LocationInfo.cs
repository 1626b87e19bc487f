using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MiniHttp.Generators.Diagnostics;

/// <summary>
/// A source location that compares by value: a <see cref="Location"/> holds its syntax tree, so keeping one in a
/// pipeline model would keep old compilations alive and defeat caching.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
{
    public static LocationInfo From(Location location) =>
        new(location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan, location.GetLineSpan().Span);

    public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);
}
