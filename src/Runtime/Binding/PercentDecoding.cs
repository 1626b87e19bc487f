using System;

namespace MiniHttp.Binding;

/// <summary>
/// Decodes a query value as <c>application/x-www-form-urlencoded</c> encodes it: <c>%XX</c> is the byte with hex
/// value XX and <c>+</c> is a space; every other byte stands for itself. A path segment is decoded the same way
/// except that <c>+</c> is itself there (RFC 3986, section 2.1): only forms turn it into a space.
/// </summary>
internal static class PercentDecoding
{
    /// <summary>Whether <paramref name="encoded"/> holds anything that decoding would change.</summary>
    public static bool IsEncoded(ReadOnlySpan<byte> encoded) => encoded.IndexOfAny((byte)'%', (byte)'+') >= 0;

    /// <summary>
    /// Decodes <paramref name="encoded"/> into <paramref name="destination"/>, which must be at least as long:
    /// decoding never lengthens a value. Fails on a <c>%</c> that is not followed by two hex digits.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, Span<byte> destination, out int written) =>
        TryDecode(encoded, destination, plusIsSpace: true, out written);

    /// <summary>Decodes a path segment like <see cref="TryDecode(ReadOnlySpan{byte}, Span{byte}, out int)"/>, leaving <c>+</c> as it is.</summary>
    public static bool TryDecodeSegment(ReadOnlySpan<byte> encoded, Span<byte> destination, out int written) =>
        TryDecode(encoded, destination, plusIsSpace: false, out written);

    private static bool TryDecode(ReadOnlySpan<byte> encoded, Span<byte> destination, bool plusIsSpace, out int written)
    {
        written = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var decoded = encoded[i];
            if (decoded == (byte)'+' && plusIsSpace)
            {
                decoded = (byte)' ';
            }
            else if (decoded == (byte)'%')
            {
                if (i + 2 >= encoded.Length)
                {
                    return false;
                }

                var high = HexValue(encoded[i + 1]);
                var low = HexValue(encoded[i + 2]);

                // A non-hex digit is -1, which makes the OR negative.
                if ((high | low) < 0)
                {
                    return false;
                }

                decoded = (byte)((high << 4) | low);
                i += 2;
            }

            destination[written++] = decoded;
        }

        return true;
    }

    private static int HexValue(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        _ => -1,
    };
}
