using System;
using System.Text;
using static MiniHttp.Parsing.ReadResults;

namespace MiniHttp.Parsing;

/// <summary>
/// Collects the header fields that decide how a request is framed and whether its connection persists
/// (Host, Content-Length, Transfer-Encoding, Connection, Expect), then decides once the whole header section is in.
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
    private bool _expectsContinue;
    private bool _unsupportedExpectation;

    /// <summary>Whether the request asked for <c>100 Continue</c> before it sends its body (RFC 9110, section 10.1.1).</summary>
    public readonly bool ExpectsContinue => _expectsContinue;

    /// <summary>Takes in one header field; fields other than the five it knows are ignored.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The field value, without surrounding whitespace.</param>
    /// <param name="targetAuthority">The authority of an absolute-form request target, which Host must repeat; empty for other forms.</param>
    /// <param name="rejection">Why the field was rejected.</param>
    public ReadStatus Add(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, ReadOnlySpan<byte> targetAuthority, out RequestRejection rejection)
    {
        rejection = default;
        return name.Length switch
        {
            4 when Ascii.EqualsIgnoreCase(name, "Host"u8) => AddHost(value, targetAuthority, out rejection),
            6 when Ascii.EqualsIgnoreCase(name, "Expect"u8) => AddExpect(value),
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
        }
        else if (_hasContentLength)
        {
            if (_contentLength > maxBodySize)
            {
                return Rejected(RequestRejection.BodyTooLarge, out rejection);
            }

            framing = BodyFraming.ContentLength;
            contentLength = _contentLength;
        }

        // Checked after framing, so a request refused for its framing or size gets that answer instead (RFC 9110, section 10.1.1).
        return _unsupportedExpectation ? Rejected(RequestRejection.UnsupportedExpectation, out rejection) : ReadStatus.Complete;
    }

    private ReadStatus AddHost(ReadOnlySpan<byte> value, ReadOnlySpan<byte> targetAuthority, out RequestRejection rejection)
    {
        rejection = default;
        if (_hasHost)
        {
            return Rejected(RequestRejection.MultipleHosts, out rejection);
        }

        _hasHost = true;
        if (value.IsEmpty || value.ContainsAnyExcept(HttpCharacters.Host))
        {
            return Rejected(RequestRejection.InvalidHost, out rejection);
        }

        // RFC 9112, section 3.2.2 lets the target's authority replace Host; like Kestrel, a Host that says otherwise is
        // refused rather than silently overruled, since the two disagreeing is how requests get routed past checks.
        return targetAuthority.IsEmpty || Ascii.EqualsIgnoreCase(value, targetAuthority)
            ? ReadStatus.Complete
            : Rejected(RequestRejection.HostDoesNotMatchTarget, out rejection);
    }

    /// <summary>
    /// Reads the expectation (RFC 9110, section 10.1.1): <c>100-continue</c> is the only one defined; any other is
    /// answered <c>417</c> once the head is in. An empty value expects nothing.
    /// </summary>
    private ReadStatus AddExpect(ReadOnlySpan<byte> value)
    {
        if (Ascii.EqualsIgnoreCase(value, "100-continue"u8))
        {
            _expectsContinue = true;
        }
        else if (!value.IsEmpty)
        {
            _unsupportedExpectation = true;
        }

        return ReadStatus.Complete;
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
