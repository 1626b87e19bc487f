using System.Text.Json.Serialization;

namespace MiniHttp.Database.Tests;

[JsonSerializable(typeof(string[]))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
