using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        private const string DefaultApiVersion = "1.0";

        // The media types the document gives bodies: what the binder reads a body as, and what a result is written as.
        private const string ApplicationJson = "application/json";
        private const string TextPlain = "text/plain";
        private const string OctetStream = "application/octet-stream";

        /// <summary>What <c>[assembly: OpenApi]</c> asks for, if anything, its route checked.</summary>
        public static OpenApiDeclaration ParseOpenApi(Compilation compilation, CancellationToken cancellationToken)
        {
            if (OpenApiAttribute(compilation) is not { } attribute)
            {
                return OpenApiDeclaration.None;
            }

            string? Named(string name) => attribute.NamedArguments.FirstOrDefault(argument => argument.Key == name).Value.Value as string;
            var options = new OpenApiOptions(
                Route: null,
                Title: Named("Title") ?? compilation.AssemblyName ?? "API",
                Version: Named("Version") ?? DefaultApiVersion,
                Description: Named("Description"));
            if (attribute.ConstructorArguments.Length == 0)
            {
                return new OpenApiDeclaration(options, Diagnostic: null, RouteLocation: null);
            }

            var route = attribute.ConstructorArguments[0].Value as string;
            var location = AssemblyAttributeLocation(attribute, cancellationToken);
            var problem = RouteTemplate.Check(route, "OpenAPI document", location, out var segments) is not null
                ? "it is not a route template (it must start with '/' and hold only characters a client can send in a path)"
                : segments.Any(static segment => segment.Kind != RouteSegmentKind.Literal)
                    ? "it has route parameters, and the document is served at one path"
                    : null;
            return problem is null
                ? new OpenApiDeclaration(options with { Route = route }, Diagnostic: null, location)
                : new OpenApiDeclaration(options, DiagnosticInfo.Create(DiagnosticDescriptors.OpenApiRouteNotLiteralPath, location, RouteTemplate.Quote(route), problem), location);
        }

        private static AttributeData? OpenApiAttribute(Compilation compilation) =>
            compilation.Assembly.GetAttributes().FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.OpenApi));

        /// <summary>
        /// The handler as an OpenAPI operation: its documentation, its parameters' sources and schemas, its body and every
        /// response the route can give, with the named schemas those reach.
        /// </summary>
        private static ApiOperation ParseApiOperation(
            IMethodSymbol method, Handler handler, List<ParsedTemplate> templates, JsonContext? json, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var comment = DocComment.Of(method, cancellationToken);
            if (comment.Error is { } error)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OpenApiDocCommentMalformed, LocationInfo.From(method.Locations[0]), handler.DisplayName, error));
            }

            var schemas = new JsonSchemaBuilder(json?.Naming ?? JsonNaming.Default, cancellationToken);
            var parameters = new List<ApiParameter>();
            ApiRequestBody? body = null;
            foreach (var parameter in handler.Parameters)
            {
                var description = comment.Parameter(parameter.Name);
                switch (parameter.Source)
                {
                    case BindingSource.Route:
                        parameters.Add(new ApiParameter(parameter.SourceName, "path", Required: true, TextSchema(parameter.Type), description));
                        break;
                    case BindingSource.Query:
                        parameters.Add(new ApiParameter(parameter.SourceName, "query", !parameter.IsOptional, TextSchema(parameter.Type), description));
                        break;
                    case BindingSource.Header:
                        parameters.Add(new ApiParameter(parameter.SourceName, "header", !parameter.IsOptional, TextSchema(parameter.Type), description));
                        break;
                    case BindingSource.Body:
                        var symbol = method.Parameters.First(candidate => candidate.Name == parameter.Name);
                        body = RequestBody(parameter, symbol.Type, schemas, description);
                        break;
                }
            }

            var responses = handler.Result.Kind == ValueKind.TypedResult
                ? TypedResultResponses(handler.Result, method, schemas, comment.Returns)
                : [Response(handler.Result, method, schemas, comment.Returns)];
            if (CanBeRejected(handler, templates) && !responses.Any(static response => response.Status == "400"))
            {
                responses.Add(new ApiResponse("400", "A parameter is missing or malformed: the reason names it.", TextPlain, JsonSchema.Of("string")));
            }

            if (body is not null)
            {
                responses.Add(new ApiResponse("413", "The body is larger than the route's limit.", TextPlain, JsonSchema.Of("string")));
            }

            if (body?.ContentType == ApplicationJson)
            {
                responses.Add(new ApiResponse("415", "The body was not sent as application/json.", TextPlain, JsonSchema.Of("string")));
            }

            return new ApiOperation(
                method.Name,
                method.ContainingType.Name,
                comment.Summary,
                comment.Remarks,
                new(parameters),
                body,
                new(responses.OrderBy(static response => response.Status, System.StringComparer.Ordinal)),
                schemas.Components);
        }

        private static ApiRequestBody RequestBody(HandlerParameter parameter, ITypeSymbol type, JsonSchemaBuilder schemas, string? description) => parameter.Kind switch
        {
            ValueKind.Json => new ApiRequestBody(ApplicationJson, schemas.Schema(type) with { Nullable = false }, !parameter.IsOptional, description),
            ValueKind.ByteArray or ValueKind.ByteSpan or ValueKind.Stream or ValueKind.PipeReader
                => new ApiRequestBody(OctetStream, JsonSchema.Of("string", "binary"), Required: false, description),
            // Text, byte and string bodies take an empty body as their empty value: only other types need one.
            ValueKind.String => new ApiRequestBody(TextPlain, TextSchema(parameter.Type), Required: false, description),
            _ => new ApiRequestBody(TextPlain, TextSchema(parameter.Type), !parameter.IsOptional, description),
        };

        /// <summary>The handler's own response: its result's status, media type and schema; <c>default</c> for a status it decides.</summary>
        private static ApiResponse Response(HandlerType result, IMethodSymbol method, JsonSchemaBuilder schemas, string? returns) => result.Kind switch
        {
            ValueKind.Void => new ApiResponse("204", returns ?? "No Content", null, null),
            ValueKind.HttpResult or ValueKind.StreamedResult
                => new ApiResponse("default", returns ?? "The status, headers and body the handler's result decides.", null, null),
            ValueKind.Json => new ApiResponse("200", returns ?? "OK", ApplicationJson, schemas.Schema(ResultType(method))),
            _ => new ApiResponse("200", returns ?? "OK", TextPlain, TextSchema(result)),
        };

        /// <summary>
        /// A typed result's responses, one per case of a union: its status (<c>default</c> for a problem's or a redirect's,
        /// which the value decides), with the JSON schema of its value or the problem details schema.
        /// </summary>
        private static List<ApiResponse> TypedResultResponses(HandlerType result, IMethodSymbol method, JsonSchemaBuilder schemas, string? returns)
        {
            var type = (INamedTypeSymbol)ResultType(method);
            var members = IsUnion(type) ? type.TypeArguments.OfType<INamedTypeSymbol>().ToList() : [type];
            var responses = new List<ApiResponse>();
            for (var i = 0; i < result.Cases.Count; i++)
            {
                var @case = result.Cases[i];
                var status = @case.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default";
                if (responses.Any(response => response.Status == status))
                {
                    continue;
                }

                var schema = @case.Value is not null ? schemas.Schema(members[i].TypeArguments[0])
                    : @case.Name == "ValidationProblem" ? schemas.Known(ProblemSchemas.Validation)
                    : @case.Name == "ProblemHttpResult" ? schemas.Known(ProblemSchemas.Problem)
                    : null;
                var description = @case.StatusCode is >= 200 and < 300 && returns is not null ? returns : CaseDescription(@case);
                responses.Add(new ApiResponse(status, description, @case.ContentType, schema));
            }

            return responses;
        }

        private static string CaseDescription(ResultCase @case) => @case.Name switch
        {
            "Ok" => "OK",
            "Created" => "Created",
            "Accepted" => "Accepted",
            "NoContent" => "No Content",
            "BadRequest" => "Bad Request",
            "NotFound" => "Not Found",
            "Conflict" => "Conflict",
            "UnprocessableEntity" => "Unprocessable Content",
            "ValidationProblem" => "One or more validation errors occurred.",
            "ProblemHttpResult" => "A problem details response (RFC 9457), with the status it names.",
            "RedirectHttpResult" => "A redirection to the URL in Location.",
            _ => @case.Name,
        };

        /// <summary>What the handler's task completes with, or its return type.</summary>
        private static ITypeSymbol ResultType(IMethodSymbol method) => Unwrapped(method.ReturnType).Result ?? method.ReturnType;

        /// <summary>
        /// Whether a request can reach the handler with an argument the binder answers <c>400</c> for: any query, header or
        /// body value (but bytes, taken as they come), and a route value its template does not constrain.
        /// </summary>
        private static bool CanBeRejected(Handler handler, List<ParsedTemplate> templates) => handler.Parameters.Any(parameter => parameter.Source switch
        {
            BindingSource.Query or BindingSource.Header => true,
            BindingSource.Body => parameter.Kind is not (ValueKind.ByteArray or ValueKind.ByteSpan or ValueKind.Stream or ValueKind.PipeReader),
            BindingSource.Route => templates.SelectMany(static template => template.Segments)
                .Any(segment => segment.Text == parameter.Name && segment.Kind is RouteSegmentKind.Parameter or RouteSegmentKind.CatchAll),
            _ => false,
        });

        /// <summary>The schema of a value the binder parses from text, or a result written as text: an enum by its names, as the binder takes them.</summary>
        private static JsonSchema TextSchema(HandlerType type) => type.Kind switch
        {
            ValueKind.Int32 or ValueKind.Int16 => JsonSchema.Of("integer", "int32"),
            ValueKind.Int64 => JsonSchema.Of("integer", "int64"),
            ValueKind.UInt32 => JsonSchema.Of("integer", "uint32"),
            ValueKind.UInt64 => JsonSchema.Of("integer", "uint64"),
            ValueKind.Boolean => JsonSchema.Of("boolean"),
            ValueKind.Double or ValueKind.Decimal => JsonSchema.Of("number", "double"),
            ValueKind.Guid => JsonSchema.Of("string", "uuid"),
            ValueKind.DateTime or ValueKind.DateTimeOffset => JsonSchema.Of("string", "date-time"),
            ValueKind.DateOnly => JsonSchema.Of("string", "date"),
            ValueKind.TimeOnly => JsonSchema.Of("string", "time"),
            ValueKind.Enum => JsonSchema.StringEnum(type.EnumMembers),
            _ => JsonSchema.Of("string"),
        };
    }
}
