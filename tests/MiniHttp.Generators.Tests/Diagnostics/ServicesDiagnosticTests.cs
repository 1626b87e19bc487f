using System.Globalization;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Diagnostics;

/// <summary>MH0027, MH0028 and the compile-time refusals around services: each mistake one would make with dependency injection.</summary>
public sealed class ServicesDiagnosticTests
{
    [Theory]
    [InlineData("Microsoft.Extensions.Logging.ILogger<IClock>")]
    [InlineData("Microsoft.Extensions.Logging.ILoggerFactory")]
    [InlineData("System.IServiceProvider")]
    [InlineData("System.TimeProvider")]
    [InlineData("IClock")]
    public void MH0027_a_service_parameter_without_FromServices_is_told_to_take_it(string type)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic interface IClock;\npublic static class Handlers {{ [Get(\"/x\")] public static int Handle({type} value) => 1; }}",
            "MH0027",
            line: 3,
            located: "value",
            $"Parameter 'value' of handler 'Handlers.Handle' has type '{type}', which is a service rather than part of the request: mark it [FromServices] to take the application's singleton, or [FromServices(ServiceLifetime.Scoped)] for a service resolved per request");
    }

    [Theory]
    [InlineData("Get", "public sealed class TodoStore { public int Count { get; set; } }", "TodoStore", "whose name ends in 'Store'")]
    [InlineData("Post", "public sealed class OrderRepository { public int Count { get; set; } }", "OrderRepository", "whose name ends in 'Repository'")]
    [InlineData("Put", "public class Clock { public long Now() => 0; }", "Clock", "a class with no public property or field for a JSON body to fill")]
    [InlineData("Get", "public class Clock { public long Now() => 0; }", "Clock", "a class with no public property or field for a JSON body to fill")]
    public void MH0064_a_class_named_or_shaped_as_a_service_is_told_to_take_it_from_services(string verb, string declaration, string type, string reason)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\n{declaration}\npublic static class Handlers {{ [{verb}(\"/x\")] public static int Handle({type} value) => 1; }}",
            "MH0064",
            line: 3,
            located: "value",
            $"Parameter 'value' of handler 'Handlers.Handle' has type '{type}', {reason}, so it is taken for a service rather than part of the request: mark it [FromServices] to take the application's singleton, or [FromServices(ServiceLifetime.Scoped)] for a service resolved per request; if the client sends it as a JSON body, mark it [FromBody] on a POST, PUT or PATCH route");
    }

    [Theory]
    [InlineData("public sealed class Derived : Base; public class Base { public int Id { get; set; } }", "Derived")]
    [InlineData("public sealed record Store(int Id);", "Store")]
    [InlineData("public sealed class Settings { public int Id; }", "Settings")]
    public void MH0015_a_class_with_data_of_its_own_is_not_taken_for_a_service(string declaration, string type)
    {
        var run = GeneratorHarness.Run($"using MiniHttp;\n{declaration}\npublic static class Handlers {{ [Post(\"/x\")] public static int Handle({type} value) => 1; }}");

        Assert.Equal("MH0015", Assert.Single(run.Diagnostics).Id);
    }

    [Theory]
    [InlineData("int")]
    [InlineData("System.Guid")]
    [InlineData("System.DateTime?")]
    public void MH0028_a_FromServices_parameter_must_be_a_class_or_interface(string type)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Handlers {{ [Get(\"/x\")] public static int Handle([FromServices] {type} value) => 1; }}",
            "MH0028",
            line: 2,
            located: "value",
            $"Parameter 'value' of handler 'Handlers.Handle' is marked [FromServices] but has type '{type}': services are classes or interfaces, so take the service that holds the value, or bind the value from the request instead");
    }

    [Fact]
    public void MH0016_a_service_parameter_binds_from_one_place()
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\npublic sealed class Store;\npublic static class Handlers { [Post(\"/x\")] public static int Handle([FromServices, FromBody] Store store) => 1; }",
            "MH0016",
            line: 3,
            located: "store",
            "Parameter 'store' of handler 'Handlers.Handle' is marked both [FromServices] and [FromBody]: a parameter binds from one place, so keep one of them");
    }

    [Fact]
    public void MH0004_a_cancellation_token_is_not_a_service()
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\npublic static class Handlers { [Get(\"/x\")] public static int Handle([FromServices] System.Threading.CancellationToken token) => 1; }",
            "MH0004",
            line: 2,
            located: "token",
            "Parameter 'token' of handler 'Handlers.Handle' has type 'System.Threading.CancellationToken', which cannot be bound from the application's services: remove [FromServices]: a CancellationToken is cancelled when the client leaves");
    }

    [Theory]
    [InlineData("public sealed class Ledger { [Get(\"/ledger\")] public int Count() => 1; }")]
    [InlineData("public sealed class Store;\npublic static class Stock { [Get(\"/stock\")] public static int Count([FromServices] Store store) => 1; }")]
    public void A_router_with_routes_instances_or_services_refuses_new_Router_at_compile_time(string handlers)
    {
        var run = GeneratorHarness.Run(
            "using MiniHttp;\n" + handlers,
            "public static class App { public static object Make() => new MiniHttp.Generated.Router(); }");

        Assert.Empty(run.Diagnostics);
        var refused = Assert.Single(run.CompilationProblems);
        Assert.Equal("CS0619", refused.Id);
        Assert.Contains("which new Router() would leave null", refused.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_router_without_routes_instances_or_services_is_still_new_Router()
    {
        var run = GeneratorHarness.Run(
            "using MiniHttp;\npublic static class Stock { [Get(\"/stock\")] public static int Count() => 1; }",
            "public static class App { public static object Make() => new MiniHttp.Generated.Router(); }");

        Assert.Empty(run.CompilationProblems);
    }
}
