using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// The classes of the instance handlers and of the request hooks, each once, in ordinal order of their fully
        /// qualified names: the order of the router's constructor parameters, which no move of a handler between files
        /// changes. Each carries the constructor <c>Router.Create</c> calls when the container has none registered.
        /// </summary>
        private static List<RoutesInstance> RoutesInstances(EquatableArray<Route> routes, RequestHooks? hooks)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var constructors = routes
                .Where(static route => route.Handler.RoutesClass is not null)
                .Select(static route => (TypeName: route.Handler.RoutesClass!, Constructor: route.Handler.RoutesClassConstructor))
                .Concat(routes.SelectMany(static route => route.Handler.Filters).Select(static filter => (filter.TypeName, filter.Constructor)))
                .Concat(hooks is null ? Array.Empty<(string TypeName, ServiceConstructor? Constructor)>() : [(hooks.TypeName, hooks.Constructor)])
                .GroupBy(static instance => instance.TypeName, StringComparer.Ordinal)
                .OrderBy(static sameClass => sameClass.Key, StringComparer.Ordinal);
            return constructors
                .Select(sameClass => RoutesInstance.Create(sameClass.Key, sameClass.First().Constructor, taken))
                .ToList();
        }

        /// <summary>
        /// Writes the router's fields for the routes instances, the hooks, the singleton services and the scope factory; its
        /// constructors; its <c>Create</c> from services; and its <c>RequiresInstance</c>. A router with none of them keeps
        /// its parameterless form, and its <c>Create</c> is <c>default</c>.
        /// </summary>
        private static void WriteRouterState(IndentedTextWriter writer, RouterState state, RequestHooks? hooks)
        {
            if (!state.HasFields)
            {
                writer.WriteLine("/// <summary>The router: it holds nothing, so the services are not needed.</summary>");
                writer.WriteLine("public static Router Create(global::System.IServiceProvider services) => default;");
                writer.WriteLineNoTabs(string.Empty);
                return;
            }

            foreach (var instance in state.Instances)
            {
                writer.WriteLine($"private readonly {instance.TypeName} {instance.FieldName};");
            }

            foreach (var service in state.Services)
            {
                writer.WriteLine($"private readonly {service.TypeName} {service.FieldName};");
            }

            if (state.OpensScopes)
            {
                writer.WriteLine($"private readonly global::Microsoft.Extensions.DependencyInjection.IServiceScopeFactory {ScopesField};");
            }

            writer.WriteLineNoTabs(string.Empty);
            WriteConstructor(writer, state, hooks);
            WriteRefusedParameterlessConstructor(writer, state);
            WriteCreate(writer, state);
            writer.WriteLine(hooks is null
                ? "/// <summary>True: <c>default(Router)</c> holds no routes instances, so a server needs the constructed one.</summary>"
                : "/// <summary>True: <c>default(Router)</c> holds no hooks, so a server needs the constructed one.</summary>");
            writer.WriteLine("public static bool RequiresInstance => true;");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>
        /// The constructor that takes every field: public when the fields are only routes instances, which an application
        /// without a container constructs itself; private when some are services, which only <c>Create</c> resolves.
        /// </summary>
        private static void WriteConstructor(IndentedTextWriter writer, RouterState state, RequestHooks? hooks)
        {
            var parameters = state.Instances.Select(static instance => $"{instance.TypeName} {instance.ParameterName}")
                .Concat(state.Services.Select(static service => $"{service.TypeName} {service.ParameterName}"))
                .Concat(state.OpensScopes ? [$"global::Microsoft.Extensions.DependencyInjection.IServiceScopeFactory {ScopesParameter}"] : Array.Empty<string>());
            if (state.TakesServices)
            {
                writer.WriteLine("/// <summary>The router over its routes instances and services: see <see cref=\"Create\"/>.</summary>");
                writer.WriteLine($"private Router({string.Join(", ", parameters)})");
            }
            else
            {
                writer.WriteLine(hooks is null
                    ? "/// <summary>A router that calls the instance handlers on these instances, which every connection shares.</summary>"
                    : "/// <summary>A router that calls the request hooks and instance handlers on these instances, which every connection shares.</summary>");
                writer.WriteLine($"public Router({string.Join(", ", parameters)})");
            }

            writer.WriteLine("{");
            writer.Indent++;
            foreach (var (field, parameter) in state.Instances.Select(static i => (i.FieldName, i.ParameterName))
                .Concat(state.Services.Select(static s => (s.FieldName, s.ParameterName)))
                .Concat(state.OpensScopes ? [(ScopesField, ScopesParameter)] : Array.Empty<(string, string)>()))
            {
                writer.WriteLine($"{field} = {parameter} ?? throw new global::System.ArgumentNullException(nameof({parameter}));");
            }

            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>
        /// <c>new Router()</c> on a router with fields would compile (every struct has a parameterless constructor) and
        /// answer every request with a <c>NullReferenceException</c>: declared, and refused at compile time, instead.
        /// </summary>
        private static void WriteRefusedParameterlessConstructor(IndentedTextWriter writer, RouterState state)
        {
            var instead = state.TakesServices
                ? "Router.Create(serviceProvider), or AddMiniHttp<Router>() with the generic host"
                : $"new Router({string.Join(", ", state.Instances.Select(static instance => instance.ParameterName + ": ..."))}), or Router.Create(serviceProvider)";
            var message = $"This router holds routes instances or services, which new Router() would leave null: use {instead}.";
            writer.WriteLine("/// <summary>Refused: the router would hold no routes instances or services.</summary>");
            writer.WriteLine($"[global::System.Obsolete({Literal(message)}, error: true)]");
            writer.WriteLine($"public Router() => throw new global::System.InvalidOperationException({Literal(message)});");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>
        /// Writes <c>Create</c>: each routes class and the hooks from the container, else constructed with their
        /// constructor's services; each singleton resolved once; each per-request service checked to be registered; so
        /// that whatever is missing stops the start, named, rather than failing requests.
        /// </summary>
        private static void WriteCreate(IndentedTextWriter writer, RouterState state)
        {
            const string Services = "global::MiniHttp.Hosting.RouterServices";
            writer.WriteLine("/// <summary>The router over the application's services: routes classes, hooks and singletons resolved once, here.</summary>");
            writer.WriteLine("public static Router Create(global::System.IServiceProvider services)");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var required in state.RequestServices)
            {
                writer.WriteLine($"{Services}.RequireRegistered<{required.TypeName}>(services, {Literal(required.DisplayName)}, {Literal(required.RequiredBy)});");
            }

            var arguments = state.Instances.Select(instance => InstanceResolution(instance, Services))
                .Concat(state.Services.Select(service =>
                    $"{Services}.GetSingleton<{service.TypeName}>(services, {Literal(service.DisplayName)}, {Literal(service.RequiredBy)})"))
                .Concat(state.OpensScopes ? [$"{Services}.GetScopeFactory(services)"] : Array.Empty<string>())
                .ToList();
            writer.WriteLine("return new Router(");
            writer.Indent++;
            for (var i = 0; i < arguments.Count; i++)
            {
                writer.WriteLine(arguments[i] + (i < arguments.Count - 1 ? "," : ");"));
            }

            writer.Indent--;
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>How <c>Create</c> gets a routes instance: registered, else constructed with its constructor's services.</summary>
        private static string InstanceResolution(RoutesInstance instance, string services)
        {
            if (instance.Constructor is not { } constructor)
            {
                return $"{services}.GetRegistered<{instance.TypeName}>(services, {Literal(instance.DisplayName)})";
            }

            var requiredBy = Literal("constructor of " + constructor.DisplayName);
            // A parameter with a default takes it when the container has no such service; a value type always does.
            var arguments = constructor.Parameters.Select(parameter => parameter switch
            {
                { DefaultValue: null } => $"{services}.GetSingleton<{parameter.TypeName}>(s, {Literal(parameter.DisplayName)}, {requiredBy})",
                { IsReferenceType: true, DefaultValue: "null" } => $"s.GetService(typeof({parameter.TypeName})) as {parameter.TypeName}",
                { IsReferenceType: true } => $"s.GetService(typeof({parameter.TypeName})) as {parameter.TypeName} ?? {parameter.DefaultValue}",
                _ => parameter.DefaultValue,
            });
            return $"{services}.GetOrCreate<{instance.TypeName}>(services, static s => new {instance.TypeName}({string.Join(", ", arguments)}))";
        }

        private const string ScopesField = "_scopes";

        private const string ScopesParameter = "scopes";

        /// <summary>What the router holds: routes instances, singleton services, and the scope factory when a route takes a scoped service.</summary>
        private sealed record RouterState(List<RoutesInstance> Instances, List<ServiceField> Services, List<ServiceField> RequestServices, bool OpensScopes)
        {
            public bool HasFields => Instances.Count > 0 || Services.Count > 0 || OpensScopes;

            public bool TakesServices => Services.Count > 0 || OpensScopes;

            public static RouterState Create(EquatableArray<Route> routes, RequestHooks? hooks)
            {
                var instances = RoutesInstances(routes, hooks);
                var taken = new HashSet<string>(instances.Select(static instance => instance.ParameterName.TrimStart('@')), StringComparer.Ordinal) { ScopesParameter };
                var instanceTypes = new HashSet<string>(instances.Select(static instance => instance.TypeName), StringComparer.Ordinal);
                var services = ServiceFields(routes, BindingSource.Services, taken)
                    .Where(service => !instanceTypes.Contains(service.TypeName))
                    .ToList();
                var requestServices = ServiceFields(routes, BindingSource.RequestServices, taken: null);
                return new RouterState(instances, services, requestServices, requestServices.Count > 0);
            }
        }

        /// <summary>
        /// Each service type the handlers take from <paramref name="source"/>, once, in ordinal order of type names; its field
        /// is named after the first parameter that takes it, so the router reads as the handlers do.
        /// </summary>
        private static List<ServiceField> ServiceFields(EquatableArray<Route> routes, BindingSource source, HashSet<string>? taken) => routes
            .SelectMany(static route => route.Handler.Parameters.Select(parameter => (route.Handler, Parameter: parameter)))
            .Where(taking => taking.Parameter.Source == source)
            .GroupBy(static taking => taking.Parameter.Type.TypeName, StringComparer.Ordinal)
            .OrderBy(static sameType => sameType.Key, StringComparer.Ordinal)
            .Select(sameType =>
            {
                var (handler, parameter) = sameType.First();
                var name = parameter.Name;
                for (var suffix = 2; taken is not null && !taken.Add(name); suffix++)
                {
                    name = parameter.Name + suffix.ToString(CultureInfo.InvariantCulture);
                }

                return new ServiceField(
                    sameType.Key,
                    parameter.Type.DisplayName,
                    SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name,
                    $"parameter '{parameter.Name}' of handler '{handler.DisplayName}'");
            })
            .ToList();

        /// <summary>A service the router holds (a singleton) or checks at creation (a per-request one).</summary>
        /// <param name="ParameterName">The constructor's parameter, named after the first handler parameter that takes the service.</param>
        /// <param name="RequiredBy">Who needs it, for the message when it is missing: <c>parameter 'store' of handler 'Todo.TodoRoutes.List'</c>.</param>
        private sealed record ServiceField(string TypeName, string DisplayName, string ParameterName, string RequiredBy)
        {
            public string FieldName => "_" + ParameterName.TrimStart('@');
        }

        /// <summary>One routes class: the router's constructor parameter and field that hold its instance.</summary>
        /// <param name="TypeName">Fully qualified: <c>global::Arena.Json.JsonRoutes</c>.</param>
        /// <param name="ParameterName">The class's name in camelCase, <c>jsonRoutes</c>, numbered from 2 when two classes share a name.</param>
        /// <param name="Constructor">How <c>Create</c> constructs it when the container has none, or null when it must be registered.</param>
        private sealed record RoutesInstance(string TypeName, string ParameterName, ServiceConstructor? Constructor)
        {
            public string FieldName => "_" + ParameterName.TrimStart('@');

            /// <summary>The class as messages name it: <c>Arena.Json.JsonRoutes</c>.</summary>
            public string DisplayName => TypeName.StartsWith("global::", StringComparison.Ordinal) ? TypeName.Substring("global::".Length) : TypeName;

            public static RoutesInstance Create(string typeName, ServiceConstructor? constructor, HashSet<string> taken)
            {
                // The simple name follows the last '.', or the "global::" of a class in the global namespace.
                var name = typeName.Substring(Math.Max(typeName.LastIndexOf('.'), typeName.LastIndexOf(':')) + 1).TrimStart('@');
                var camelCase = char.ToLowerInvariant(name[0]) + name.Substring(1);
                var unique = camelCase;
                for (var suffix = 2; !taken.Add(unique); suffix++)
                {
                    unique = camelCase + suffix.ToString(CultureInfo.InvariantCulture);
                }

                // A class whose name in camelCase is a keyword, Event or Class, is a verbatim parameter: @event.
                var parameterName = SyntaxFacts.GetKeywordKind(unique) == SyntaxKind.None ? unique : "@" + unique;
                return new RoutesInstance(typeName, parameterName, constructor);
            }
        }
    }
}
