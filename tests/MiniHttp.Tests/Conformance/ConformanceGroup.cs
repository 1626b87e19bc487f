namespace MiniHttp.Tests.Conformance;

/// <summary>Every conformance class shares one server.</summary>
[CollectionDefinition(Name)]
public sealed class ConformanceGroup : ICollectionFixture<ConformanceServer>
{
    public const string Name = "Conformance";
}
