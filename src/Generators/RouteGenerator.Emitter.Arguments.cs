using System.CodeDom.Compiler;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// The local holding a parameter's bound value. Every generated local has a prefix that the binder's own
        /// names (<c>request</c>, <c>response</c>) lack, so no handler parameter name can collide with one.
        /// </summary>
        private static string ArgumentLocal(HandlerParameter parameter) => "arg_" + parameter.Name;

        /// <summary>
        /// What the binder passes the handler for a parameter: the bound local, the request itself, or what the
        /// request holds for the connection (the token cancelled when the client leaves, the body as it arrives).
        /// </summary>
        private static string ArgumentExpression(HandlerParameter parameter) => parameter.Kind switch
        {
            ValueKind.Request => "request",
            ValueKind.CancellationToken => "request.Aborted",
            ValueKind.Stream => "request.BodyStream",
            ValueKind.PipeReader => "request.BodyReader",
            ValueKind.Service when parameter.Source == BindingSource.Services => ServiceLocal(parameter),
            _ => ArgumentLocal(parameter),
        };

        /// <summary>The local, or binder parameter, holding a query, route or header value's bytes as sent, before parsing.</summary>
        private static string RawValueLocal(HandlerParameter parameter) => "raw_" + parameter.Name;

        /// <summary>The local an optional parameter's value is parsed into, before it replaces the default.</summary>
        private static string ParsedLocal(HandlerParameter parameter) => "value_" + parameter.Name;

        /// <summary>Writes the statements that bind one argument, answering 400 and returning when it cannot be bound.</summary>
        /// <param name="omitBody">The 400's last argument, <c>", omitBody"</c>, in a binder that also answers <c>HEAD</c>; else empty.</param>
        private static void WriteArgument(IndentedTextWriter writer, HandlerParameter parameter, Route route, string omitBody)
        {
            switch (parameter.Source)
            {
                case BindingSource.Query:
                    WriteLookedUpArgument(
                        writer,
                        parameter,
                        $"QueryString.TryGetValue(request.Query, {Utf8Literal(parameter.SourceName)}, out var {RawValueLocal(parameter)})",
                        RawValueLocal(parameter),
                        $"Query parameter '{parameter.SourceName}'",
                        omitBody);
                    break;
                case BindingSource.Header:
                    WriteLookedUpArgument(
                        writer,
                        parameter,
                        $"request.TryGetHeader({Utf8Literal(parameter.SourceName)}, out var {RawValueLocal(parameter)})",
                        RawValueLocal(parameter),
                        $"Header '{parameter.SourceName}'",
                        omitBody);
                    break;
                case BindingSource.Route:
                    WriteRouteArgument(writer, parameter, route, omitBody);
                    break;
                case BindingSource.Body:
                    WriteBodyArgument(writer, parameter, omitBody);
                    break;
                case BindingSource.RequestServices:
                    WriteRequestServiceArgument(writer, parameter, route);
                    break;
                default:
                    // The request itself needs no binding.
                    break;
            }
        }

        /// <summary>
        /// A constrained route value arrives parsed (a value that does not parse never matched); any other arrives
        /// raw and is parsed here, where a value that does not parse is the client's mistake: 400, not 404.
        /// </summary>
        private static void WriteRouteArgument(IndentedTextWriter writer, HandlerParameter parameter, Route route, string omitBody)
        {
            var segment = route.Segments.First(s => s.Kind != RouteSegmentKind.Literal && s.Text == parameter.Name);
            if (IsConstrained(segment.Kind))
            {
                return;
            }

            var raw = RawValueLocal(parameter);
            if (parameter.Kind == ValueKind.ByteSpan)
            {
                writer.WriteLine($"ReadOnlySpan<byte> {ArgumentLocal(parameter)} = {raw};");
                writer.WriteLineNoTabs(string.Empty);
                return;
            }

            WriteGuard(writer, ParseCall(parameter, "RouteValues", raw, ArgumentLocal(parameter)), Invalid($"Route value '{parameter.Name}'", parameter), omitBody);
        }

        /// <summary>
        /// The body is missing when it is empty; text and bytes take an empty body as their empty value, so only the
        /// other kinds can be missing.
        /// </summary>
        private static void WriteBodyArgument(IndentedTextWriter writer, HandlerParameter parameter, string omitBody)
        {
            var local = ArgumentLocal(parameter);
            var subject = $"Request body for parameter '{parameter.Name}'";
            switch (parameter.Kind)
            {
                case ValueKind.ByteSpan:
                    writer.WriteLine($"ReadOnlySpan<byte> {local} = request.Body;");
                    writer.WriteLineNoTabs(string.Empty);
                    break;
                case ValueKind.ByteArray:
                    writer.WriteLine($"byte[] {local} = request.Body.ToArray();");
                    writer.WriteLineNoTabs(string.Empty);
                    break;
                case ValueKind.String:
                    WriteGuard(writer, ParseCall(parameter, "ArgumentParser", "request.Body", local), Invalid(subject, parameter), omitBody);
                    break;
                case ValueKind.Stream or ValueKind.PipeReader:
                    // Read by the handler as it arrives: nothing to bind before the call.
                    break;
                case ValueKind.Json:
                    // An empty body is missing, whatever its Content-Type says, as ASP.NET Core binds a request without one.
                    writer.WriteLine("if (!request.Body.IsEmpty && !JsonBody.HasJsonContentType(in request))");
                    writer.WriteLine("{");
                    writer.Indent++;
                    writer.WriteLine($"response.WriteUnsupportedMediaType({Utf8Literal(subject + " must be sent as application/json.")}{omitBody});");
                    writer.WriteLine("return;");
                    writer.Indent--;
                    writer.WriteLine("}");
                    writer.WriteLineNoTabs(string.Empty);
                    WriteLookedUpArgument(writer, parameter, "!request.Body.IsEmpty", "request.Body", subject, omitBody);
                    break;
                default:
                    WriteLookedUpArgument(writer, parameter, "!request.Body.IsEmpty", "request.Body", subject, omitBody);
                    break;
            }
        }

        /// <summary>
        /// Writes the binding of a value that may be missing: a required one answers 400 when it is; an optional one
        /// keeps its default. A value that is there but does not parse is 400 either way.
        /// </summary>
        /// <param name="found">The condition that finds the value, declaring <paramref name="raw"/> if it needs to.</param>
        /// <param name="raw">The value's bytes as sent, once found.</param>
        /// <param name="subject">How the 400's reason names the value: <c>Query parameter 'a'</c>.</param>
        private static void WriteLookedUpArgument(
            IndentedTextWriter writer, HandlerParameter parameter, string found, string raw, string subject, string omitBody)
        {
            var local = ArgumentLocal(parameter);
            if (!parameter.IsOptional)
            {
                WriteGuard(writer, found, $"{subject} is missing.", omitBody);
                if (parameter.Kind == ValueKind.ByteSpan)
                {
                    writer.WriteLine($"ReadOnlySpan<byte> {local} = {raw};");
                    writer.WriteLineNoTabs(string.Empty);
                    return;
                }

                WriteGuard(writer, ParseCall(parameter, ParserClass(parameter.Source), raw, local), Invalid(subject, parameter), omitBody);
                if (parameter.Kind == ValueKind.Json && parameter.Type.IsReferenceType)
                {
                    WriteRejection(writer, $"{local} is null", $"{subject} must not be null.", omitBody);
                }

                return;
            }

            writer.WriteLine($"{parameter.DeclaredTypeName} {local} = {parameter.DefaultValue};");
            writer.WriteLine(IsEmptyWhenAbsent(parameter) ? $"if ({found} && !{raw}.IsEmpty)" : $"if ({found})");
            writer.WriteLine("{");
            writer.Indent++;
            if (parameter.Kind == ValueKind.ByteSpan)
            {
                writer.WriteLine($"{local} = {raw};");
            }
            else
            {
                var parsed = ParsedLocal(parameter);
                WriteGuard(writer, ParseCall(parameter, ParserClass(parameter.Source), raw, parsed), Invalid(subject, parameter), omitBody);
                writer.WriteLine($"{local} = {parsed};");
            }

            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>
        /// Whether an empty query or header value leaves an optional parameter its default, as ASP.NET Core binds
        /// <c>?limit=</c> to a null <c>int?</c>: no number, date or name is empty, while text and bytes can be.
        /// </summary>
        private static bool IsEmptyWhenAbsent(HandlerParameter parameter) =>
            parameter.Source is BindingSource.Query or BindingSource.Header
            && parameter.Kind is not (ValueKind.String or ValueKind.ByteSpan);

        /// <summary>Query values are percent-decoded; header values and bodies are taken as they are.</summary>
        private static string ParserClass(BindingSource source) => source == BindingSource.Query ? "QueryString" : "ArgumentParser";

        /// <summary>
        /// The call that parses <paramref name="raw"/> into a new local <paramref name="target"/>, through
        /// <paramref name="parserClass"/> (<c>QueryString</c>, <c>RouteValues</c> or <c>ArgumentParser</c>).
        /// </summary>
        private static string ParseCall(HandlerParameter parameter, string parserClass, string raw, string target)
        {
            var type = parameter.Type;
            return type.Kind switch
            {
                ValueKind.Json => $"JsonBody.TryDeserialize({raw}, {type.JsonTypeInfo}, out var {target})",
                ValueKind.Enum when parserClass == "ArgumentParser" => $"{EnumParserName(type)}.TryParse({raw}, out var {target})",
                ValueKind.Enum => $"{parserClass}.TryParse<{type.TypeName}, {EnumParserName(type)}>({raw}, out var {target})",
                _ => $"{parserClass}.{ParseMethod(type.Kind)}({raw}, out var {target})",
            };
        }

        /// <summary>The <c>MiniHttp.Binding</c> method that turns bytes into a value of <paramref name="kind"/>.</summary>
        private static string ParseMethod(ValueKind kind) => kind switch
        {
            ValueKind.String => "TryDecodeString",
            _ => "TryParse" + kind,
        };

        /// <summary>The 400's reason for a value that is there but does not parse.</summary>
        private static string Invalid(string subject, HandlerParameter parameter) => parameter.Kind switch
        {
            ValueKind.String when parameter.Source is BindingSource.Query or BindingSource.Route => $"{subject} is not valid percent-encoded UTF-8.",
            ValueKind.String => $"{subject} is not valid UTF-8.",
            ValueKind.Json => $"{subject} is not valid JSON for {parameter.Type.DisplayName}.",
            _ => $"{subject} is not a valid {parameter.Type.DisplayName}.",
        };

        /// <summary>Writes <c>if (!condition) { 400 with reason; return; }</c> and a blank line after it.</summary>
        private static void WriteGuard(IndentedTextWriter writer, string condition, string badRequestReason, string omitBody) =>
            WriteRejection(writer, condition.StartsWith("!", System.StringComparison.Ordinal) ? condition.Substring(1) : "!" + condition, badRequestReason, omitBody);

        /// <summary>Writes <c>if (failure) { 400 with reason; return; }</c> and a blank line after it.</summary>
        private static void WriteRejection(IndentedTextWriter writer, string failure, string badRequestReason, string omitBody)
        {
            writer.WriteLine($"if ({failure})");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"response.WriteBadRequest({Utf8Literal(badRequestReason)}{omitBody});");
            writer.WriteLine("return;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }
    }
}
