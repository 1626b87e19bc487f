using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using Arena.Json;
using MiniHttp;

namespace Arena;

/// <summary>
/// What the sample serves and how, from its command line over its environment (a flag wins over its variable), as a
/// container is configured: <c>--port 8080</c> or <c>PORT=8080</c>.
/// </summary>
internal sealed record ArenaSettings
{
    public const string Usage =
        "Usage: Arena [--address IP] [--port N] [--tls-port N] [--cert PATH] [--key PATH] [--dataset PATH] [--static DIR] "
        + "[--database-url URL] [--database-max-connections N] [--max-connections N] [--max-body-size BYTES] [--backlog N] [--accept-loops N] [--transport sockets|epoll] [--reuse-port] [--pool-completions] "
        + "[--report-allocations] [--metrics] [--routes] [--openapi]";

    // Flag, environment variable: each setting that takes a value may come from either.
    private static readonly (string Flag, string Variable)[] Valued =
    [
        ("--address", "ADDRESS"), ("--port", "PORT"), ("--tls-port", "TLS_PORT"), ("--cert", "CERT_PATH"), ("--key", "KEY_PATH"),
        ("--dataset", "DATASET_PATH"), ("--static", "STATIC_PATH"), ("--max-connections", "MAX_CONNECTIONS"), ("--max-body-size", "MAX_BODY_SIZE"),
        ("--backlog", "LISTEN_BACKLOG"), ("--accept-loops", "ACCEPT_LOOPS"), ("--transport", ServerOptions.TransportVariable),
        ("--database-url", "DATABASE_URL"), ("--database-max-connections", "DATABASE_MAX_CONN"),
    ];

    /// <summary>The runtime's switch for running socket completions inline, which the sample sets when asked to.</summary>
    public const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Where HttpArena mounts the certificate chain for its TLS profiles.</summary>
    public const string DefaultCertificatePath = "/certs/server.crt";

    /// <summary>Where HttpArena mounts the certificate's private key.</summary>
    public const string DefaultKeyPath = "/certs/server.key";

    /// <summary>Every interface, since HttpArena connects from outside the container.</summary>
    public IPAddress Address { get; init; } = IPAddress.Any;

    public int Port { get; init; } = 8080;

    public int TlsPort { get; init; } = 8081;

    /// <summary>
    /// The HTTPS certificate chain the user named (PEM); null for HttpArena's mount, <see cref="DefaultCertificatePath"/>,
    /// when it is there. A named file must exist; the mount may be missing, and then the sample serves plain HTTP only.
    /// </summary>
    public string? CertificatePath { get; init; }

    /// <summary>The HTTPS private key the user named (PEM); null for <see cref="DefaultKeyPath"/>, as for the certificate.</summary>
    public string? KeyPath { get; init; }

    /// <summary>
    /// The <c>/json</c> dataset the user named; null for HttpArena's mount, <see cref="Dataset.DefaultPath"/>, when it is
    /// there, and generated items of the same shape when it is not. A named file must exist.
    /// </summary>
    public string? DatasetPath { get; init; }

    /// <summary>Where HttpArena mounts the files of its static profiles.</summary>
    public const string DefaultStaticPath = "/data/static";

    /// <summary>
    /// The directory served at <c>/static</c> the user named; null for HttpArena's mount, <see cref="DefaultStaticPath"/>,
    /// when it is there, and no static files when it is not. A named directory must exist.
    /// </summary>
    public string? StaticPath { get; init; }

    /// <summary>
    /// The PostgreSQL database of the <c>async-db</c> and <c>fortunes</c> profiles, as HttpArena passes it
    /// (<c>postgres://user:password@host:port/database</c>); null when there is none, and then those routes answer 503.
    /// </summary>
    public string? DatabaseUrl { get; init; }

    /// <summary>The database pool's size: HttpArena's <c>DATABASE_MAX_CONN</c>, 256 when it is not set.</summary>
    public int DatabaseMaxConnections { get; init; } = 256;

    public ServerLimits Limits { get; init; } = ServerLimits.Default;

    public int ListenBacklog { get; init; } = 512;

    public int AcceptLoops { get; init; } = 1;

    /// <summary>
    /// What moves the bytes: the library's default (<see cref="ServerTransport.Sockets"/>) unless the flag or
    /// <c>MINIHTTP_TRANSPORT</c> names another.
    /// </summary>
    public ServerTransport Transport { get; init; } = ServerTransport.Sockets;

    /// <summary>Several processes on one port (SO_REUSEPORT), the kernel spreading connections among them.</summary>
    public bool ReusePort { get; init; }

