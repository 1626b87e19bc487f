using System.IO;
using System.Runtime.CompilerServices;

namespace MiniHttp.Generators.Tests.Infrastructure;

/// <summary>
/// Compares text with a snapshot committed next to the test source, named as Verify names them:
/// <c>&lt;Class&gt;.&lt;Test&gt;.verified.cs</c>, where the class is the test file's name. On a mismatch it writes
/// <c>&lt;Class&gt;.&lt;Test&gt;.received.cs</c> beside it and fails: review the difference, then move the received
/// file over the verified one to accept it.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var prefix = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(testFile)}.{test}");
        var verified = prefix + ".verified.cs";
        var received = prefix + ".received.cs";

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == Normalize(actual))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"The text differs from {verified}: compare it with {received}, and if the change is intended, move that over it."
            : $"There is no snapshot {verified} yet: review {received} and rename it to that.");
    }

    // A checkout with CRLF line endings must not fail a snapshot taken with LF.
    private static string Normalize(string text) => text.ReplaceLineEndings("\n");
}
