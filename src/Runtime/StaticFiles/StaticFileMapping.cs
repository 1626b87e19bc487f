using System;

namespace MiniHttp;

/// <summary>
/// Serves the files under <see cref="RootDirectory"/> at <see cref="RequestPath"/>: <c>GET</c> and <c>HEAD</c> of
/// <c>/static/css/site.css</c> answer <c>{RootDirectory}/css/site.css</c>. Set in <see cref="ServerOptions.StaticFiles"/>.
/// </summary>
/// <param name="RequestPath">
/// The URL prefix, one or more path segments without a trailing slash (<c>/static</c>), or <c>/</c> for the whole site.
/// </param>
/// <param name="RootDirectory">The directory whose files are served; resolved (symbolic links included) when the server starts.</param>
public sealed record StaticFileMapping(string RequestPath, string RootDirectory)
{
    /// <summary>
    /// Whether to answer with a <c>.br</c> or <c>.gz</c> file lying next to the one asked for, when the request's
    /// <c>Accept-Encoding</c> takes that coding: the compressed bytes already exist, so nothing is compressed per request.
    /// </summary>
    public bool ServePrecompressed { get; init; } = true;
}
