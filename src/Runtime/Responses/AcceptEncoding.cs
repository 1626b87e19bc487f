using System;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp;

/// <summary>
/// Chooses a response's content coding from the request's <c>Accept-Encoding</c> fields (RFC 9110, section 12.5.3),
/// reading them in place: <c>#( codings [ OWS ";" OWS "q=" qvalue ] )</c>, codings case-insensitive.
/// </summary>
/// <remarks>
/// The coding with the highest weight above 0 wins, <c>br</c> over <c>gzip</c> when they weigh the same (it is the smaller
/// of the two for the same CPU at the levels the server uses). <c>*</c> weighs every coding the field does not name.
/// <c>identity</c> listed with a higher weight than both keeps the body as it is. No field, or a field that does not
/// follow the grammar, means no compression: a client that sends nothing did not ask, and a malformed field is not
/// guessed at.
/// </remarks>
internal struct AcceptEncoding
{
    // Weights in thousandths (a qvalue has at most three decimals); NotListed for a coding the fields do not name.
    private const int NotListed = -1;
    private const int FullWeight = 1000;

    private int _brotli;
    private int _gzip;
    private int _identity;
    private int _any;
    private bool _malformed;

    public AcceptEncoding() => _brotli = _gzip = _identity = _any = NotListed;

    /// <summary>The coding for a request, from all its <c>Accept-Encoding</c> fields, which together make one list.</summary>
    public static ContentCoding Negotiate(scoped in HttpRequest request, bool brotli, bool gzip)
    {
        var weights = new AcceptEncoding();
        var listed = false;
        foreach (var field in request.HeaderFields)
        {
            if (Ascii.EqualsIgnoreCase(field.Name, "Accept-Encoding"u8))
            {
                weights.Add(field.Value);
                listed = true;
            }
        }

        return listed ? weights.Choose(brotli, gzip) : ContentCoding.Identity;
    }

    /// <summary>The coding for one <c>Accept-Encoding</c> field value.</summary>
    public static ContentCoding Negotiate(ReadOnlySpan<byte> value, bool brotli, bool gzip)
    {
        var weights = new AcceptEncoding();
        weights.Add(value);
        return weights.Choose(brotli, gzip);
    }

    private readonly ContentCoding Choose(bool brotli, bool gzip)
    {
        if (_malformed)
        {
            return ContentCoding.Identity;
        }

        var brotliWeight = brotli ? Weight(_brotli) : 0;
        var gzipWeight = gzip ? Weight(_gzip) : 0;
        var (coding, weight) = brotliWeight >= gzipWeight ? (ContentCoding.Brotli, brotliWeight) : (ContentCoding.Gzip, gzipWeight);

        // A coding unlisted and not covered by * is not acceptable; identity wins only when listed above the best coding.
        return weight > 0 && weight >= _identity ? coding : ContentCoding.Identity;
    }

    private readonly int Weight(int listed) => listed != NotListed ? listed : Math.Max(_any, 0);

    private void Add(ReadOnlySpan<byte> value)
    {
        var rest = value;
        while (!_malformed)
        {
            rest = rest.TrimStart(HttpCharacters.Whitespace);
            if (rest.IsEmpty)
            {
                return;
            }

            // Empty list elements (", ,") are allowed and skipped (RFC 9110, section 5.6.1.2).
            if (rest[0] == (byte)',')
            {
                rest = rest[1..];
                continue;
            }

            var tokenLength = rest.IndexOfAnyExcept(HttpCharacters.Token);
            if (tokenLength == 0)
            {
                _malformed = true;
                return;
            }

            var coding = tokenLength < 0 ? rest : rest[..tokenLength];
            rest = rest[coding.Length..].TrimStart(HttpCharacters.Whitespace);
            var weight = FullWeight;
            if (!rest.IsEmpty && rest[0] == (byte)';')
            {
                rest = rest[1..].TrimStart(HttpCharacters.Whitespace);
                if (!TryReadWeight(ref rest, out weight))
                {
                    _malformed = true;
                    return;
                }

                rest = rest.TrimStart(HttpCharacters.Whitespace);
            }

            if (!rest.IsEmpty && rest[0] != (byte)',')
            {
                _malformed = true;
                return;
            }

            Record(coding, weight);
        }
    }

    private void Record(ReadOnlySpan<byte> coding, int weight)
    {
        if (Ascii.EqualsIgnoreCase(coding, "br"u8))
        {
            _brotli = weight;
        }
        else if (Ascii.EqualsIgnoreCase(coding, "gzip"u8) || Ascii.EqualsIgnoreCase(coding, "x-gzip"u8))
        {
            // x-gzip is gzip (RFC 9110, section 8.4.1.3).
            _gzip = weight;
        }
        else if (Ascii.EqualsIgnoreCase(coding, "identity"u8))
        {
            _identity = weight;
        }
        else if (coding.SequenceEqual("*"u8))
        {
            _any = weight;
        }
    }

    /// <summary>Reads <c>q=qvalue</c>: <c>0</c> to <c>0.999</c>, or <c>1</c> to <c>1.000</c>, in thousandths.</summary>
    private static bool TryReadWeight(ref ReadOnlySpan<byte> rest, out int weight)
    {
        weight = 0;
        if (rest.Length < 3 || (rest[0] | 0x20) != (byte)'q' || rest[1] != (byte)'=' || rest[2] is not ((byte)'0' or (byte)'1'))
        {
            return false;
        }

        var one = rest[2] == (byte)'1';
        var read = 3;
        var fraction = 0;
        if (read < rest.Length && rest[read] == (byte)'.')
        {
            read++;
            var digits = 0;
            for (; read < rest.Length && char.IsAsciiDigit((char)rest[read]); read++)
            {
                if (++digits > 3)
                {
                    return false;
                }

                fraction = (fraction * 10) + (rest[read] - '0');
            }

            for (; digits < 3; digits++)
            {
                fraction *= 10;
            }
        }

        if (one && fraction != 0)
        {
            return false;
        }

        weight = one ? FullWeight : fraction;
        rest = rest[read..];
        return true;
    }
}
