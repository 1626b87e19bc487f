using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>The Arena endpoints as a real HTTP client sees them.</summary>
public sealed class ArenaHttpClientTests(ArenaServerFixture arena) : IClassFixture<ArenaServerFixture>, IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = arena.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Get_baseline_answers_the_sum_as_plain_text()
    {
        using var response = await _client.GetAsync("/baseline11?a=13&b=42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("55", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_baseline_with_content_length_adds_the_body()
    {
        using var response = await _client.PostAsync("/baseline11?a=13&b=42", new StringContent("20", Encoding.ASCII));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("75", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_baseline_with_a_chunked_body_adds_the_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/baseline11?a=13&b=42")
        {
            Content = new StreamContent(new MemoryStream("20"u8.ToArray())),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("75", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_pipeline_answers_ok()
    {
        using var response = await _client.GetAsync("/pipeline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Many_requests_share_one_kept_alive_connection()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), await _client.GetStringAsync($"/baseline11?a={i}&b=1"));
        }
    }

    [Fact]
    public async Task An_unknown_path_is_not_found()
    {
        using var response = await _client.GetAsync("/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_known_path_with_another_method_is_not_allowed_and_says_which_are()
    {
        using var response = await _client.PutAsync("/baseline11", new StringContent("1"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST", "OPTIONS"], response.Content.Headers.Allow);
    }

    public void Dispose() => _client.Dispose();
}
