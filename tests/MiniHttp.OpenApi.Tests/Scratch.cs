namespace MiniHttp.OpenApi.Tests;
public class Scratch { [Fact] public void Print() => System.IO.File.WriteAllBytes("/tmp/doc.json", MiniHttp.Generated.OpenApiDocument.Utf8Json.ToArray()); }
