using System;

namespace MiniHttp.Parsing;

internal static class BodyLimit
{
    /// <summary>The largest body to accept: a body is handed out as one span, so never longer than an array, whatever the limit says.</summary>
    public static long Of(ServerLimits limits) => Math.Min(limits.MaxRequestBodySize, Array.MaxLength);
}
