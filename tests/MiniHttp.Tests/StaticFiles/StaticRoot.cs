using System;
using System.IO;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>
/// A temporary site: <c>root/</c> with files, a subdirectory, a dotfile, precompressed siblings and symbolic links in
/// and out of it, and a <c>secret.txt</c> beside the root that no request may reach.
/// </summary>
internal sealed class StaticRoot : IDisposable
{
    public StaticRoot()
    {
        Parent = Directory.CreateTempSubdirectory("minihttp-static-").FullName;
        Root = Path.Combine(Parent, "root");
        Directory.CreateDirectory(Path.Combine(Root, "css"));
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        Write("index.html", "<h1>home</h1>");
        Write("css/site.css", "body{color:red}");
        Write("app.js", "console.log('app');");
        Write("app.js.br", "BROTLI-BYTES");
        Write("app.js.gz", "GZIP-BYTES");
        Write("only-gz.js", "plain");
        Write("only-gz.js.gz", "GZ");
        Write("logo.png", "PNG");
        Write("unknown.xyz", "???");
        Write("caf\u00e9.txt", "accent");
        Write(".env", "SECRET=1");
        Write(".git/config", "[core]");
        File.WriteAllText(Path.Combine(Parent, "secret.txt"), "outside");
        File.CreateSymbolicLink(Path.Combine(Root, "inside-link.css"), Path.Combine(Root, "css", "site.css"));
        File.CreateSymbolicLink(Path.Combine(Root, "outside-link.txt"), Path.Combine(Parent, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Root, "outside-dir"), Parent);
    }

    public string Parent { get; }

    public string Root { get; }

    public void Write(string relativePath, string content) => File.WriteAllText(Path.Combine(Root, relativePath), content);

    public void Dispose() => Directory.Delete(Parent, recursive: true);
}
