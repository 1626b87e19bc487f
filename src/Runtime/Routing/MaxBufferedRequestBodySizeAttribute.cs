using System;

namespace MiniHttp;

/// <summary>
/// Sets the largest body a handler's route reads whole before the handler runs, in place of
/// <see cref="ServerLimits.MaxBufferedRequestBodySize"/> (1 MiB by default): larger or smaller. A larger body is answered
/// <c>413 Content Too Large</c> and the connection closes, as soon as its Content-Length or chunk sizes say so.
/// </summary>
/// <remarks>
/// <see cref="ServerLimits.MaxRequestBodySize"/> still bounds every body, so a limit above it has no effect. Only for a
/// handler that takes its body whole (<see cref="HttpRequest.Body"/>, a <c>[FromBody]</c> parameter): a handler that
/// streams its body through a <c>Stream</c> or <c>PipeReader</c> is held to <see cref="ServerLimits.MaxRequestBodySize"/>,
/// and the generator refuses the attribute there (MH0025), as it refuses a limit that is not positive (MH0024). The
/// generator reads the attribute at compile time: a router none of whose handlers has it asks nothing per request.
/// </remarks>
/// <param name="bytes">The largest body, in bytes: positive.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class MaxBufferedRequestBodySizeAttribute(int bytes) : Attribute
{
    /// <summary>The largest body, in bytes.</summary>
    public int Bytes { get; } = bytes;
}
