using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace MiniHttp.Hosting;

/// <summary>
/// The server's settings as configuration gives them: the <c>MiniHttp</c> section (appsettings.json, environment variables
/// such as <c>MiniHttp__Limits__MaxRequestBodySize</c>, the command line) and the top-level <c>urls</c> key (the
/// <c>--urls</c> switch, or <c>DOTNET_URLS</c>). Read by hand, key by key, rather than by the reflection-based binder,
/// so that a Native AOT application binds them with no trimming warning; a value that does not parse stops the start
/// with a message naming its key.
/// </summary>
internal sealed record HostSettings(
    IReadOnlyList<Uri> Urls,
    string? CertificatePath,
    string? KeyPath,
    int? ListenBacklog,
    int? AcceptLoops,
    bool? ReusePort,
    bool? AllowSynchronousIO,
    bool? ProblemDetails,
    ServerLimits Limits)
{
    public const string SectionName = "MiniHttp";

    /// <summary>Where the server listens when configuration names nowhere, as Kestrel does.</summary>
    public const string DefaultUrl = "http://localhost:5000";

    public static HostSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var urls = configuration["urls"] is { Length: > 0 } switched ? ("urls", switched)
            : section["Urls"] is { Length: > 0 } configured ? ($"{SectionName}:Urls", configured)
            : ("urls", DefaultUrl);
        return new HostSettings(
            ParseUrls(urls.Item1, urls.Item2),
            section["Certificate:Path"],
            section["Certificate:KeyPath"],
            Int32(section, "ListenBacklog"),
            Int32(section, "AcceptLoops"),
            Boolean(section, "ReusePort"),
            Boolean(section, "AllowSynchronousIO"),
            Boolean(section, "ProblemDetails"),
            ReadLimits(section.GetSection("Limits")));
    }

    /// <summary>The options of the server for one URL, before the application's own changes.</summary>
    public ServerOptions ToServerOptions(IPEndPoint endPoint, TlsOptions? tls)
    {
        var options = new ServerOptions { EndPoint = endPoint, Tls = tls, Limits = Limits };
        return options with
        {
            ListenBacklog = ListenBacklog ?? options.ListenBacklog,
            AcceptLoops = AcceptLoops ?? options.AcceptLoops,
            ReusePort = ReusePort ?? options.ReusePort,
            AllowSynchronousIO = AllowSynchronousIO ?? options.AllowSynchronousIO,
            ProblemDetails = ProblemDetails ?? options.ProblemDetails,
        };
    }

    /// <summary>
    /// The endpoints a URL names, as Kestrel binds them: <c>localhost</c> is both loopbacks, IPv4's first (a client may
    /// resolve it to either); any other host is its address (<c>*</c> and <c>+</c> were read as <c>[::]</c>, which
    /// listens on every address of both families, or as <c>0.0.0.0</c> where the machine has no IPv6).
    /// </summary>
    public static IPEndPoint[] EndPointsOf(Uri url) => url.Host == "localhost"
        ? [new IPEndPoint(IPAddress.Loopback, url.Port), new IPEndPoint(IPAddress.IPv6Loopback, url.Port)]
        : [new IPEndPoint(IPAddress.Parse(url.Host.Trim('[', ']')), url.Port)];

    // "*" and "+" are not hosts Uri accepts; they stand for every address, as in Kestrel's URLs: both families through one
    // dual-mode socket where the machine has IPv6.
    private static readonly string s_everyAddress = Socket.OSSupportsIPv6 ? "[::]" : "0.0.0.0";

    private static List<Uri> ParseUrls(string key, string value)
    {
        var urls = new List<Uri>();
        foreach (var text in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parsable = text.Replace("://*:", $"://{s_everyAddress}:", StringComparison.Ordinal).Replace("://+:", $"://{s_everyAddress}:", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsable, UriKind.Absolute, out var url)
                || url.Scheme is not ("http" or "https")
                || url.AbsolutePath != "/"
                || !(url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || url.Host == "localhost"))
            {
                throw new StartupException(
                    $"Configuration '{key}' has '{text}', which is not a URL to listen on: give http:// or https://, an IP address, localhost or *, and a port, as in http://127.0.0.1:5000; separate several with ';'.");
            }

            urls.Add(url);
        }

        return urls.Count > 0 ? urls : throw new StartupException($"Configuration '{key}' names no URL to listen on, such as http://127.0.0.1:5000.");
    }

    private static ServerLimits ReadLimits(IConfigurationSection limits)
    {
        var defaults = ServerLimits.Default;
        try
        {
            return defaults with
            {
                MaxRequestLineSize = Int32(limits, nameof(ServerLimits.MaxRequestLineSize)) ?? defaults.MaxRequestLineSize,
                MaxRequestHeadersTotalSize = Int32(limits, nameof(ServerLimits.MaxRequestHeadersTotalSize)) ?? defaults.MaxRequestHeadersTotalSize,
                MaxRequestHeaderCount = Int32(limits, nameof(ServerLimits.MaxRequestHeaderCount)) ?? defaults.MaxRequestHeaderCount,
                MaxRequestBodySize = Int64(limits, nameof(ServerLimits.MaxRequestBodySize)) ?? defaults.MaxRequestBodySize,
                MaxBufferedRequestBodySize = Int32(limits, nameof(ServerLimits.MaxBufferedRequestBodySize)) ?? defaults.MaxBufferedRequestBodySize,
                MaxConcurrentConnections = Has(limits, nameof(ServerLimits.MaxConcurrentConnections))
                    ? Int32(limits, nameof(ServerLimits.MaxConcurrentConnections))
                    : defaults.MaxConcurrentConnections,
                KeepAliveTimeout = Duration(limits, nameof(ServerLimits.KeepAliveTimeout)) ?? defaults.KeepAliveTimeout,
                RequestHeadersTimeout = Duration(limits, nameof(ServerLimits.RequestHeadersTimeout)) ?? defaults.RequestHeadersTimeout,
                MinRequestBodyDataRate = Has(limits, nameof(ServerLimits.MinRequestBodyDataRate))
                    ? Rate(limits, nameof(ServerLimits.MinRequestBodyDataRate))
                    : defaults.MinRequestBodyDataRate,
                MinRequestBodyDataRateGracePeriod = Duration(limits, nameof(ServerLimits.MinRequestBodyDataRateGracePeriod)) ?? defaults.MinRequestBodyDataRateGracePeriod,
                MinResponseDataRate = Has(limits, nameof(ServerLimits.MinResponseDataRate))
                    ? Rate(limits, nameof(ServerLimits.MinResponseDataRate))
                    : defaults.MinResponseDataRate,
                MinResponseDataRateGracePeriod = Duration(limits, nameof(ServerLimits.MinResponseDataRateGracePeriod)) ?? defaults.MinResponseDataRateGracePeriod,
                TlsHandshakeTimeout = Duration(limits, nameof(ServerLimits.TlsHandshakeTimeout)) ?? defaults.TlsHandshakeTimeout,
                MaxResponseBufferSize = Int32(limits, nameof(ServerLimits.MaxResponseBufferSize)) ?? defaults.MaxResponseBufferSize,
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new StartupException($"Configuration '{limits.Path}:{e.ParamName}' is out of range: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }
    }

    /// <summary>Whether the key is there at all: a nullable limit set to "" (or "none") is no limit, and left out is its default.</summary>
    private static bool Has(IConfigurationSection section, string key) => section[key] is not null;

    private static int? Int32(IConfigurationSection section, string key) =>
        Value<int>(section, key, "a whole number", static text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null);

    private static long? Int64(IConfigurationSection section, string key) =>
        Value<long>(section, key, "a whole number", static text => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null);

    private static double? Rate(IConfigurationSection section, string key) =>
        Value<double>(section, key, "a number of bytes a second", static text => double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null);

    private static TimeSpan? Duration(IConfigurationSection section, string key) =>
        Value<TimeSpan>(section, key, "a duration such as 00:00:30", static text => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : null);

    private static bool? Boolean(IConfigurationSection section, string key) =>
        Value<bool>(section, key, "true or false", static text => bool.TryParse(text, out var value) ? value : null);

    private static T? Value<T>(IConfigurationSection section, string key, string expected, Func<string, T?> parse)
        where T : struct
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parse(text.Trim()) ?? throw new StartupException($"Configuration '{section.Path}:{key}' has '{text}', which is not {expected}.");
    }
}
