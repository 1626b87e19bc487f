using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Snapshots;

/// <summary>The exact source the generator emits, compared with the committed snapshots beside this file.</summary>
public sealed class EmittedSourceTests
{
    private const string ArenaRoutes = """
        using System;
        using MiniHttp;

        public static class Arena
        {
            [Get("/baseline11")]  public static int Sum(int a, int b) => a + b;
            [Post("/baseline11")] public static int SumWithBody(int a, int b, [FromBody] int body) => a + b + body;
            [Get("/pipeline")]    public static ReadOnlySpan<byte> Pipeline() => "ok"u8;
        }
        """;

    private const string ServiceRoutes = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;
        using MiniHttp;

        namespace Todo;

        public sealed class TodoStore;
        public sealed class UnitOfWork;

        // Created from services: its constructor's parameters, one with a default.
        public sealed class TodoRoutes(TodoStore store, ILogger<TodoRoutes>? logger = null, int pageSize = 20)
        {
            // A singleton only: resolved once, into the router.
            [Get("/todos")]
            public int Count([FromServices] TimeProvider clock) => logger is null ? pageSize : store.GetHashCode();

            // A scoped service: the route opens a scope per request; with a template and a HEAD answer.
            [Get("/todos/{id:int}")]
            public string Get(int id, [FromServices(ServiceLifetime.Scoped)] UnitOfWork work) => id.ToString();

            // Async, with both kinds: the scope is disposed after the deferred response.
            [Post("/todos")]
            public async Task<int> Add([FromBody] string title, [FromServices] TimeProvider clock, [FromServices(ServiceLifetime.Transient)] UnitOfWork work)
            {
                await Task.Yield();
                return title.Length;
            }
        }

        // A static handler taking a singleton the routes class does not.
        public static class Health
        {
            [Get("/health")] public static string Check([FromServices] ILogger<TodoStore> log) => "ok";
        }
        """;

    private const string MoreRoutes = """
        using System;
        using MiniHttp;

        namespace Shop.Api;

        internal static class Catalog
        {
            // Two paths of the same length, and one path answering two methods.
            [Get("/items")]
            public static string Item(string name, long id) => name + id;

            [Post("/items")]
            public static long Store(string name, [FromBody] byte[] picture) => picture.Length;

            [Get("/price")]
            public static long Price(long id) => id * 100;

            // One handler, two paths; a string body; a nullable string result.
            [Post("/notes")]
            [Post("/notes/v1")]
            public static string? Note([FromBody] string text) => text.Length == 0 ? null : text;

            [Get("/")]
            public static byte[] Root() => [];

            [Post("/echo")]
            public static ReadOnlySpan<byte> Echo([FromBody] ReadOnlySpan<byte> body) => body;
        }
        """;

    private const string MethodRoutes = """
        using MiniHttp;

        public static class Documents
        {
            // GET answers HEAD too; OPTIONS is automatic; every other method on the path gets 405.
            [Get("/doc")]              public static string Read(string id) => id;
            [Put("/doc")]              public static int Replace(string id, [FromBody] string text) => text.Length;
            [Delete("/doc")]           public static int Remove(string id) => 1;
            [Patch("/doc")]            public static int Amend([FromBody] byte[] patch) => patch.Length;
            [Route("PURGE", "/doc")]   public static int Purge() => 0;
            [Route("LOCK", "/doc")]    public static int Lock() => 0;

            // Handlers of their own for HEAD and OPTIONS replace the automatic answers.
            [Get("/status")]            public static int Status() => 1;
            [Route("HEAD", "/status")]  public static int StatusHead() => 2;
            [Route("OPTIONS", "/status")] public static string StatusOptions() => "GET";

            // No GET, so no HEAD.
            [Post("/upload")]           public static int Upload([FromBody] byte[] file) => file.Length;
        }
        """;

    private const string LiteralRoutesSharingPrefixesAndLengths = """
        using MiniHttp;

