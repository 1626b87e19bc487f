using System;
using System.Text;

namespace MiniHttp;

/// <summary>
/// One complete, validated request. Every span points into the connection's receive buffer (or, for a
/// request split across buffer segments or a chunked body, into one pooled copy), so nothing is allocated
/// to read it. The spans are valid only while the request is being dispatched.
/// </summary>
public readonly ref partial struct HttpRequest
{
    // Declared here because a partial struct's fields must all be in one declaration; HttpRequest.Connection.cs uses it.
    private readonly ConnectionContext? _connection;

    internal HttpRequest(
        RequestMethod method,
        ReadOnlySpan<byte> methodToken,
        ReadOnlySpan<byte> path,
        ReadOnlySpan<byte> query,
        ProtocolVersion version,
        ReadOnlySpan<byte> headers,
        ReadOnlySpan<byte> body,
        bool keepAlive)
    {
        Method = method;
        MethodToken = methodToken;
        Path = path;
        Query = query;
        Version = version;
        Headers = headers;
        Body = body;
        KeepAlive = keepAlive;
    }

    /// <summary>The method, or <see cref="RequestMethod.Other"/> for a token routing does not know.</summary>
    public RequestMethod Method { get; }

    /// <summary>The method exactly as sent, for example <c>GET</c>.</summary>
    public ReadOnlySpan<byte> MethodToken { get; }

    /// <summary>
    /// The path of the request target as sent (not percent-decoded), starting with <c>/</c>; for an absolute-form target
    /// (<c>GET http://host/path</c>) its path, <c>/</c> when it has none; for <c>OPTIONS *</c>, the single byte <c>*</c>.
    /// </summary>
    public ReadOnlySpan<byte> Path { get; }

    /// <summary>The query of the request target as sent, without the leading <c>?</c>; empty when there is none.</summary>
    public ReadOnlySpan<byte> Query { get; }

    public ProtocolVersion Version { get; }

    /// <summary>The header section: zero or more validated <c>name: value</c> lines, each ending in CRLF.</summary>
    public ReadOnlySpan<byte> Headers { get; }

    /// <summary>The whole body: Content-Length bytes, or the decoded chunks of a chunked body.</summary>
    public ReadOnlySpan<byte> Body { get; }

    /// <summary>Whether the connection stays open after this request's response.</summary>
    internal bool KeepAlive { get; }

    /// <summary>Finds the first header field named <paramref name="name"/> (ASCII case-insensitive).</summary>
    /// <returns>The field value without surrounding whitespace.</returns>
    public bool TryGetHeader(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        foreach (var field in HeaderFields)
        {
            if (Ascii.EqualsIgnoreCase(field.Name, name))
            {
                value = field.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
