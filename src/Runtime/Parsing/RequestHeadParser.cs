using System;
using static MiniHttp.Parsing.ReadResults;

namespace MiniHttp.Parsing;

/// <summary>
/// Parses a request head line by line and keeps its progress between calls, so a head arriving in many
/// receives has each complete line parsed once; only a partial last line is looked at again.
/// </summary>
/// <remarks>One per connection, reused; <see cref="Reset"/> before each new request.</remarks>
internal sealed class RequestHeadParser
{
    private readonly int _maxRequestLineSize;
    private readonly int _maxHeadersTotalSize;
    private readonly int _maxHeaderCount;
    private readonly long _maxBodySize;

    private RequestLine _line;

    // Where the next unparsed line starts; 0 until the request line is parsed.
    private int _position;
    private int _headerCount;
    private FramingFields _framing;

    public RequestHeadParser(ServerLimits limits)
    {
        _maxRequestLineSize = limits.MaxRequestLineSize;
        _maxHeadersTotalSize = limits.MaxRequestHeadersTotalSize;
        _maxHeaderCount = limits.MaxRequestHeaderCount;
        _maxBodySize = BodyLimit.Of(limits);
    }

    /// <summary>The most bytes a valid head can take: beyond this the limits have rejected it.</summary>
    public int MaxHeadLength => SaturatingAdd(_maxRequestLineSize, _maxHeadersTotalSize);

    /// <summary>
    /// Goes on parsing the head at the start of <paramref name="data"/>, which starts with the same bytes in every
    /// call since the last <see cref="Reset"/>; each complete line is parsed in the first call that holds all of it.
    /// </summary>
    public ReadStatus Parse(ReadOnlySpan<byte> data, out RequestHead head, out RequestRejection rejection)
    {
        head = default;
        rejection = default;
        if (data.Length < _position)
        {
            // A shorter view of lines already parsed: the reader switched to a copy it is still filling.
            return ReadStatus.Incomplete;
        }

        if (_position == 0)
        {
            var status = RequestLineParser.TryParse(data[..Math.Min(data.Length, _maxRequestLineSize)], out _line, out rejection);
            if (status == ReadStatus.Incomplete && data.Length >= _maxRequestLineSize)
            {
                return Rejected(RequestLineParser.TooLong(data[.._maxRequestLineSize]), out rejection);
            }

            if (status != ReadStatus.Complete)
            {
                return status;
            }

            _position = _line.Length;
        }

        var targetAuthority = data.Slice(_line.TargetStart + _line.Target.AuthorityStart, _line.Target.AuthorityLength);
        var headLimit = SaturatingAdd(_line.Length, _maxHeadersTotalSize);
        var section = data[..Math.Min(data.Length, headLimit)];
        while (true)
        {
            var status = FieldLineParser.TryParse(section[_position..], out var field, out rejection);
            if (status == ReadStatus.Incomplete)
            {
                return data.Length >= headLimit ? Rejected(RequestRejection.HeaderFieldsTooLarge, out rejection) : status;
            }

            if (status == ReadStatus.Rejected)
            {
                return status;
            }

            if (field.IsEndOfSection)
            {
                return Complete(_position + field.Length, out head, out rejection);
            }

            if (++_headerCount > _maxHeaderCount)
            {
                return Rejected(RequestRejection.TooManyHeaderFields, out rejection);
            }

            var fieldLine = section.Slice(_position, field.Length);
            status = _framing.Add(fieldLine[..field.NameLength], fieldLine.Slice(field.ValueStart, field.ValueLength), targetAuthority, out rejection);
            if (status != ReadStatus.Complete)
            {
                return status;
            }

            _position += field.Length;
        }
    }

    public void Reset()
    {
        _line = default;
        _position = 0;
        _headerCount = 0;
        _framing = default;
    }

    private ReadStatus Complete(int length, out RequestHead head, out RequestRejection rejection)
    {
        var status = _framing.TryComplete(_line.Version, _maxBodySize, out var framing, out var contentLength, out var keepAlive, out rejection);
        // RFC 9110, section 15.2: an HTTP/1.0 client is never sent a 1xx response, so its expectation is ignored.
        var expectsContinue = _framing.ExpectsContinue && _line.Version == ProtocolVersion.Http11;
        head = new RequestHead(_line, length, framing, contentLength, keepAlive, expectsContinue);
        return status;
    }

    private static int SaturatingAdd(int a, int b) => (int)Math.Min((long)a + b, int.MaxValue);
}
