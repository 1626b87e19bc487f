using System;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace MiniHttp.WebSockets;

/// <summary>
/// Checks a client's opening handshake (RFC 6455, section 4.2.1) and computes the server's answer to it (section
/// 4.2.2). The request's parser has already required <c>Host</c> of every HTTP/1.1 request.
/// </summary>
internal static class Handshake
{
    /// <summary>The length of <c>Sec-WebSocket-Accept</c>: the base64 of a SHA-1 hash.</summary>
    public const int AcceptLength = 28;

    private const int KeyLength = 24;

    private static ReadOnlySpan<byte> KeyGuid => "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"u8;

    /// <summary>Checks the handshake and, when it is valid, computes its accept value and selects its subprotocol.</summary>
    /// <param name="supportedSubProtocols">The route's subprotocols; the first of the client's list that is among them is selected.</param>
    /// <param name="accept"><see cref="AcceptLength"/> bytes for <c>Sec-WebSocket-Accept</c>.</param>
    public static HandshakeStatus Check(
        scoped in HttpRequest request, ReadOnlySpan<string> supportedSubProtocols, Span<byte> accept, out string? subProtocol)
    {
        subProtocol = null;
        if (request.Method != RequestMethod.Get || request.Version != ProtocolVersion.Http11)
        {
            return HandshakeStatus.BadRequest;
        }

        var upgrade = false;
        var connectionUpgrade = false;
        var version = ReadOnlySpan<byte>.Empty;
        var versions = 0;
        var key = ReadOnlySpan<byte>.Empty;
        var keys = 0;
        foreach (var field in request.HeaderFields)
        {
            var name = field.Name;
            if (Ascii.EqualsIgnoreCase(name, "Upgrade"u8))
            {
                upgrade |= ListContains(field.Value, "websocket"u8);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Connection"u8))
            {
                connectionUpgrade |= ListContains(field.Value, "upgrade"u8);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Sec-WebSocket-Version"u8))
            {
                version = field.Value;
                versions++;
            }
            else if (Ascii.EqualsIgnoreCase(name, "Sec-WebSocket-Key"u8))
            {
                key = field.Value;
                keys++;
            }
            else if (subProtocol is null && !supportedSubProtocols.IsEmpty && Ascii.EqualsIgnoreCase(name, "Sec-WebSocket-Protocol"u8))
            {
                subProtocol = Select(field.Value, supportedSubProtocols);
            }
        }

        if (!upgrade || !connectionUpgrade)
        {
            return HandshakeStatus.BadRequest;
        }

        if (versions != 1 || !version.SequenceEqual("13"u8))
        {
            return HandshakeStatus.UnsupportedVersion;
        }

        if (keys != 1 || !IsValidKey(key))
        {
            return HandshakeStatus.BadRequest;
        }

        ComputeAccept(key, accept);
        return HandshakeStatus.Accepted;
    }

    /// <summary><c>Sec-WebSocket-Accept</c>: the base64 of the SHA-1 of the key and the protocol's GUID.</summary>
    public static void ComputeAccept(ReadOnlySpan<byte> key, Span<byte> accept)
    {
        Span<byte> keyAndGuid = stackalloc byte[KeyLength + 36];
        key.CopyTo(keyAndGuid);
        KeyGuid.CopyTo(keyAndGuid[key.Length..]);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        // SHA-1 is what the protocol prescribes here (section 4.2.2); it proves a WebSocket server answered, not secrecy.
#pragma warning disable CA5350
        SHA1.HashData(keyAndGuid[..(key.Length + KeyGuid.Length)], hash);
#pragma warning restore CA5350
        Base64.EncodeToUtf8(hash, accept, out _, out _);
    }

    /// <summary>Whether the key is the base64 of 16 bytes (section 4.1): 24 characters, the last two <c>==</c>.</summary>
    private static bool IsValidKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength || !Base64.IsValid(key, out var decodedLength))
        {
            return false;
        }

        return decodedLength == 16;
    }

    /// <summary>Whether the comma-separated token list <paramref name="list"/> holds <paramref name="token"/> (ASCII case-insensitive).</summary>
    private static bool ListContains(ReadOnlySpan<byte> list, ReadOnlySpan<byte> token)
    {
        foreach (var range in list.Split((byte)','))
        {
            if (Ascii.EqualsIgnoreCase(list[range].Trim(" \t"u8), token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first subprotocol of the client's list that the route supports (subprotocol names are case-sensitive).</summary>
    private static string? Select(ReadOnlySpan<byte> offered, ReadOnlySpan<string> supported)
    {
        foreach (var range in offered.Split((byte)','))
        {
            var name = offered[range].Trim(" \t"u8);
            foreach (var candidate in supported)
            {
                if (Ascii.Equals(name, candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
