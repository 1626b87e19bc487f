using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        /// <summary>The problem details objects (RFC 9457) the runtime writes, as the OpenAPI document's named schemas.</summary>
        private static class ProblemSchemas
        {
            public static readonly JsonSchemaComponent Problem = new(
                "MiniHttp.ProblemDetails",
                "ProblemDetails",
                "A problem details object (RFC 9457).",
                new(Members()));

            public static readonly JsonSchemaComponent Validation = new(
                "MiniHttp.HttpValidationProblemDetails",
                "HttpValidationProblemDetails",
                "A problem details object (RFC 9457) with the validation errors of each member at fault.",
                new([.. Members(), new JsonSchemaProperty("errors", JsonSchema.MapOf(JsonSchema.ArrayOf(JsonSchema.Of("string"))), Required: true, "The messages of each member at fault, by its name.")]));

            private static JsonSchemaProperty[] Members() =>
            [
                new("type", JsonSchema.Of("string"), Required: false, "A URI that identifies the problem's type."),
                new("title", JsonSchema.Of("string"), Required: false, "A short summary of the problem's type."),
                new("status", JsonSchema.Of("integer", "int32"), Required: false, "The HTTP status code."),
                new("detail", JsonSchema.Of("string"), Required: false, "What went wrong in this occurrence."),
                new("instance", JsonSchema.Of("string"), Required: false, "A URI that identifies this occurrence."),
                new("traceId", JsonSchema.Of("string"), Required: false, "The request's identifier, as the server's logs name it."),
            ];
        }
    }
}
