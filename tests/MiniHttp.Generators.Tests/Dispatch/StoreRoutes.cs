using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>An instance routes class whose handlers keep text by key: template routes and an async handler on an instance.</summary>
public sealed class StoreRoutes
{
    private readonly ConcurrentDictionary<string, string> _values = new();

    [Put("/store/{key}")]
    public void Set(string key, [FromBody] string value) => _values[key] = value;

    [Get("/store/{key}")]
    public HttpResult Get(string key) =>
        _values.TryGetValue(key, out var value) ? HttpResult.Text(200, value) : HttpResult.Status(404);

    [Delete("/store/{key}")]
    public async Task<bool> Remove(string key)
    {
        await Task.Yield();
        return _values.TryRemove(key, out _);
    }

    [Get("/store/count")]
    public int Count() => _values.Count;
}
