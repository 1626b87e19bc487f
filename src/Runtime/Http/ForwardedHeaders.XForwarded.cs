using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp;

internal static partial class ForwardedHeaders
{
    /// <summary>
    /// Reads <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, every field of each name in order, as one list each,
    /// into hops ordered client first. The two lists are paired from the right, since each proxy appends to both (or
    /// overwrites the scheme, leaving one entry, which then belongs to the nearest proxy).
    /// </summary>
    private static bool TryReadXForwarded(ReadOnlySpan<byte> headers, List<ForwardedHop> hops)
    {
        var addresses = new List<IPAddress>();
        var schemes = new List<bool>();
        foreach (var field in new HeaderFieldEnumerator(headers))
        {
            var isFor = Ascii.EqualsIgnoreCase(field.Name, "X-Forwarded-For"u8);
            if (!isFor && !Ascii.EqualsIgnoreCase(field.Name, "X-Forwarded-Proto"u8))
            {
                continue;
            }

            foreach (var range in field.Value.Split((byte)','))
            {
                // Empty list elements are allowed and mean nothing (RFC 9110, section 5.6.1).
                var element = field.Value[range].Trim(HttpCharacters.Whitespace);
                if (element.IsEmpty)
                {
                    continue;
                }

                if (isFor && ForwardedNode.TryParseXForwardedFor(element, out var address))
                {
                    addresses.Add(address);
                }
                else if (!isFor && TryParseScheme(element, out var isHttps))
                {
                    schemes.Add(isHttps);
                }
                else
                {
                    return false;
                }
            }
        }

        var count = Math.Max(addresses.Count, schemes.Count);
        for (var i = 0; i < count; i++)
        {
            var addressIndex = addresses.Count - count + i;
            var schemeIndex = schemes.Count - count + i;
            hops.Add(new ForwardedHop(addressIndex >= 0 ? addresses[addressIndex] : null, schemeIndex >= 0 ? schemes[schemeIndex] : null));
        }

        return true;
    }
}