        public static class Literals
        {
            // Same length, differing only in the last byte; one is a prefix of longer paths.
            [Get("/a")]       public static int A() => 1;
            [Get("/b")]       public static int B() => 2;
            [Get("/ab")]      public static int AB() => 3;
            [Get("/a/b")]     public static int AThenB() => 4;
            [Get("/a/c")]     public static int AThenC() => 5;
            [Get("/users")]   public static int Users() => 6;
            [Get("/users/")]  public static int UsersSlash() => 7;
            [Get("/usersX")]  public static int UsersX() => 8;
            [Post("/users")]  public static int AddUser() => 9;
            [Get("/Users")]   public static int UsersCapital() => 10;
        }
        """;

    private const string LiteralRoutesOfOneLength = """
        using MiniHttp;

        public static class Shelves
        {
            // Ten paths of four bytes: too many to compare one after the other, so a switch on the byte where they
            // differ most (the shelf), and in the case with five, on the next (the slot).
            [Get("/a/1")] public static int A1() => 1;
            [Get("/a/2")] public static int A2() => 2;
            [Get("/a/3")] public static int A3() => 3;
            [Get("/a/4")] public static int A4() => 4;
            [Get("/a/5")] public static int A5() => 5;
            [Get("/b/1")] public static int B1() => 6;
            [Get("/c/1")] public static int C1() => 7;
            [Get("/d/1")] public static int D1() => 8;
            [Get("/e/1")] public static int E1() => 9;
            [Get("/f/1")] public static int F1() => 10;
        }
        """;

    private const string TemplateRoutes = """
        using System;
        using MiniHttp;

        public static class Templates
        {
            // A literal path beats every template; then, segment by segment: literal, int, long, guid, untyped, catch-all.
            [Get("/users/me")]             public static string Me() => "me";
            [Get("/users/{id:int}")]       public static int ById(int id) => id;
            [Delete("/users/{id:int}")]    public static long Remove(long id) => id;
            [Get("/users/{id:long}")]      public static long ByLong(long id) => id;
            [Get("/users/{id:guid}")]      public static string ByGuid(Guid id) => id.ToString();
            [Put("/users/{name}")]         public static string Rename(string name, [FromBody] string newName) => newName;
            [Get("/users/{name}")]         public static string ByName(string name) => name;

            // Several parameters; an unconstrained int (400 when it does not parse); a catch-all.
            [Get("/orders/{order}/items/{item:int}")] public static int Item(int order, int item, string note) => order + item;
            [Get("/files/{*path}")]        public static string File(string path) => path;
        }
        """;

    private const string HookedRoutes = """
        using MiniHttp;

        [assembly: RequestHooks(typeof(Shop.AppHooks))]

        namespace Shop;

        // Hooks around every request, with state from OnRequest to OnResponse; a routes class beside them.
        public sealed class AppHooks : IRequestHooks<long>
        {
            public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out long state)
            {
                state = System.Diagnostics.Stopwatch.GetTimestamp();
                return true;
            }

