namespace MiniHttp.Filters.Tests;

/// <summary>
/// CORS over a real connection, held to the Fetch standard's CORS protocol: a preflight (<c>OPTIONS</c> with
/// <c>Origin</c> and <c>Access-Control-Request-Method</c>) is answered <c>204</c> with the origin echoed (never <c>*</c>
/// with credentials), <c>Vary: Origin</c>, the allowed methods and headers and the max age when the policy allows it, and
/// with the path's ordinary <c>OPTIONS</c> answer when not, which a browser takes as a refusal; an actual request from an
/// allowed origin gets <c>Access-Control-Allow-Origin</c>, from any other nothing.
/// </summary>
public sealed class CorsTests : System.IDisposable
{
    private const string Head = "Server: MiniHttp\r\nDate: (date)\r\n";
    private const string Credentialed = "Vary: Origin\r\nAccess-Control-Allow-Credentials: true\r\n";

    private readonly FilteredServer _server = new();

    [Fact]
    public void An_allowed_preflight_names_the_origin_credentials_methods_headers_and_max_age()
    {
        var response = _server.Exchange(
            "OPTIONS",
            "/cors/items",
            "Origin: https://app.example\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type,x-api-key\r\n");

        Assert.Equal(
            $"HTTP/1.1 204 No Content\r\n{Head}Access-Control-Allow-Origin: https://app.example\r\n{Credentialed}"
            + "Access-Control-Allow-Methods: GET, HEAD, POST\r\nAccess-Control-Allow-Headers: Content-Type, X-Api-Key\r\n"
            + "Access-Control-Max-Age: 600\r\nX-Trace: hooks\r\n\r\n",
            response);
    }

    [Fact]
    public void Each_allowed_origin_is_echoed_alone()
    {
        var response = _server.Exchange("OPTIONS", "/cors/items", "Origin: https://admin.example:8443\r\nAccess-Control-Request-Method: GET\r\n");

        Assert.Equal(
            $"HTTP/1.1 204 No Content\r\n{Head}Access-Control-Allow-Origin: https://admin.example:8443\r\n{Credentialed}"
            + "Access-Control-Allow-Methods: GET, HEAD, POST\r\nAccess-Control-Allow-Headers: Content-Type, X-Api-Key\r\n"
            + "Access-Control-Max-Age: 600\r\nX-Trace: hooks\r\n\r\n",
            response);
    }

    [Theory]
    [InlineData("Origin: https://evil.example\r\nAccess-Control-Request-Method: POST\r\n")]
    [InlineData("Origin: https://app.example.evil\r\nAccess-Control-Request-Method: POST\r\n")]
    [InlineData("Origin: http://app.example\r\nAccess-Control-Request-Method: POST\r\n")]
    [InlineData("Origin: https://app.example\r\nAccess-Control-Request-Method: PUT\r\n")]
    [InlineData("Origin: https://app.example\r\nAccess-Control-Request-Method: post\r\n")]
    [InlineData("Origin: https://app.example\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type,x-other\r\n")]
    [InlineData("Origin: https://app.example\r\n")]
    [InlineData("")]
    public void A_refused_preflight_or_a_plain_options_gets_the_paths_ordinary_answer(string headers)
    {
        var response = _server.Exchange("OPTIONS", "/cors/items", headers);

        Assert.Equal($"HTTP/1.1 204 No Content\r\n{Head}Allow: GET, HEAD, POST, OPTIONS\r\nX-Trace: hooks\r\n\r\n", response);
    }

    [Fact]
    public void A_preflight_is_answered_before_the_routes_filters_which_browsers_never_send_credentials_to()
    {
        var response = _server.Exchange(
            "OPTIONS",
            "/cors/items/5",
            "Origin: https://app.example\r\nAccess-Control-Request-Method: DELETE\r\nAccess-Control-Request-Headers: x-api-key\r\n");

        Assert.Equal(
            $"HTTP/1.1 204 No Content\r\n{Head}Access-Control-Allow-Origin: https://app.example\r\n{Credentialed}"
            + "Access-Control-Allow-Methods: DELETE\r\nAccess-Control-Allow-Headers: Content-Type, X-Api-Key\r\n"
            + "Access-Control-Max-Age: 600\r\nX-Trace: hooks\r\n\r\n",
            response);
    }

    [Fact]
    public void Any_origin_without_credentials_is_a_wildcard_and_any_header_is_echoed()
    {
        var response = _server.Exchange(
            "OPTIONS",
            "/cors/public",
            "Origin: https://anywhere.example\r\nAccess-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: x-anything,x-else\r\n");

        Assert.Equal(
            $"HTTP/1.1 204 No Content\r\n{Head}Access-Control-Allow-Origin: *\r\n"
            + "Access-Control-Allow-Methods: GET, HEAD\r\nAccess-Control-Allow-Headers: x-anything,x-else\r\n"
            + "Access-Control-Max-Age: 60\r\nX-Trace: hooks\r\n\r\n",
            response);
    }

    [Fact]
    public void A_path_without_a_policy_answers_a_preflight_as_any_options()
    {
        var response = _server.Exchange("OPTIONS", "/plain", "Origin: https://app.example\r\nAccess-Control-Request-Method: PUT\r\n");

        Assert.Equal($"HTTP/1.1 204 No Content\r\n{Head}Allow: PUT, OPTIONS\r\nX-Trace: hooks\r\n\r\n", response);
    }

    [Fact]
    public void An_actual_request_from_an_allowed_origin_gets_the_origin_credentials_and_exposed_headers()
    {
        var response = _server.Exchange("GET", "/cors/items", "Origin: https://app.example\r\n");

        Assert.Equal(
            $"HTTP/1.1 200 OK\r\n{Head}X-Trace: hooks\r\nAccess-Control-Allow-Origin: https://app.example\r\n{Credentialed}"
            + "Access-Control-Expose-Headers: X-Total\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\nitems",
            response);
    }

    [Theory]
    [InlineData("Origin: https://evil.example\r\n")]
    [InlineData("Origin: null\r\n")]
    [InlineData("")]
    public void An_actual_request_from_another_origin_or_none_gets_no_cors_fields(string headers)
    {
        var response = _server.Exchange("GET", "/cors/items", headers);

        Assert.Equal(
            $"HTTP/1.1 200 OK\r\n{Head}X-Trace: hooks\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\nitems",
            response);
    }

    [Fact]
    public void An_actual_request_to_an_any_origin_route_gets_the_wildcard_without_vary()
    {
        var response = _server.Exchange("GET", "/cors/public", "Origin: https://anywhere.example\r\n");

        Assert.Equal(
            $"HTTP/1.1 200 OK\r\n{Head}X-Trace: hooks\r\nAccess-Control-Allow-Origin: *\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 6\r\n\r\npublic",
            response);
    }

    [Fact]
    public void A_filters_refusal_carries_the_cors_fields_so_the_page_can_read_it()
    {
        var response = _server.Exchange("DELETE", "/cors/items/5", "Origin: https://app.example\r\n");

        Assert.Equal(
            $"HTTP/1.1 401 Unauthorized\r\n{Head}WWW-Authenticate: ApiKey\r\nX-Trace: hooks\r\n"
            + $"Access-Control-Allow-Origin: https://app.example\r\n{Credentialed}Access-Control-Expose-Headers: X-Total\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 24\r\n\r\nMissing or wrong API key",
            response);
    }

    public void Dispose() => _server.Dispose();
}
