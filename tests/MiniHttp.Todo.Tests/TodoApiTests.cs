using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Todo.Tests;

/// <summary>The service's JSON API over loopback, as a client uses it.</summary>
public sealed class TodoApiTests
{
    private static TodoJsonContext Json => TodoJsonContext.Default;

    [Fact]
    public async Task A_todo_is_created_read_changed_and_deleted()
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client();

        var created = await client.PostAsync("/todos", Body("""{"title":" buy milk "}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = (await created.Content.ReadFromJsonAsync(Json.TodoItem))!;
        Assert.Equal(("buy milk", false), (item.Title, item.Done));
        Assert.Equal($"/todos/{item.Id}", created.Headers.Location!.OriginalString);

        Assert.Equal(item, await client.GetFromJsonAsync($"/todos/{item.Id}", Json.TodoItem));

        var changed = await client.PatchAsync($"/todos/{item.Id}", Body("""{"done":true}"""));
        Assert.Equal(item with { Done = true }, await changed.Content.ReadFromJsonAsync(Json.TodoItem));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/todos/{item.Id}")).StatusCode);
        var gone = await client.GetAsync($"/todos/{item.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await gone.Content.ReadAsStringAsync());
        Assert.Equal((404, $"There is no to-do {item.Id}."), (problem.RootElement.GetProperty("status").GetInt32(), problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_list_is_paged_and_a_page_is_never_larger_than_the_configured_maximum()
    {
        await using var host = await TodoHost.StartAsync(maxPageSize: 10);
        using var client = host.Client();
        for (var i = 1; i <= 25; i++)
        {
            (await client.PostAsync("/todos", Body($$"""{"title":"task {{i}}"}"""))).EnsureSuccessStatusCode();
        }

        var last = (await client.GetFromJsonAsync("/todos?offset=20&limit=10", Json.TodoPage))!;
        var capped = (await client.GetFromJsonAsync("/todos?limit=50", Json.TodoPage))!;
        var first = (await client.GetFromJsonAsync("/todos", Json.TodoPage))!;

        Assert.Equal((20, 10, 25), (last.Offset, last.Limit, last.Total));
        Assert.Equal(["task 21", "task 22", "task 23", "task 24", "task 25"], last.Items.Select(item => item.Title));
        Assert.Equal((10, 10), (capped.Limit, capped.Items.Count));
        Assert.Equal(Enumerable.Range(1, 10), first.Items.Select(item => item.Id));
    }

    [Theory]
    [InlineData("""{"title":"  "}""", "Title", "The Title field is required.")]
    [InlineData("""{}""", "Title", "The Title field is required.")]
    [InlineData("""{"title":"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901"}""", "Title", "The field Title must be a string with a maximum length of 200.")]
    public async Task A_todo_without_a_valid_title_is_a_validation_problem_naming_it(string body, string member, string message)
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client();

        var response = await client.PostAsync("/todos", Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([message], problem.RootElement.GetProperty("errors").GetProperty(member).EnumerateArray().Select(error => error.GetString()));
        Assert.Equal(0, (await client.GetFromJsonAsync("/todos", Json.TodoPage))!.Total);
    }

    [Fact]
    public async Task A_blank_new_title_is_refused_and_the_todo_keeps_its_own()
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client();
        var item = (await (await client.PostAsync("/todos", Body("""{"title":"one"}"""))).Content.ReadFromJsonAsync(Json.TodoItem))!;

        var response = await client.PatchAsync($"/todos/{item.Id}", Body("""{"title":" "}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["The Title field must not be blank."], problem.RootElement.GetProperty("errors").GetProperty("Title").EnumerateArray().Select(error => error.GetString()));
        Assert.Equal(item, await client.GetFromJsonAsync($"/todos/{item.Id}", Json.TodoItem));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task A_change_without_the_api_key_is_refused_and_changes_nothing(string? apiKey)
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client(apiKey);

        var created = await client.PostAsync("/todos", Body("""{"title":"one"}"""));
        var read = await client.GetFromJsonAsync("/todos", Json.TodoPage);

        Assert.Equal(HttpStatusCode.Unauthorized, created.StatusCode);
        Assert.Equal(["ApiKey"], created.Headers.WwwAuthenticate.Select(challenge => challenge.Scheme));
        Assert.Equal(0, read!.Total);
        Assert.DoesNotContain(host.Logs, line => line.StartsWith("Todo.TodoAudit", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_web_origin_may_call_it_from_a_browser_and_no_other()
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client(apiKey: null);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/todos");
        preflight.Headers.Add("Origin", TodoApp.WebOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type, x-api-key");
        var allowed = await client.SendAsync(preflight);
        using var actual = new HttpRequestMessage(HttpMethod.Get, "/todos");
        actual.Headers.Add("Origin", "https://elsewhere.example");
        var other = await client.SendAsync(actual);

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal([TodoApp.WebOrigin], allowed.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single(), System.StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Malformed_json_and_a_bad_paging_value_are_bad_requests()
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/todos", Body("{\"title\":"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/todos?limit=many")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/todos?offset=-1")).StatusCode);
    }

    [Fact]
    public async Task The_health_endpoint_counts_the_todos()
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client();
        await client.PostAsync("/todos", Body("""{"title":"one"}"""));

        Assert.Equal(new Health("ok", 1), await client.GetFromJsonAsync("/health", Json.Health));
    }

    [Fact]
    public async Task The_hooks_add_their_header_to_every_response_even_the_routers_404()
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client();

        var found = await client.GetAsync("/health");
        var missing = await client.GetAsync("/nowhere");

        Assert.Equal(["nosniff"], found.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(["nosniff"], missing.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Each_change_is_audited_once_by_its_requests_scoped_audit()
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client();

        var item = (await (await client.PostAsync("/todos", Body("""{"title":"one"}"""))).Content.ReadFromJsonAsync(Json.TodoItem))!;
        await client.DeleteAsync($"/todos/{item.Id}");
        await client.GetAsync("/todos");

        Assert.Equal(
            [$"Todo.TodoAudit: Changed: created {item.Id}", $"Todo.TodoAudit: Changed: deleted {item.Id}"],
            host.Logs.Where(line => line.StartsWith("Todo.TodoAudit", System.StringComparison.Ordinal)));
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");
}
