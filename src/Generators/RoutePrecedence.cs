using System.Collections.Generic;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

/// <summary>
/// Which of two templates that match the same path is tried first. Compared segment by segment, left to right, the
/// first segment that differs decides: a literal beats <c>{x:int}</c>, which beats <c>{x:long}</c>, then
/// <c>{x:guid}</c>, then <c>{x}</c>, then <c>{*x}</c>. Templates with the same shape (the same segments, whatever
/// the parameters are called) match exactly the same paths: nothing chooses between them for one method.
/// </summary>
internal static class RoutePrecedence
{
    public static IComparer<EquatableArray<RouteSegment>> Order { get; } = Comparer<EquatableArray<RouteSegment>>.Create(Compare);

    /// <summary>The template with its parameters' names left out, <c>/users/{int}</c>: equal for templates that match the same paths.</summary>
    public static string Shape(EquatableArray<RouteSegment> segments) =>
        "/" + string.Join("/", segments.Select(static segment => segment.Kind switch
        {
            RouteSegmentKind.Literal => segment.Text,
            RouteSegmentKind.Int32Parameter => "{int}",
            RouteSegmentKind.Int64Parameter => "{long}",
            RouteSegmentKind.GuidParameter => "{guid}",
            RouteSegmentKind.CatchAll => "{*}",
            _ => "{}",
        }));

    private static int Compare(EquatableArray<RouteSegment> left, EquatableArray<RouteSegment> right)
    {
        for (var i = 0; i < left.Count && i < right.Count; i++)
        {
            var byKind = Rank(left[i].Kind).CompareTo(Rank(right[i].Kind));
            if (byKind != 0)
            {
                return byKind;
            }

            // Two different literals never match the same segment; ordinal order only makes the output deterministic.
            var byText = left[i].Kind == RouteSegmentKind.Literal ? string.CompareOrdinal(left[i].Text, right[i].Text) : 0;
            if (byText != 0)
            {
                return byText;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    /// <summary>
    /// Lower is more specific. An int is also a long, so int comes first; a GUID is never an integer, so its place
    /// among the constraints only has to be fixed, not chosen.
    /// </summary>
    private static int Rank(RouteSegmentKind kind) => kind switch
    {
        RouteSegmentKind.Literal => 0,
        RouteSegmentKind.Int32Parameter => 1,
        RouteSegmentKind.Int64Parameter => 2,
        RouteSegmentKind.GuidParameter => 3,
        RouteSegmentKind.Parameter => 4,
        _ => 5,
    };
}
