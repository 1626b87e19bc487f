namespace MiniHttp.Generators.Model;

/// <summary>
/// How a handler appears in the OpenAPI document, beyond its route: made by the parser only when the assembly asks for
/// the document (<c>[assembly: OpenApi]</c>), so an application without it carries none of this in its model.
/// </summary>
/// <param name="OperationId">The handler's method name; the document makes it unique among its operations.</param>
/// <param name="Tag">The handler's class, by its simple name: operations of one class are grouped under it.</param>
/// <param name="Summary">The handler's XML doc <c>&lt;summary&gt;</c>, as one paragraph of text, or null.</param>
/// <param name="Description">The handler's XML doc <c>&lt;remarks&gt;</c>, or null.</param>
/// <param name="Parameters">The parameters that come from the request's path, query string or headers, in declaration order.</param>
/// <param name="RequestBody">The body the handler reads, or null.</param>
/// <param name="Responses">Every response the route can give, by status: its own results and the framework's answers.</param>
/// <param name="Schemas">The named JSON schemas the body and results reach, each once, for the document's <c>components</c>.</param>
internal sealed record ApiOperation(
    string OperationId,
    string Tag,
    string? Summary,
    string? Description,
    EquatableArray<ApiParameter> Parameters,
    ApiRequestBody? RequestBody,
    EquatableArray<ApiResponse> Responses,
    EquatableArray<JsonSchemaComponent> Schemas);

/// <summary>One parameter of an operation.</summary>
/// <param name="Name">The name where it comes from: the template's, the query's or the header field's.</param>
/// <param name="In">OpenAPI's source: <c>path</c>, <c>query</c> or <c>header</c>.</param>
/// <param name="Required">Whether a request without it is answered <c>400</c>: not nullable and without a default.</param>
/// <param name="Schema">The type of its value, as the binder parses it.</param>
/// <param name="Description">The handler's XML doc <c>&lt;param&gt;</c> for it, or null.</param>
internal sealed record ApiParameter(string Name, string In, bool Required, JsonSchema Schema, string? Description);

/// <summary>The body an operation reads.</summary>
/// <param name="ContentType">The media type it is read as: <c>application/json</c>, <c>text/plain</c> or <c>application/octet-stream</c>.</param>
/// <param name="Schema">The body's schema.</param>
/// <param name="Required">Whether an empty body is answered <c>400</c>.</param>
/// <param name="Description">The handler's XML doc <c>&lt;param&gt;</c> for the body parameter, or null.</param>
internal sealed record ApiRequestBody(string ContentType, JsonSchema Schema, bool Required, string? Description);
