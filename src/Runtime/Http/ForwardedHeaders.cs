using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace MiniHttp;

/// <summary>
/// Finds a request's client and scheme behind trusted proxies (<see cref="ServerOptions.ForwardedHeaders"/>), only when a
/// handler asks: nothing here runs for a request whose handler does not.
/// </summary>
/// <remarks>
/// The rule is the usual one: each proxy appends the address it received the request from, so the hops are walked from
/// the nearest (the connection's peer) back towards the client, and the first address that is not a trusted proxy is
/// the client. Everything left of it could have been written by that client, so none of it is believed. A header that
/// does not parse is ignored whole: the peer is the client, and the scheme is the connection's.
/// </remarks>
internal static partial class ForwardedHeaders
{
    public static ForwardedClient Resolve(ReadOnlySpan<byte> headers, ConnectionContext connection)
    {
        var peer = connection.RemoteEndPoint is IPEndPoint { Address: var peerAddress } ? Normalize(peerAddress) : null;
        var connectionClient = new ForwardedClient(peer, connection.IsHttps);
        if (connection.ForwardedHeaders is not { } options || peer is null || !IsTrusted(peer, options))
        {
            return connectionClient;
        }

        var hops = new List<ForwardedHop>();
        var read = options.Format == ForwardedHeaderFormat.Forwarded ? TryReadForwarded(headers, hops) : TryReadXForwarded(headers, hops);
        if (!read)
        {
            return connectionClient;
        }

        var client = peer;
        var isHttps = connection.IsHttps;
        for (var i = hops.Count - 1; i >= 0 && IsTrusted(client, options); i--)
        {
            isHttps = hops[i].IsHttps ?? isHttps;
            if (hops[i].For is not { } address)
            {
                // The proxy hid its client (unknown, an obfuscated name) or did not name it: the walk cannot go further.
                break;
            }

            client = address;
        }

        return new ForwardedClient(client, isHttps);
    }

    private static bool IsTrusted(IPAddress address, ForwardedHeadersOptions options)
    {
        // Indexed rather than foreach, which would allocate an enumerator for every request from an untrusted peer.
        var networks = options.TrustedProxies;
        for (var i = 0; i < networks.Count; i++)
        {
            if (networks[i].Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    // Scheme names are case-insensitive (RFC 3986, section 3.1); a proxy speaks only these two to the server.
    private static bool TryParseScheme(ReadOnlySpan<byte> value, out bool isHttps)
    {
        isHttps = Ascii.EqualsIgnoreCase(value, "https"u8);
        return isHttps || Ascii.EqualsIgnoreCase(value, "http"u8);
    }
}
