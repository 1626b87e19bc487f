using System.Threading;

namespace MiniHttp.Filters.Tests;

/// <summary>A route group whose writes need an API key: the handlers count their runs, so a test sees a refused one never ran.</summary>
[RouteGroup("/todos")]
public static class TodoRoutes
{
    private static int s_removed;

    public static int Removed => Volatile.Read(ref s_removed);

    [Get("/")]
    public static string List() => "all todos";

    [Get("/{id:int}")]
    public static string Find(int id) => $"todo {id}";

    /// <summary>A filtered route whose handler and result allocate nothing, for the allocation test.</summary>
    [Get("/removed")]
    [RouteFilter<ApiKeyFilter>]
    public static int RemovedCount() => Removed;

    [Delete("/{id:int}")]
    [RouteFilter<ApiKeyFilter>]
    public static string Remove(int id)
    {
        Interlocked.Increment(ref s_removed);
        return $"removed {id}";
    }
}

/// <summary>Nested groups: the prefixes and filters of the outer class come first.</summary>
[RouteGroup("/api")]
[RouteFilter<GroupTraceFilter>]
public static class ApiRoutes
{
    [RouteGroup("/tenants/{tenant}")]
    [RouteFilter<NestedTraceFilter>]
    public static class Tenants
    {
        [Get("/items/{id:int}")]
        [RouteFilter<MethodTraceFilter>]
        public static string Item(string tenant, int id) => $"{tenant} item {id}";

        [Get("/secret")]
        [RouteFilter<MethodTraceFilter>]
        [RouteFilter<ApiKeyFilter>]
        public static string Secret(string tenant) => $"{tenant} secret";

        [Get("/files/{*path}")]
        [RouteFilter<TenantFilter>]
        public static string File(string tenant, string path) => $"{tenant} file {path}";
    }
}
