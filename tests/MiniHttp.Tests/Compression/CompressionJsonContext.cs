using System.Text.Json.Serialization;

namespace MiniHttp.Tests.Compression;

internal sealed record Problem(string Field, int Code);

[JsonSerializable(typeof(Problem[]))]
internal sealed partial class CompressionJsonContext : JsonSerializerContext;
