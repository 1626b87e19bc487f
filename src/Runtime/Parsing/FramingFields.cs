using System;
using System.Text;
using static MiniHttp.Parsing.ReadResults;

namespace MiniHttp.Parsing;

/// <summary>
/// Collects the header fields that decide how a request is framed and whether its connection persists
/// (Host, Content-Length, Transfer-Encoding, Connection), then decides once the whole header section is in.
/// </summary>
/// <remarks>
/// Each field's own syntax is checked as its line arrives; how the fields combine is decided only in
/// <see cref="TryComplete"/>, so the outcome does not depend on the order in which lines arrive in receives.
/// </remarks>
internal struct FramingFields
{
    private bool _hasHost;
    private bool _hasContentLength;
    private long _contentLength;
    private bool _hasTransferEncoding;
    private bool _chunked;
    private bool _otherCoding;
    private bool _close;
    private bool _keepAlive;

    /// <summary>Takes in one header field; fields other than the four it knows are ignored.</summary>
    public ReadStatus Add(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, out RequestRejection rejection)
    {
        rejection = default;
        return name.Length switch
        {
            4 when Ascii.EqualsIgnoreCase(name, "Host"u8) => AddHost(value, out rejection),
            10 when Ascii.EqualsIgnoreCase(name, "Connection"u8) => AddConnection(value, out rejection),
            14 when Ascii.EqualsIgnoreCase(name, "Content-Length"u8) => AddContentLength(value, out rejection),
            17 when Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8) => AddTransferEncoding(value, out rejection),
            _ => ReadStatus.Complete,
        };
    }

    /// <summary>Decides the framing and persistence of a request whose whole header section has been added.</summary>
    public readonly ReadStatus TryComplete(
        ProtocolVersion version,
        long maxBodySize,
        out BodyFraming framing,
        out long contentLength,
        out bool keepAlive,
        out RequestRejection rejection)
    {
        framing = BodyFraming.None;
        contentLength = 0;
        keepAlive = !_close && (version == ProtocolVersion.Http11 || _keepAlive);
        rejection = default;

        // RFC 9112, section 3.2: an HTTP/1.1 request without Host is rejected; section 6.1 and 6.3 below.
        if (version == ProtocolVersion.Http11 && !_hasHost)
        {
            return Rejected(RequestRejection.MissingHost, out rejection);
        }

        if (_hasTransferEncoding)
        {
            if (version == ProtocolVersion.Http10)
            {
                return Rejected(RequestRejection.TransferEncodingInHttp10, out rejection);
            }

            if (_hasContentLength)
            {
                return Rejected(RequestRejection.ContentLengthWithTransferEncoding, out rejection);
            }

            if (!_chunked)
            {
                return Rejected(RequestRejection.ChunkedNotFinal, out rejection);
            }

            if (_otherCoding)
            {
                return Rejected(RequestRejection.UnsupportedTransferCoding, out rejection);
            }

            framing = BodyFraming.Chunked;
            return ReadStatus.Complete;
        }

        if (_hasContentLength)
        {
            if (_contentLength > maxBodySize)
            {
                return Rejected(RequestRejection.BodyTooLarge, out rejection);
            }

            framing = BodyFraming.ContentLength;
            contentLength = _contentLength;
        }

        return ReadStatus.Complete;
    }

    private ReadStatus AddHost(ReadOnlySpan<byte> value, out RequestRejection rejection)
    {
        rejection = default;
        if (_hasHost)
        {
            return Rejected(RequestRejection.MultipleHosts, out rejection);
        }

        _hasHost = true;
        return value.IsEmpty || value.ContainsAnyExcept(HttpCharacters.Host)
            ? Rejected(RequestRejection.InvalidHost, out rejection)
            : ReadStatus.Complete;
    }

    private ReadStatus AddContentLength(ReadOnlySpan<byte> value, out RequestRejection rejection)
    {
        rejection = default;
        if (!ContentLength.TryParse(value, out var length))
        {
            return Rejected(RequestRejection.InvalidContentLength, out rejection);
        }

        // RFC 9110, section 8.6 allows a repeated field with the same value; any other repetition is smuggling bait.
        if (_hasContentLength && length != _contentLength)
        {
            return Rejected(RequestRejection.ConflictingContentLengths, out rejection);
        }

        _hasContentLength = true;
        _contentLength = length;
        return ReadStatus.Complete;
    }

    /// <summary>
    /// Reads the list of transfer codings (RFC 9112, section 6.1), which may span several field lines.
    /// Anything after <c>chunked</c> is rejected at once: chunked would then either not be final or be applied twice.
    /// </summary>
    private ReadStatus AddTransferEncoding(ReadOnlySpan<byte> value, out RequestRejection rejection)
    {
        rejection = default;
        var codings = 0;
        foreach (var range in value.Split((byte)','))
        {
            var coding = value[range].Trim(HttpCharacters.Whitespace);
            if (coding.IsEmpty)
            {
                // RFC 9110, section 5.6.1: empty list elements are ignored.
                continue;
            }

            if (!HttpCharacters.IsToken(coding))
            {
                return Rejected(RequestRejection.InvalidTransferEncoding, out rejection);
            }

            if (_chunked)
            {
                return Rejected(RequestRejection.ChunkedNotFinal, out rejection);
            }

            codings++;
            if (Ascii.EqualsIgnoreCase(coding, "chunked"u8))
            {
                _chunked = true;
            }
            else
            {
                _otherCoding = true;
            }
        }

        _hasTransferEncoding = true;
        return codings == 0 ? Rejected(RequestRejection.InvalidTransferEncoding, out rejection) : ReadStatus.Complete;
    }

    /// <summary>Reads the connection options (RFC 9112, section 9.6); <c>close</c> wins over <c>keep-alive</c>.</summary>
    private ReadStatus AddConnection(ReadOnlySpan<byte> value, out RequestRejection rejection)
    {
        rejection = default;
        foreach (var range in value.Split((byte)','))
        {
            var option = value[range].Trim(HttpCharacters.Whitespace);
            if (option.IsEmpty)
            {
                continue;
            }

            if (!HttpCharacters.IsToken(option))
            {
                return Rejected(RequestRejection.InvalidConnection, out rejection);
            }

            _close |= Ascii.EqualsIgnoreCase(option, "close"u8);
            _keepAlive |= Ascii.EqualsIgnoreCase(option, "keep-alive"u8);
        }

        return ReadStatus.Complete;
    }
}
