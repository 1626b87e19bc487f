using System.Text;
using BenchmarkDotNet.Attributes;

namespace MiniHttp.Benchmarks.Dispatch;

/// <summary>
/// The cost of one dispatch, response writing included, for apps of 10, 100 and 1,000 literal routes: the route
/// tested first, in the middle and last, and a path no route has.
/// </summary>
[MemoryDiagnoser]
public class DispatchBenchmarks
{
    private DispatchMethod _dispatch = null!;
    private HttpResponse _response = null!;
    private byte[] _first = [];
    private byte[] _middle = [];
    private byte[] _last = [];
    private byte[] _miss = [];

    [Params(10, 100, 1000)]
    public int RouteCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dispatch = RouteApp.Build(RouteCount);
        _response = Requests.NewDiscardingResponse();
        _first = Encoding.ASCII.GetBytes(RouteApp.Path(0));
        _middle = Encoding.ASCII.GetBytes(RouteApp.Path(RouteCount / 2));
        _last = Encoding.ASCII.GetBytes(RouteApp.Path(RouteCount - 1));
        _miss = Encoding.ASCII.GetBytes("/api/items/x" + RouteApp.Path(RouteCount - 1)[12..]);
    }

    [Benchmark(Baseline = true)]
    public void First() => Dispatch(_first);

    [Benchmark]
    public void Middle() => Dispatch(_middle);

    [Benchmark]
    public void Last() => Dispatch(_last);

    [Benchmark]
    public void Miss() => Dispatch(_miss);

    /// <summary>One request as the connection answers it: the response reset for it, then dispatched.</summary>
    private void Dispatch(byte[] path)
    {
        Requests.Reset(_response);
        _dispatch(Requests.Get(path), _response);
    }
}
