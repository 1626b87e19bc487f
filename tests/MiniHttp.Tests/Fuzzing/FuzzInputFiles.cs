using System;
using System.IO;
using System.Linq;

namespace MiniHttp.Tests.Fuzzing;

/// <summary>A fuzz target's seed corpus and regressions, as copied to the test output under <c>Fuzzing/</c>.</summary>
internal static class FuzzInputFiles
{
    /// <summary>Every file with the extension in the folders, each as a path relative to <c>Fuzzing/</c>, in ordinal order.</summary>
    public static TheoryData<string> In(string extension, params string[] folders)
    {
        var inputs = new TheoryData<string>();
        foreach (var folder in folders)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Fuzzing", folder);
            var files = Directory.Exists(path) ? Directory.GetFiles(path, "*" + extension) : [];
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                inputs.Add(Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        return inputs;
    }

    public static byte[] Read(string input) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fuzzing", input));
}
