using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using MiniHttp.Parsing;

namespace MiniHttp.Diagnostics;

/// <summary>
/// The instruments of one server, on the <c>MiniHttp</c> meter. Named after OpenTelemetry's HTTP server semantic
/// conventions where they have a name; the connection instruments follow Kestrel's (<c>kestrel.*</c>), which the
/// conventions reserve for Kestrel's own meter, so they are <c>minihttp.*</c> here.
/// </summary>
/// <remarks>
/// Every hook first reads <see cref="Instrument.Enabled"/>: with no listener, a request costs two field reads and no
/// clock read. With one, the tags are cached strings and boxes and at most eight (a <see cref="TagList"/> keeps them
/// inline), so recording allocates nothing either.
/// </remarks>
internal sealed class ServerMetrics
{
    public const string MeterName = "MiniHttp";

    // The conventions' advised boundaries for http.server.request.duration, in seconds.
    private static readonly double[] s_requestDurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    // Kestrel's advised boundaries for kestrel.connection.duration, in seconds.
    private static readonly double[] s_connectionDurationBuckets = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60, 120, 300];

    // Made once, so the meter is the same for every server of the process that is not given a factory.
    private static readonly Lazy<Meter> s_sharedMeter = new(static () => new Meter(MeterOptionsFor(scope: null)));

    private readonly Histogram<double> _requestDuration;
    private readonly UpDownCounter<long> _activeRequests;
    private readonly Counter<long> _rejectedRequests;
    private readonly UpDownCounter<long> _activeConnections;
    private readonly Histogram<double> _connectionDuration;
    private readonly Counter<long> _rejectedConnections;
    private readonly Counter<long> _abortedConnections;

    private readonly string _scheme;
    private readonly string _serverAddress;
    private readonly object _serverPort;

    /// <param name="meterFactory">Where the meter comes from (so that hosting's listeners see it); the shared one when null.</param>
    /// <param name="endPoint">The endpoint the server is bound to, port included.</param>
    public ServerMetrics(IMeterFactory? meterFactory, IPEndPoint endPoint, bool tls)
    {
        var meter = meterFactory is null ? s_sharedMeter.Value : meterFactory.Create(MeterOptionsFor(meterFactory));
        _requestDuration = meter.CreateHistogram(
            "http.server.request.duration",
            "s",
            "Duration of HTTP server requests, from the request read to its response written.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = s_requestDurationBuckets });
        _activeRequests = meter.CreateUpDownCounter<long>("http.server.active_requests", "{request}", "Number of requests being answered.");
        _rejectedRequests = meter.CreateCounter<long>("minihttp.rejected_requests", "{request}", "Requests rejected for their framing or limits, or for timing out, before any handler saw them.");
        _activeConnections = meter.CreateUpDownCounter<long>("minihttp.active_connections", "{connection}", "Number of connections open on the server.");
        _connectionDuration = meter.CreateHistogram(
            "minihttp.connection.duration",
            "s",
            "Duration of connections on the server.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = s_connectionDurationBuckets });
        _rejectedConnections = meter.CreateCounter<long>("minihttp.rejected_connections", "{connection}", "Connections closed unanswered because the server was at its connection limit.");
        _abortedConnections = meter.CreateCounter<long>("minihttp.aborted_connections", "{connection}", "Connections the server aborted because their client broke a limit, such as taking its responses too slowly.");

        _scheme = tls ? "https" : "http";
        _serverAddress = endPoint.Address.ToString();
        _serverPort = endPoint.Port;
    }

    private static MeterOptions MeterOptionsFor(object? scope) => new(MeterName)
    {
        Version = typeof(ServerMetrics).Assembly.GetName().Version?.ToString(),
        Scope = scope,
    };

    /// <summary>Called when a complete request is about to be dispatched.</summary>
    public RequestMetrics RequestStarting(RequestMethod method)
    {
        var countedActive = _activeRequests.Enabled;
        if (countedActive)
        {
            _activeRequests.Add(1, RequestTags(method));
        }

        return new RequestMetrics(_requestDuration.Enabled ? Stopwatch.GetTimestamp() : 0, countedActive);
    }

    /// <summary>Called once the request's response is written; <paramref name="request"/> is what <see cref="RequestStarting"/> returned.</summary>
    /// <param name="route">The template of the route that answered, or null for none (a 404, say).</param>
    public void RequestEnded(in RequestMetrics request, RequestMethod method, ProtocolVersion version, int statusCode, string? route)
    {
        var tags = RequestTags(method);
        if (request.CountedActive)
        {
            _activeRequests.Add(-1, tags);
        }

        if (request.StartTimestamp != 0 && _requestDuration.Enabled)
        {
            tags.Add("http.response.status_code", StatusCodes.Boxed(statusCode));
            tags.Add("network.protocol.version", version == ProtocolVersion.Http11 ? "1.1" : "1.0");
            if (route is not null)
            {
                tags.Add("http.route", route);
            }

            if (statusCode >= 500)
            {
                // The conventions' error.type for a server error answered with a status: the code, as a string.
                tags.Add("error.type", StatusCodes.Text(statusCode));
            }

            _requestDuration.Record(Stopwatch.GetElapsedTime(request.StartTimestamp).TotalSeconds, tags);
        }
    }

    /// <summary>Called when a request is answered with a rejection (<see cref="RejectionResponse"/>).</summary>
    public void RequestRejected(RequestRejection rejection)
    {
        if (_rejectedRequests.Enabled)
        {
            _rejectedRequests.Add(1, new TagList
            {
                { "error.type", RejectionNames.ErrorType(rejection) },
                { "url.scheme", _scheme },
                { "server.port", _serverPort },
            });
        }
    }

    /// <summary>Called when a connection is accepted to be served.</summary>
    public ConnectionMetrics ConnectionOpened()
    {
        var countedActive = _activeConnections.Enabled;
        if (countedActive)
        {
            _activeConnections.Add(1, ServerTags());
        }

        return new ConnectionMetrics(_connectionDuration.Enabled ? Stopwatch.GetTimestamp() : 0, countedActive);
    }

    /// <summary>Called when a connection has ended; <paramref name="connection"/> is what <see cref="ConnectionOpened"/> returned.</summary>
    public void ConnectionClosed(in ConnectionMetrics connection)
    {
        if (connection.CountedActive)
        {
            _activeConnections.Add(-1, ServerTags());
        }

        if (connection.StartTimestamp != 0 && _connectionDuration.Enabled)
        {
            _connectionDuration.Record(Stopwatch.GetElapsedTime(connection.StartTimestamp).TotalSeconds, ServerTags());
        }
    }

    /// <summary>Called when a connection is refused for <see cref="ServerLimits.MaxConcurrentConnections"/>.</summary>
    public void ConnectionRejected()
    {
        if (_rejectedConnections.Enabled)
        {
            _rejectedConnections.Add(1, ServerTags());
        }
    }

    /// <summary>
    /// Called when a connection is aborted because its client did not take its responses at
    /// <see cref="ServerLimits.MinResponseDataRate"/>; <c>error.type</c> is Kestrel's name for that end of a connection.
    /// </summary>
    public void ConnectionAborted()
    {
        if (_abortedConnections.Enabled)
        {
            var tags = ServerTags();
            tags.Add("error.type", "min_response_data_rate");
            _abortedConnections.Add(1, tags);
        }
    }

    // server.port is opt-in for the request instruments in the conventions: here it tells apart two servers of one process
    // that share the meter, and the port of a listening socket has one value per server.
    private TagList RequestTags(RequestMethod method) => new()
    {
        { "http.request.method", MethodName(method) },
        { "url.scheme", _scheme },
        { "server.port", _serverPort },
    };

    private TagList ServerTags() => new()
    {
        { "network.transport", "tcp" },
        { "server.address", _serverAddress },
        { "server.port", _serverPort },
        { "url.scheme", _scheme },
    };

    /// <summary>The conventions' method names; any method they do not know is <c>_OTHER</c>, to bound the series.</summary>
    private static string MethodName(RequestMethod method) => method switch
    {
        RequestMethod.Get => "GET",
        RequestMethod.Head => "HEAD",
        RequestMethod.Post => "POST",
        RequestMethod.Put => "PUT",
        RequestMethod.Delete => "DELETE",
        RequestMethod.Patch => "PATCH",
        RequestMethod.Options => "OPTIONS",
        RequestMethod.Trace => "TRACE",
        RequestMethod.Connect => "CONNECT",
        _ => "_OTHER",
    };

    /// <summary>
    /// Status codes as tag values, boxed once (a tag value is an object, and boxing per request would allocate), and
    /// server errors' codes as text, for <c>error.type</c>.
    /// </summary>
    private static class StatusCodes
    {
        private const int First = 100;
        private static readonly object[] s_boxed = CreateBoxes();
        private static readonly string[] s_serverErrors = CreateServerErrorTexts();

        public static object Boxed(int statusCode) =>
            (uint)(statusCode - First) < (uint)s_boxed.Length ? s_boxed[statusCode - First] : statusCode;

        /// <param name="statusCode">A code from 500 up.</param>
        public static string Text(int statusCode) =>
            (uint)(statusCode - 500) < (uint)s_serverErrors.Length ? s_serverErrors[statusCode - 500] : "_OTHER";

        private static string[] CreateServerErrorTexts()
        {
            var texts = new string[100];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = (500 + i).ToString(CultureInfo.InvariantCulture);
            }

            return texts;
        }

        private static object[] CreateBoxes()
        {
            var boxes = new object[500];
            for (var i = 0; i < boxes.Length; i++)
            {
                boxes[i] = First + i;
            }

            return boxes;
        }
    }
}

/// <summary>What <see cref="ServerMetrics.RequestStarting"/> measured, for <see cref="ServerMetrics.RequestEnded"/>.</summary>
/// <param name="StartTimestamp">The <see cref="Stopwatch"/> timestamp at the start, or 0 when the duration is not measured.</param>
/// <param name="CountedActive">Whether the request was counted in <c>http.server.active_requests</c>, so it is taken out again.</param>
internal readonly record struct RequestMetrics(long StartTimestamp, bool CountedActive)
{
    /// <summary>Whether there is anything to record when the request ends.</summary>
    public bool IsTracked => StartTimestamp != 0 || CountedActive;
}

/// <summary>What <see cref="ServerMetrics.ConnectionOpened"/> measured, for <see cref="ServerMetrics.ConnectionClosed"/>.</summary>
internal readonly record struct ConnectionMetrics(long StartTimestamp, bool CountedActive);
