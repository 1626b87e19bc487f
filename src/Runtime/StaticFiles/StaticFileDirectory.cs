using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Unicode;
using MiniHttp.Binding;

namespace MiniHttp.StaticFiles;

/// <summary>
/// One <see cref="StaticFileMapping"/> made ready to serve: its prefix as bytes and its root resolved. Turns a request
/// path under the prefix into a file path that cannot leave the root, or refuses it.
/// </summary>
/// <remarks>
/// The request path reaching here is already normalized (no <c>.</c> or <c>..</c> segment, however encoded). What is
/// refused on top: an encoded slash or backslash (a segment must stay one segment), NUL and other control bytes, bytes
/// that are not UTF-8 (overlong forms included), segments starting with a dot (dotfiles and hidden directories), empty
/// segments and a trailing slash (directories are never listed), and any symbolic link under the root whose target lies
/// outside it. Refused and missing files alike are <c>404</c>: a client learns nothing of what exists.
/// </remarks>
internal sealed class StaticFileDirectory
{
    // A longer path names no file on any common file system; refusing it keeps the decode buffer on the stack.
    private const int MaxRelativePathLength = 1024;

    private static readonly SearchValues<byte> s_refusedBytes = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\\:"u8);

    private readonly byte[] _prefix;
    private readonly string _root;

    public StaticFileDirectory(StaticFileMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var requestPath = mapping.RequestPath;
        if (string.IsNullOrEmpty(requestPath) || requestPath[0] != '/' || (requestPath.Length > 1 && requestPath[^1] == '/'))
        {
            throw new ArgumentException($"A static files request path starts with '/' and has no trailing '/': '{requestPath}'.", nameof(mapping));
        }

        _prefix = Encoding.UTF8.GetBytes(requestPath == "/" ? "" : requestPath);
        var root = new DirectoryInfo(Path.GetFullPath(mapping.RootDirectory));
        if (!root.Exists)
        {
            throw new DirectoryNotFoundException($"The static files directory '{root.FullName}' does not exist.");
        }

        _root = Path.TrimEndingDirectorySeparator(root.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? root.FullName);
        ServePrecompressed = mapping.ServePrecompressed;
        CompressOnTheFly = mapping.CompressOnTheFly;
    }

    public bool ServePrecompressed { get; }

    public bool CompressOnTheFly { get; }

    /// <summary>Whether <paramref name="path"/> lies under this mapping's prefix (a whole segment of it, not a prefix of a name).</summary>
    public bool Covers(ReadOnlySpan<byte> path) =>
        path.StartsWith(_prefix) && path.Length > _prefix.Length && path[_prefix.Length] == (byte)'/';

    /// <summary>The file a path under the prefix names, or false for a path that names none or is refused.</summary>
    public bool TryResolve(ReadOnlySpan<byte> path, out string fullPath)
    {
        fullPath = "";
        var encoded = path[(_prefix.Length + 1)..];
        Span<byte> decoded = stackalloc byte[MaxRelativePathLength];
        if (encoded.Length > decoded.Length
            || ContainsEncodedSeparator(encoded)
            || !PercentDecoding.TryDecodeSegment(encoded, decoded, out var length)
            || !IsAcceptedRelativePath(decoded[..length]))
        {
            return false;
        }

        var relative = Encoding.UTF8.GetString(decoded[..length]);
        var candidate = Path.Join(_root, relative);
        if (!StaysUnderRoot(candidate))
        {
            return false;
        }

        fullPath = candidate;
        return true;
    }

    private static bool ContainsEncodedSeparator(ReadOnlySpan<byte> encoded)
    {
        for (var at = encoded.IndexOf((byte)'%'); at >= 0 && at + 2 < encoded.Length; at = NextPercent(encoded, at))
        {
            if (encoded[at + 1] == (byte)'2' && (encoded[at + 2] | 0x20) == (byte)'f')
            {
                return true;
            }

            if (encoded[at + 1] == (byte)'5' && (encoded[at + 2] | 0x20) == (byte)'c')
            {
                return true;
            }
        }

        return false;
    }

    private static int NextPercent(ReadOnlySpan<byte> encoded, int at)
    {
        var next = encoded[(at + 1)..].IndexOf((byte)'%');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool IsAcceptedRelativePath(ReadOnlySpan<byte> relative)
    {
        if (relative.IsEmpty || relative.ContainsAny(s_refusedBytes) || !Utf8.IsValid(relative))
        {
            return false;
        }

        foreach (var range in relative.Split((byte)'/'))
        {
            var segment = relative[range];
            if (segment.IsEmpty || segment[0] == (byte)'.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether every component of <paramref name="candidate"/> below the root is a plain entry, or a symbolic link whose
    /// final target is still under the root. A component that does not exist is left for the open to report.
    /// </summary>
    private bool StaysUnderRoot(string candidate)
    {
        var component = candidate;
        while (component.Length > _root.Length)
        {
            var info = new FileInfo(component);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null || !IsUnderRoot(target))
                {
                    return false;
                }
            }

            component = Path.GetDirectoryName(component) ?? "";
        }

        return true;
    }

    private bool IsUnderRoot(string path) =>
        path.Length > _root.Length && path.StartsWith(_root, StringComparison.Ordinal) && path[_root.Length] == Path.DirectorySeparatorChar;
}
