namespace MiniHttp.Generators;

/// <summary>
/// The runtime's attributes by metadata name: the generator never references the runtime assembly.
/// </summary>
internal static class AttributeNames
{
    public const string Get = "MiniHttp.GetAttribute";
    public const string Post = "MiniHttp.PostAttribute";
    public const string FromBody = "MiniHttp.FromBodyAttribute";
}
