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
        /// <summary>The hooks <c>[assembly: RequestHooks(typeof(X))]</c> names, if any, checked.</summary>
        public static RequestHooksDeclaration ParseRequestHooks(Compilation compilation, CancellationToken cancellationToken)
        {
            var attribute = compilation.Assembly.GetAttributes()
                .FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.RequestHooks));
            if (attribute?.ConstructorArguments.FirstOrDefault().Value is not INamedTypeSymbol hooks)
            {
                return RequestHooksDeclaration.None;
            }

            var hooksInterfaces = hooks.AllInterfaces
                .Where(static type => IsNamed(type.OriginalDefinition, AttributeNames.IRequestHooks))
                .ToList();
            if (hooks is { TypeKind: TypeKind.Class, IsAbstract: false, IsGenericType: false }
                && IsReachableFromGeneratedCode(hooks)
                && hooksInterfaces.Count == 1
                && ImplementsCallably(hooks, hooksInterfaces[0]))
            {
                return new RequestHooksDeclaration(
                    new RequestHooks(
                        hooks.ToDisplayString(TypeNameFormat),
                        hooksInterfaces[0].TypeArguments[0].ToDisplayString(TypeNameFormat),
                        ParseServiceConstructor(hooks)),
                    Diagnostic: null);
            }

            return new RequestHooksDeclaration(
                Hooks: null,
                DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRequestHooks, AssemblyAttributeLocation(attribute, cancellationToken), hooks.ToDisplayString()));
        }

        /// <summary>
        /// Whether the hooks implement the interface's methods with ordinary public or internal methods, which the router
        /// calls on the class itself; an explicit implementation could be called only through the interface.
        /// </summary>
        private static bool ImplementsCallably(INamedTypeSymbol hooks, INamedTypeSymbol hooksInterface) =>
            hooksInterface.GetMembers().OfType<IMethodSymbol>().All(member =>
                hooks.FindImplementationForInterfaceMember(member) is IMethodSymbol { MethodKind: MethodKind.Ordinary } implementation
                && IsVisibleInAssembly(implementation.DeclaredAccessibility));
    }
}
