using System.Linq;
using System.Threading.Tasks;

namespace MiniHttp.Generators.Tests.Compression;

/// <summary>Handlers with and without <c>[Compress]</c>, compiled into this project's router by the generator.</summary>
public static class CompressRoutes
{
    /// <summary>About 3 KB of text that compresses well.</summary>
    public static readonly string Text = string.Concat(Enumerable.Range(0, 300).Select(static i => $"line {i % 7}\n"));

    [Get("/compress/text")]
    [Compress]
    public static string CompressedText() => Text;

    [Get("/compress/off")]
    public static string UncompressedText() => Text;

    [Get("/compress/later")]
    [Compress(MinimumSize = 0)]
    public static async Task<string> Later()
    {
        await Task.Yield();
        return Text;
    }
}