    /// <summary>
    /// Run socket completions on the runtime's socket event threads (one per core) instead of handing each to the thread
    /// pool: the runtime's <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS</c>, which it reads when the first socket is
    /// made. On by default: the sample's handlers never block, so a request is answered where its bytes arrive. Off by
    /// default when a database is configured (unless the variable says otherwise): Npgsql's continuations would then run
    /// on those threads too, and a query canceled by a client that left waits there for a cancel request that Npgsql
    /// sends synchronously, whose reply needs those same threads, so the server stalls (see docs/handlers.md).
    /// </summary>
    public bool InlineCompletions { get; init; } = true;

    public bool ReportAllocations { get; init; }

    /// <summary>Listens to the server's metrics and prints their totals on SIGUSR1: the benchmark's "meter on" run.</summary>
    public bool Metrics { get; init; }

    public bool PrintRoutes { get; init; }

    /// <summary>Prints the OpenAPI document the generator wrote at compile time, and serves nothing.</summary>
    public bool PrintOpenApi { get; init; }

    /// <summary>Reads the settings, or says in one line what is wrong with them.</summary>
    public static ArenaSettings? TryParse(string[] args, IDictionary environment, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (flag, variable) in Valued)
        {
            if (environment[variable] is string value)
            {
                values[flag] = value;
            }
        }

        var settings = new ArenaSettings
        {
            ReusePort = environment["REUSE_PORT"] is "1" or "true",
            InlineCompletions = environment[InlineCompletionsVariable] is not "0",
            Metrics = environment["METRICS"] is "1" or "true",
        };
        for (var i = 0; i < args.Length; i++)
        {
            if (Array.Exists(Valued, setting => setting.Flag == args[i]) && i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
            }
            else if (args[i] == "--reuse-port")
            {
                settings = settings with { ReusePort = true };
            }
            else if (args[i] == "--pool-completions")
            {
                settings = settings with { InlineCompletions = false };
            }
            else if (args[i] == "--report-allocations")
            {
                settings = settings with { ReportAllocations = true };
            }
            else if (args[i] == "--metrics")
            {
                settings = settings with { Metrics = true };
            }
            else if (args[i] == "--routes")
            {
                settings = settings with { PrintRoutes = true };
            }
            else if (args[i] == "--openapi")
            {
                settings = settings with { PrintOpenApi = true };
            }
            else
            {
                error = $"Unknown argument '{args[i]}'. {Usage}";
                return null;
            }
        }

        try
        {
            error = null;
            settings = Apply(settings, values);
            return settings.DatabaseUrl is not null && environment[InlineCompletionsVariable] is null ? settings with { InlineCompletions = false } : settings;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            error = e.Message;
            return null;
        }
    }

    private static ArenaSettings Apply(ArenaSettings settings, Dictionary<string, string> values)
    {
        foreach (var (flag, value) in values)
        {
            settings = flag switch
            {
                "--address" => settings with { Address = IPAddress.TryParse(value, out var address) ? address : throw new FormatException($"--address '{value}' is not an IP address.") },
                "--port" => settings with { Port = PortNumber(flag, value) },
                "--tls-port" => settings with { TlsPort = PortNumber(flag, value) },
                "--cert" => settings with { CertificatePath = value },
                "--key" => settings with { KeyPath = value },
                "--dataset" => settings with { DatasetPath = value },
                "--static" => settings with { StaticPath = value },
                "--database-url" => settings with { DatabaseUrl = value },
                "--database-max-connections" => settings with { DatabaseMaxConnections = Number(flag, value) is > 0 and var pool ? pool : throw new ArgumentOutOfRangeException(flag, "The database pool needs at least one connection.") },
                "--max-connections" => settings with { Limits = settings.Limits with { MaxConcurrentConnections = Number(flag, value) } },
                "--max-body-size" => settings with { Limits = settings.Limits with { MaxRequestBodySize = Number(flag, value) } },
                "--transport" => settings with { Transport = TransportNamed(value) },
                "--accept-loops" => settings with { AcceptLoops = Number(flag, value) is > 0 and var loops ? loops : throw new ArgumentOutOfRangeException(flag, "There must be at least one accept loop.") },
                _ => settings with { ListenBacklog = Number(flag, value) is > 0 and var backlog ? backlog : throw new ArgumentOutOfRangeException(flag, "The backlog must be positive.") },
            };
        }

        return settings;
    }

    private static ServerTransport TransportNamed(string value) => value switch
    {
        "sockets" => ServerTransport.Sockets,
        "epoll" => ServerTransport.Epoll,
        _ => throw new FormatException($"--transport '{value}' is neither 'sockets' nor 'epoll'."),
    };

    /// <summary>A TCP port; 0 lets the operating system choose one.</summary>
    private static int PortNumber(string flag, string value) =>
        Number(flag, value) is <= IPEndPoint.MaxPort and var port ? port : throw new ArgumentOutOfRangeException(flag, $"{flag} {value} is not a TCP port.");

    private static int Number(string flag, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{flag} '{value}' is not a whole number.");
}
