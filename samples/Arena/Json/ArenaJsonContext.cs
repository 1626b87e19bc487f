using System.Text.Json.Serialization;

namespace Arena.Json;

/// <summary>Serialization metadata generated at compile time, so no reflection runs (and Native AOT keeps working).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DatasetItem[]))]
[JsonSerializable(typeof(PricedItems))]
[JsonSerializable(typeof(Database.DatabaseItems))]
public sealed partial class ArenaJsonContext : JsonSerializerContext;
