using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Routing;

/// <summary>
/// Literal paths by the thousand, many of one length and sharing long prefixes, so the router switches on bytes within
/// a length, case within case and method within method: each path is found, and a path one byte away from any of
/// them is not.
/// </summary>
public sealed class LargeRouteTableTests : IClassFixture<LargeRouteTableTests.App>
{
    private readonly App _app;

    public LargeRouteTableTests(App app) => _app = app;

    [Fact]
    public void Every_path_reaches_its_own_handler()
    {
        for (var route = 0; route < App.Paths.Count; route++)
        {
            Assert.Equal(Wire.Ok(route.ToString(CultureInfo.InvariantCulture)), _app.Router.Dispatch(RequestMethod.Get, App.Paths[route]));
        }
    }

    [Fact]
    public void A_path_that_differs_from_one_by_a_byte_at_any_position_is_not_found()
    {
        var misses = 0;
        foreach (var path in App.Paths)
        {
            for (var position = 0; position < path.Length; position++)
            {
                foreach (var neighbour in new[] { (char)(path[position] + 1), (char)(path[position] - 1) })
                {
                    var nearMiss = path[..position] + neighbour + path[(position + 1)..];
                    if (!App.PathSet.Contains(nearMiss))
                    {
                        Assert.Equal(Wire.NotFound, _app.Router.Dispatch(RequestMethod.Get, nearMiss));
                        misses++;
                    }
                }
            }
        }

        Assert.True(misses > 20_000, $"only {misses} near misses were tried");
    }

    [Fact]
    public void A_path_one_byte_shorter_or_longer_than_one_is_not_found()
    {
        foreach (var nearMiss in App.Paths.SelectMany(static path => new[] { path[..^1], path + "0", path + "/" }).Where(static path => !App.PathSet.Contains(path)))
        {
            Assert.Equal(Wire.NotFound, _app.Router.Dispatch(RequestMethod.Get, nearMiss));
        }
    }

    [Theory]
    [InlineData("/api/items/0")]
    [InlineData("/api/items/500")]
    [InlineData("/api/items/999")]
    [InlineData("/shelf/ab'def")]
    public void The_found_path_still_switches_on_the_method(string path)
    {
        Assert.Equal(Wire.NoContent("GET, HEAD, OPTIONS"), _app.Router.Dispatch(RequestMethod.Options, path));
        Assert.Equal(Wire.MethodNotAllowed("GET, HEAD, OPTIONS"), _app.Router.Dispatch(RequestMethod.Post, path));
    }

    [Fact]
    public void A_byte_that_needs_escaping_in_csharp_is_a_case_of_its_own()
    {
        Assert.Contains("case (byte)'\\'':", _app.Router.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Equal(Wire.Ok("1001"), _app.Router.Dispatch(RequestMethod.Get, "/'helf/abcdef"));
    }

    [Fact]
    public void No_method_of_the_router_grows_with_the_number_of_routes()
    {
        var sizes = _app.Router.RouterMethodSizes();
        // The type initializer builds the route list once; it never runs per request.
        Assert.True(sizes.Remove(".cctor"));

        // The JIT stops optimising a method of 60,000 bytes of IL; these stay far below, though 900 routes share a length.
        Assert.True(sizes.Values.Max() < 8_000, string.Join(", ", sizes.OrderByDescending(static size => size.Value).Take(3)));
        Assert.True(sizes["Dispatch"] < 400, $"Dispatch has {sizes["Dispatch"]} bytes of IL");
    }

    /// <summary>
    /// <c>/api/items/0</c> to <c>/api/items/999</c>, and paths of the same length as the 900 longest ones, each
    /// <c>/shelf/abcdef</c> with one byte changed to one of a few: a <c>'</c>, a digit, a letter, a <c>~</c>.
    /// </summary>
    public sealed class App
    {
        public static readonly IReadOnlyList<string> Paths = Enumerable.Range(0, 1000)
            .Select(static item => "/api/items/" + item.ToString(CultureInfo.InvariantCulture))
            .Append("/shelf/abcdef")
            .Concat(Enumerable.Range(1, 12).SelectMany(static position => "'0X~".Select(replacement =>
                "/shelf/abcdef"[..position] + replacement + "/shelf/abcdef"[(position + 1)..])))
            .ToList();

        public static readonly HashSet<string> PathSet = [.. Paths];

        public CompiledApp Router { get; } = new(Paths);
    }
}
