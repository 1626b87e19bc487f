using System;

namespace MiniHttp;

/// <summary>
/// Names the application's source-generated <c>JsonSerializerContext</c>, once per assembly:
/// <c>[assembly: JsonContext(typeof(AppJsonContext))]</c>. A <c>[FromBody]</c> parameter or a result whose type
/// the context lists with <c>[JsonSerializable(typeof(T))]</c> is read or written as JSON through its metadata,
/// so nothing is discovered by reflection.
/// </summary>
/// <remarks>The source generator reads this attribute; nothing reads it at run time.</remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class JsonContextAttribute(Type contextType) : Attribute
{
    /// <summary>The context: a partial class deriving from <c>System.Text.Json.Serialization.JsonSerializerContext</c>.</summary>
    public Type ContextType { get; } = contextType;
}
