using System.Collections.Generic;
using System.Linq;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        /// <summary>
        /// Whether the handler's parameters and one of its templates fit together, after adding a diagnostic for each
        /// way they do not: every route parameter binds to a handler parameter that can hold its value, and every
        /// handler parameter that binds from the route (in any of its templates) is in this one.
        /// </summary>
        private static bool CheckRouteBinding(ParsedTemplate template, Handler handler, List<DiagnosticInfo> diagnostics)
        {
            var diagnosticsBefore = diagnostics.Count;
            var quoted = RouteTemplate.Quote(template.Path);
            var routeParameters = template.Segments.Where(static segment => segment.Kind != RouteSegmentKind.Literal).ToList();

            foreach (var routeParameter in routeParameters)
            {
                var parameter = handler.Parameters.FirstOrDefault(p => p.Source == BindingSource.Route && p.Name == routeParameter.Text);
                if (parameter is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.RouteParameterWithoutHandlerParameter, template.Location, quoted, template.Handler, routeParameter.Text));
                }
                else if (!CanHold(parameter.Kind, routeParameter.Kind))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.RouteParameterTypeMismatch,
                        template.Location,
                        routeParameter.Text,
                        quoted,
                        template.Handler,
                        parameter.Type.DisplayName,
                        TypesThatFit(routeParameter.Kind)));
                }
            }

            foreach (var parameter in handler.Parameters.Where(static p => p.Source == BindingSource.Route))
            {
                if (!routeParameters.Exists(routeParameter => routeParameter.Text == parameter.Name))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.HandlerParameterNotInTemplate, template.Location, parameter.Name, template.Handler, quoted));
                }
            }

            return diagnostics.Count == diagnosticsBefore;
        }

        /// <summary>A constraint fixes the value's type; a value without one is parsed as the parameter's type, or 400.</summary>
        private static bool CanHold(ValueKind kind, RouteSegmentKind segment) => segment switch
        {
            RouteSegmentKind.Int32Parameter => kind is ValueKind.Int32 or ValueKind.Int64,
            RouteSegmentKind.Int64Parameter => kind is ValueKind.Int64,
            RouteSegmentKind.GuidParameter => kind is ValueKind.Guid,
            RouteSegmentKind.CatchAll => kind is ValueKind.String,
            _ => true,
        };

        private static string TypesThatFit(RouteSegmentKind segment) => segment switch
        {
            RouteSegmentKind.Int32Parameter => "int or long",
            RouteSegmentKind.Int64Parameter => "long",
            RouteSegmentKind.GuidParameter => "Guid",
            _ => "string",
        };

        /// <summary>A well-formed template of one attribute, before it is checked against the handler's parameters.</summary>
        private sealed record ParsedTemplate(string Method, string Path, List<RouteSegment> Segments, LocationInfo Location, string Handler);
    }
}
