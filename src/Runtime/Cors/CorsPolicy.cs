using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Cors;

/// <summary>
/// A <see cref="CorsAttribute"/> as the generated router applies it: its header lines encoded once, when the router's
/// policies are created, so that answering a request or a preflight copies bytes and allocates nothing.
/// </summary>
/// <remarks>
/// The Fetch standard's rules this follows (CORS protocol, section 3.2): an allowed origin is echoed, never a list;
/// <c>*</c> stands for any origin only without credentials; a response whose <c>Access-Control-Allow-Origin</c> depends on
/// <c>Origin</c> says <c>Vary: Origin</c>; a preflight's answer names the requested method and headers.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CorsPolicy
{
    private const string AnyOrigin = "*";

    // Each allowed origin's bytes, and the lines an actual response and a preflight's answer get for it.
    private readonly byte[][] _origins;
    private readonly byte[][] _responseLines;
    private readonly byte[][] _preflightLines;
    private readonly bool _anyOrigin;
    private readonly bool _anyHeader;
    private readonly byte[][] _allowedHeaders;
    private readonly byte[] _allowHeadersLine;
    private readonly byte[] _maxAgeLine;

    /// <summary>Encodes a policy the generator has checked; the checks are repeated here for a policy made by hand.</summary>
    /// <param name="origins">The allowed origins, or <c>"*"</c> alone for any.</param>
    /// <param name="allowCredentials">Whether requests may carry credentials.</param>
    /// <param name="allowedHeaders">The request fields a preflight may ask for, or <c>"*"</c> alone for any.</param>
    /// <param name="exposedHeaders">The response fields a page's script may read.</param>
    /// <param name="maxAgeSeconds">How long a browser may keep a preflight's answer; negative for no <c>Access-Control-Max-Age</c>.</param>
    public CorsPolicy(string[] origins, bool allowCredentials, string[] allowedHeaders, string[] exposedHeaders, int maxAgeSeconds)
    {
        ArgumentNullException.ThrowIfNull(origins);
        ArgumentNullException.ThrowIfNull(allowedHeaders);
        ArgumentNullException.ThrowIfNull(exposedHeaders);
        _anyOrigin = origins is [AnyOrigin];
        if (allowCredentials && (_anyOrigin || exposedHeaders.AsSpan().Contains(AnyOrigin)))
        {
            throw new ArgumentException("A CORS policy that allows credentials names its origins and exposed headers: '*' is not a wildcard with credentials.", nameof(allowCredentials));
        }

        _anyHeader = allowedHeaders is [AnyOrigin];
        var credentialsLine = allowCredentials ? "Access-Control-Allow-Credentials: true\r\n" : string.Empty;
        var exposeLine = exposedHeaders.Length == 0 ? string.Empty : $"Access-Control-Expose-Headers: {string.Join(", ", exposedHeaders)}\r\n";
        var originValues = _anyOrigin ? [AnyOrigin] : origins;
        _origins = Array.ConvertAll(originValues, static origin => Encoding.ASCII.GetBytes(origin));

        // A response whose Access-Control-Allow-Origin names the request's origin differs by Origin, and says so to caches.
        var vary = _anyOrigin ? string.Empty : "Vary: Origin\r\n";
        _responseLines = Array.ConvertAll(originValues, origin => Encode($"Access-Control-Allow-Origin: {origin}\r\n{vary}{credentialsLine}{exposeLine}"));
        _preflightLines = Array.ConvertAll(originValues, origin => Encode($"Access-Control-Allow-Origin: {origin}\r\n{vary}{credentialsLine}"));
        _allowedHeaders = _anyHeader ? [] : Array.ConvertAll(allowedHeaders, static name => Encoding.ASCII.GetBytes(name));
        _allowHeadersLine = _anyHeader || allowedHeaders.Length == 0 ? [] : Encode($"Access-Control-Allow-Headers: {string.Join(", ", allowedHeaders)}\r\n");
        _maxAgeLine = maxAgeSeconds < 0 ? [] : Encode(string.Create(CultureInfo.InvariantCulture, $"Access-Control-Max-Age: {maxAgeSeconds}\r\n"));
    }

    /// <summary>
    /// Adds <c>Access-Control-Allow-Origin</c> (and the policy's other response fields) to whichever response answers a
    /// request from an allowed origin; adds nothing for a request without <c>Origin</c> or from another origin. Called by
    /// generated code first in each route that has the policy, so a filter's refusal carries the fields too.
    /// </summary>
    public void AddResponseHeaders(scoped in HttpRequest request, HttpResponse response)
    {
        if (request.TryGetHeader("Origin"u8, out var origin) && OriginIndex(origin) is var index and >= 0)
        {
            response.AddHeaderLines(_responseLines[index]);
        }
    }

    /// <summary>
    /// Answers a CORS preflight for one of <paramref name="methods"/> and returns true; returns false, having written
    /// nothing, when the request is not a preflight for one of them, or asks for an origin or a header the policy does not
    /// allow. Generated code then answers the path's ordinary <c>OPTIONS</c>, which a browser takes as a refusal.
    /// </summary>
    /// <param name="methods">The methods of the path's routes that have this policy, as an <c>Allow</c> list: <c>GET, HEAD, POST</c>.</param>
    public bool TryAnswerPreflight(scoped in HttpRequest request, HttpResponse response, ReadOnlySpan<byte> methods)
    {
        if (!request.TryGetHeader("Origin"u8, out var origin)
            || !request.TryGetHeader("Access-Control-Request-Method"u8, out var method)
            || !ListContains(methods, method)
            || OriginIndex(origin) is not (var index and >= 0))
        {
            return false;
        }

        request.TryGetHeader("Access-Control-Request-Headers"u8, out var requestedHeaders);
        if (!AllowsHeaders(requestedHeaders))
        {
            return false;
        }

        // The requested headers are echoed only for a policy that allows any: each was checked to be a token.
        var echoedHeaders = _anyHeader && !requestedHeaders.IsEmpty;
        var length = _preflightLines[index].Length + AllowMethods.Length + methods.Length + 2 + _maxAgeLine.Length
            + (echoedHeaders ? AllowHeaders.Length + requestedHeaders.Length + 2 : _allowHeadersLine.Length);
        byte[]? rented = null;
        Span<byte> lines = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Append(lines, 0, _preflightLines[index]);
            written = Append(lines, written, AllowMethods);
            written = Append(lines, written, methods);
            written = Append(lines, written, "\r\n"u8);
            if (echoedHeaders)
            {
                written = Append(lines, written, AllowHeaders);
                written = Append(lines, written, requestedHeaders);
                written = Append(lines, written, "\r\n"u8);
            }
            else
            {
                written = Append(lines, written, _allowHeadersLine);
            }

            written = Append(lines, written, _maxAgeLine);
            response.WritePreflight(lines[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        return true;
    }

    private static ReadOnlySpan<byte> AllowMethods => "Access-Control-Allow-Methods: "u8;

    private static ReadOnlySpan<byte> AllowHeaders => "Access-Control-Allow-Headers: "u8;

    /// <summary>The index of the lines for <paramref name="origin"/>: 0 for any origin, else the allowed origin it is byte for byte; -1 when none.</summary>
    private int OriginIndex(ReadOnlySpan<byte> origin)
    {
        if (_anyOrigin)
        {
            return 0;
        }

        for (var i = 0; i < _origins.Length; i++)
        {
            if (origin.SequenceEqual(_origins[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether every name of an <c>Access-Control-Request-Headers</c> list (<c>content-type,x-api-key</c>) is a token and,
    /// unless any is allowed, one of the allowed headers in any case.
    /// </summary>
    private bool AllowsHeaders(ReadOnlySpan<byte> requested)
    {
        foreach (var range in requested.Split((byte)','))
        {
            var name = requested[range].Trim(" \t"u8);
            if (name.IsEmpty)
            {
                continue;
            }

            if (!HttpCharacters.IsToken(name) || !(_anyHeader || IsAllowedHeader(name)))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAllowedHeader(ReadOnlySpan<byte> name)
    {
        foreach (var allowed in _allowedHeaders)
        {
            if (Ascii.EqualsIgnoreCase(name, allowed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the comma-separated <paramref name="list"/> has <paramref name="item"/> as one of its elements, case-sensitively.</summary>
    private static bool ListContains(ReadOnlySpan<byte> list, ReadOnlySpan<byte> item)
    {
        foreach (var range in list.Split((byte)','))
        {
            if (list[range].Trim((byte)' ').SequenceEqual(item))
            {
                return true;
            }
        }

        return false;
    }

    private static int Append(Span<byte> destination, int offset, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination[offset..]);
        return offset + bytes.Length;
    }

    private static byte[] Encode(string text) => Encoding.ASCII.GetBytes(text);
}
