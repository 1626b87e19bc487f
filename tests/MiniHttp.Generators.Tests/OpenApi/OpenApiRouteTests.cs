using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.OpenApi;

/// <summary>This project's router does not ask for a document, so it serves none.</summary>
public sealed class OpenApiRouteTests
{
    [Fact]
    public void A_router_without_the_attribute_answers_404_at_the_documents_usual_route() =>
        Assert.Equal(Wire.NotFound, Loopback.Exchange("GET", "/openapi.json", headers: string.Empty, []));
}
