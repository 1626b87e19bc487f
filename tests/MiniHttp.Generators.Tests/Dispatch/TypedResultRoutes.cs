using MiniHttp;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>Handlers that answer with an <see cref="HttpResult"/>: their own status, headers and body.</summary>
public static class TypedResultRoutes
{
    [Get("/typed/created")]
    public static HttpResult Created() => HttpResult.Text(201, "created").WithHeader("Location", "/items/7");

    [Get("/typed/gone")]
    public static HttpResult Gone() => HttpResult.Status(410);

    [Post("/typed/json")]
    public static HttpResult Accepted([FromBody] Order order) => HttpResult.Json(202, order, BindingJsonContext.Default.Order);

    [Get("/typed/bad-header")]
    public static HttpResult BadHeader(string value) => HttpResult.Text(200, "never sent").WithHeader("X-Echo", value);
}
