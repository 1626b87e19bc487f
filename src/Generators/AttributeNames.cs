namespace MiniHttp.Generators;

/// <summary>
/// The runtime's attributes by metadata name: the generator never references the runtime assembly.
/// </summary>
internal static class AttributeNames
{
    public const string Get = "MiniHttp.GetAttribute";
    public const string Post = "MiniHttp.PostAttribute";
    public const string Put = "MiniHttp.PutAttribute";
    public const string Delete = "MiniHttp.DeleteAttribute";
    public const string Patch = "MiniHttp.PatchAttribute";

    /// <summary><c>[Route("METHOD", "/path")]</c>: the method is its first argument rather than its name.</summary>
    public const string Route = "MiniHttp.RouteAttribute";

    public const string FromBody = "MiniHttp.FromBodyAttribute";
}
