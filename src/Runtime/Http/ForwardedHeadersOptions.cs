using System.Collections.Generic;
using System.Net;

namespace MiniHttp;

/// <summary>
/// Which proxies in front of the server are trusted to say who the client is, and in which header they say it
/// (<see cref="ServerOptions.ForwardedHeaders"/>). A request read from any other peer keeps its peer as the client.
/// </summary>
public sealed record ForwardedHeadersOptions
{
    /// <summary>
    /// The addresses of the proxies whose forwarded headers are believed: single addresses as <c>/32</c> or <c>/128</c>
    /// networks (<c>IPNetwork.Parse("10.0.0.7/32")</c>), or whole networks (<c>IPNetwork.Parse("10.0.0.0/8")</c>).
    /// An IPv4 peer that reaches a dual-mode socket as an IPv4-mapped IPv6 address is compared as IPv4.
    /// </summary>
    public required IReadOnlyList<IPNetwork> TrustedProxies { get; init; }

    /// <summary>
    /// The one header the proxies set, <see cref="ForwardedHeaderFormat.XForwarded"/> by default; the other is never read,
    /// so a client cannot slip it past a proxy that does not overwrite it.
    /// </summary>
    public ForwardedHeaderFormat Format { get; init; } = ForwardedHeaderFormat.XForwarded;
}
