using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using MiniHttp.Generated;

namespace MiniHttp.OpenApi.Tests;

/// <summary>The router serves the generated document at the route <c>[assembly: OpenApi]</c> gives, over a real socket.</summary>
public sealed class ServedDocumentTests : System.IDisposable
{
    private readonly HttpServer<Router> _server = new(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) });
    private readonly HttpClient _client = new() { Timeout = System.TimeSpan.FromSeconds(10) };

    public ServedDocumentTests()
    {
        _server.Start();
        _client.BaseAddress = new System.Uri($"http://{_server.LocalEndPoint}");
    }

    [Fact]
    public async Task Get_answers_the_documents_bytes_as_json()
    {
        using var response = await _client.GetAsync(OpenApiDocument.Route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(OpenApiDocument.Utf8Json.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_answers_the_same_head_without_the_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, OpenApiDocument.Route);
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OpenApiDocument.Utf8Json.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Other_methods_are_not_allowed()
    {
        using var response = await _client.PostAsync(OpenApiDocument.Route, new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Content.Headers.Allow);
    }

    public void Dispose()
    {
        _client.Dispose();
        Assert.True(_server.DisposeAsync().AsTask().Wait(System.TimeSpan.FromSeconds(10)));
    }
}
