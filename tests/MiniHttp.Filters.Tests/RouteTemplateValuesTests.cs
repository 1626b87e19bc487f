using System.Text;
using MiniHttp.Routing;

namespace MiniHttp.Filters.Tests;

/// <summary>A route value read by name from the path its template matched, as sent.</summary>
public sealed class RouteTemplateValuesTests
{
    [Theory]
    [InlineData("/api/tenants/{tenant}/items/{id:int}", "/api/tenants/acme/items/5", "tenant", "acme")]
    [InlineData("/api/tenants/{tenant}/items/{id:int}", "/api/tenants/acme/items/5", "id", "5")]
    [InlineData("/files/{*path}", "/files/a/b%20c", "path", "a/b%20c")]
    [InlineData("/files/{*path}", "/files/", "path", "")]
    [InlineData("/{name:guid}", "/0f8fad5b-d9cb-469f-a165-70867728950e", "name", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    public void A_parameter_of_the_template_is_the_segment_it_matched(string template, string path, string name, string expected)
    {
        Assert.True(RouteTemplateValues.TryGet(template, Encoding.ASCII.GetBytes(path), name, out var value));
        Assert.Equal(expected, Encoding.ASCII.GetString(value));
    }

    [Theory]
    [InlineData("/api/tenants/{tenant}", "/api/tenants/acme", "id")]
    [InlineData("/api/tenants/{tenant}", "/api/tenants/acme", "tenants")]
    [InlineData(null, "/anything", "tenant")]
    public void A_name_the_template_has_no_parameter_for_has_no_value(string? template, string path, string name)
    {
        Assert.False(RouteTemplateValues.TryGet(template, Encoding.ASCII.GetBytes(path), name, out _));
    }
}
