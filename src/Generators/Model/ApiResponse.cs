namespace MiniHttp.Generators.Model;

/// <summary>
/// One response of an operation: a status (or <c>default</c>, for a status the handler decides at run time) with its
/// body's media type and schema, none for a response without content. A result type with several cases adds one each.
/// </summary>
/// <param name="Status">The status code as the document keys it (<c>200</c>), or <c>default</c>.</param>
/// <param name="Description">What the response means: the handler's <c>&lt;returns&gt;</c> for its own result, else a fixed text.</param>
/// <param name="ContentType">The media type of its content, or null when it has none.</param>
/// <param name="Schema">The schema of its content, or null when it has none.</param>
internal sealed record ApiResponse(string Status, string Description, string? ContentType, JsonSchema? Schema);