            public void OnResponse(in long state, HttpResponse response)
            {
            }
        }

        public sealed class Catalog
        {
            [Get("/catalog")] public string List() => "tea";
        }

        public static class Health
        {
            [Get("/health")] public static string Check() => "ok";
        }
        """;

    private const string InstanceRoutes = """
        using System.Threading.Tasks;
        using MiniHttp;

        namespace Shop;

        // Instance handlers: the router holds one instance of each class, the application's, in ordinal order of the names.
        public sealed class Orders(OrderStore store)
        {
            [Get("/orders/{id:int}")] public string Find(int id) => store.Find(id);
            [Post("/orders")]         public Task<int> Place([FromBody] string item) => store.AddAsync(item);
            [Get("/orders/count")]    public int Count() => store.Count;

            // A static handler in the same class is called without the instance.
            [Get("/orders/limit")]    public static int Limit() => 100;
        }

        public sealed class Catalog
        {
            [Get("/catalog")] public string List() => "tea";
        }

        public static class Health
        {
            [Get("/health")] public static string Check() => "ok";
        }

        public sealed class OrderStore
        {
            public int Count => 0;

            public string Find(int id) => "order";

            public Task<int> AddAsync(string item) => Task.FromResult(1);
        }
        """;

    [Fact]
    public void Arena_routes()
    {
        var run = GeneratorHarness.Run(ArenaRoutes);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void More_routes()
    {
        var run = GeneratorHarness.Run(MoreRoutes);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Methods_head_options_and_405()
    {
        var run = GeneratorHarness.Run(MethodRoutes);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Literal_routes_sharing_prefixes_and_lengths()
    {
        var run = GeneratorHarness.Run(LiteralRoutesSharingPrefixesAndLengths);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Literal_routes_of_one_length()
    {
        var run = GeneratorHarness.Run(LiteralRoutesOfOneLength);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Templates_of_each_kind()
    {
        var run = GeneratorHarness.Run(TemplateRoutes);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Instance_routes_classes()
    {
        var run = GeneratorHarness.Run(InstanceRoutes);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Request_hooks()
    {
        var run = GeneratorHarness.Run(HookedRoutes);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Services_singletons_scoped_and_routes_classes_created_from_services()
    {
        var run = GeneratorHarness.Run(ServiceRoutes);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void No_routes()
    {
        var run = GeneratorHarness.Run("public static class Empty;");

        Snapshot.Match(run.GeneratedSource);
    }

    [Theory]
    [InlineData(ArenaRoutes)]
    [InlineData(MoreRoutes)]
    [InlineData(MethodRoutes)]
    [InlineData(LiteralRoutesSharingPrefixesAndLengths)]
    [InlineData(LiteralRoutesOfOneLength)]
    [InlineData(TemplateRoutes)]
    [InlineData(InstanceRoutes)]
    [InlineData(HookedRoutes)]
    [InlineData(ServiceRoutes)]
    [InlineData("""
        using MiniHttp;

        [assembly: RequestHooks(typeof(Hooks))]

        // Hooks that are also a routes class, with a reference-type state, and no other routes.
        public sealed class Hooks : IRequestHooks<string>
        {
            public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out string state)
            {
                state = "x";
                return true;
            }

            public void OnResponse(in string state, HttpResponse response)
            {
            }

            [Get("/ping")] public string Ping() => "pong";
        }
        """)]
    [InlineData("public static class Empty;")]
    [InlineData("""
        using MiniHttp;

        // Routes classes whose parameter names need care: a keyword, a name two classes share, the global namespace,
        // a nested class, and a handler parameter named like the binder's routes parameter.
        public sealed class Event
        {
            [Get("/event")] public int Get(int routes) => routes;
            [Get("/class")] public int @class() => 1;
        }

        public sealed class Routes { [Get("/global")] public int Get() => 1; }

        public static class Outer
        {
            public sealed class Routes { [Get("/nested")] public int Get() => 2; }
        }

        namespace Other
        {
            public sealed class Routes { [Get("/other")] public int Get() => 3; }
        }
        """)]
    [InlineData("""
        using System;
        using MiniHttp;

        public static class Awkward
        {
            // Names that are keywords, or the binder's own parameter names, or look like its locals.
            [Get("/event")]
            public static int @event(int @class, string request, long response, int arg_class) => 1;

            // Obsolete handlers warn their callers, not the generated router.
            [Obsolete, Get("/old")]
            public static int Old() => 1;

            // Paths that differ only in characters a binder name cannot hold.
            [Get("/a-b")] public static int Dash() => 1;
            [Get("/a.b")] public static int Dot() => 2;
            [Get("/a_b")] public static int Underscore() => 3;
        }
        """)]
    public void The_generated_source_compiles_without_errors_or_warnings(string handlers)
    {
        var run = GeneratorHarness.Run(handlers);

        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_generated_source_is_the_same_whatever_order_the_files_come_in()
    {
        const string Second = """
            using MiniHttp;

            public static class Second
            {
                [Get("/b")] public static int B() => 2;
                [Get("/a")] public static int A() => 1;
            }
            """;

        Assert.Equal(
            GeneratorHarness.Run(ArenaRoutes, Second).GeneratedSource,
            GeneratorHarness.Run(Second, ArenaRoutes).GeneratedSource);
    }
}
