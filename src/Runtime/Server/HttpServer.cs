using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Diagnostics;
using MiniHttp.StaticFiles;
using MiniHttp.Transport.Epoll;

namespace MiniHttp;

/// <summary>
/// An HTTP/1.1 server that answers every request with the generated <typeparamref name="TRouter"/>.
/// </summary>
/// <typeparam name="TRouter">
/// The router the source generator emits (<c>MiniHttp.Generated.Router</c>). It is a struct so the JIT
/// compiles a connection loop specialised for it and calls its dispatch directly, on the instance the server holds:
/// a constrained call, neither an interface call nor a box.
/// </typeparam>
public sealed class HttpServer<TRouter> : IAsyncDisposable
    where TRouter : struct, IHttpRouter
{
    private readonly ServerOptions _options;
    private readonly TRouter _router;
    private readonly SslServerAuthenticationOptions? _tls;
    private readonly RejectionLog _rejectionLog;
    private readonly StaticFileHandler? _staticFiles;
    // Each open connection, with what the metrics measured when it opened.
    private readonly ConcurrentDictionary<Connection<TRouter>, ConnectionMetrics> _connections = new();
    private readonly Action<Connection<TRouter>> _connectionEnded;
    private Socket? _listener;
    private ConnectionTransportFactory _transports = SocketStreamTransportFactory.Instance;
    private Task _acceptLoop = Task.CompletedTask;
    private Timer? _heartbeat;
    private ServerMetrics? _metrics;
    private int _stopping;

    // Made by the first stop, completed once no connection is left: a connection keeps no task of its own to be waited on.
    private TaskCompletionSource? _drained;
    private long _peakUnflushedResponseBytes;

    // SOL_SOCKET and SO_REUSEPORT as Linux numbers them.
    private const int SolSocket = 1;
    private const int SoReusePort = 15;

    private static readonly TimeSpan s_heartbeatPeriod = TimeSpan.FromSeconds(1);

    private int _servedConnectionCount;
    private long _refusedConnectionCount;

    /// <summary>
    /// A server whose router needs no instance: one whose handlers are all static, so <c>default(TRouter)</c> dispatches.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <typeparamref name="TRouter"/> holds routes instances (<see cref="IHttpRouter.RequiresInstance"/>); pass the router
    /// the application constructs to <see cref="HttpServer{TRouter}(ServerOptions, TRouter)"/> instead.
    /// </exception>
    public HttpServer(ServerOptions options)
        : this(options, default)
    {
        if (TRouter.RequiresInstance)
        {
            throw new ArgumentException(
                $"{typeof(TRouter).Name} holds state only its constructor is given, such as the routes classes of instance handlers, so it needs the instance the application constructs: new HttpServer<{typeof(TRouter).Name}>(options, new {typeof(TRouter).Name}(...)).",
                nameof(options));
        }
    }

    /// <summary>A server that answers every request with <paramref name="router"/>, which every connection shares.</summary>
    public HttpServer(ServerOptions options, TRouter router)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _router = router;
        _connectionEnded = OnConnectionEnded;
        _tls = options.Tls?.ToAuthenticationOptions();
        _rejectionLog = new RejectionLog(options.Logger, options.TimeProvider);
        // Made here so that a missing or malformed static files directory stops the application before it listens.
        _staticFiles = StaticFileHandler.Create(options.StaticFiles);
    }

    /// <summary>The address the server listens on; after <see cref="Start"/>, with the port the system chose.</summary>
    public IPEndPoint LocalEndPoint =>
        (IPEndPoint)(_listener ?? throw new InvalidOperationException("The server has not been started.")).LocalEndPoint!;

    /// <summary>The connections open right now.</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>How many connections were refused because <see cref="ServerLimits.MaxConcurrentConnections"/> were open.</summary>
    public long RefusedConnectionCount => Interlocked.Read(ref _refusedConnectionCount);

    /// <summary>
    /// The most response bytes any closed connection held unsent at once: the bound <see cref="ServerLimits.MaxResponseBufferSize"/>
    /// keeps, plus at most one response.
    /// </summary>
    internal long PeakUnflushedResponseBytes => Interlocked.Read(ref _peakUnflushedResponseBytes);

    /// <summary>Binds the endpoint and starts accepting connections in the background.</summary>
    /// <exception cref="ListenException">The endpoint cannot be listened on: its message says why and what to change.</exception>
    public void Start()
    {
        if (_listener is not null)
        {
            throw new InvalidOperationException("The server has already been started.");
        }

        // ReuseAddress is left alone on purpose: on Linux, .NET maps it to SO_REUSEPORT as well,
        // and a second server would then silently share the port instead of failing to bind.
        var listener = new Socket(_options.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (_options.EndPoint.AddressFamily == AddressFamily.InterNetworkV6)
            {
                listener.DualMode = true;
            }

            if (_options.ReusePort)
            {
                // .NET has no named option for SO_REUSEPORT, only ReuseAddress, which would set SO_REUSEADDR with it.
                listener.SetRawSocketOption(SolSocket, SoReusePort, BitConverter.GetBytes(1));
            }

            listener.Bind(_options.EndPoint);
            listener.Listen(_options.ListenBacklog);
        }
        catch (SocketException e)
        {
            listener.Dispose();
            throw ListenException.From(_options.EndPoint, _options.Tls is null ? "http" : "https", e);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        if (_options.Transport == ServerTransport.Epoll)
        {
            try
            {
                _transports = new EpollEngine(_options.EventLoops);
            }
            catch
            {
                listener.Dispose();
                throw;
            }
        }

        _listener = listener;
        // Made once the port is known: the instruments are tagged with it.
        var metrics = _metrics = new ServerMetrics(_options.MeterFactory, LocalEndPoint, _tls is not null);
        ServerLog.ServerStarted(_options.Logger, LocalEndPoint, _tls is null ? "http" : "https");
        _acceptLoop = Task.WhenAll(Enumerable.Range(0, _options.AcceptLoops).Select(_ => AcceptLoopAsync(listener, metrics)));
        _heartbeat = new Timer(static state => ((HttpServer<TRouter>)state!).Heartbeat(), this, s_heartbeatPeriod, s_heartbeatPeriod);
    }

    /// <summary>
    /// Stops accepting, closes every open connection at once and waits for their tasks to end: the same as
    /// <see cref="StopAsync(CancellationToken)"/> with its deadline already passed.
    /// </summary>
    public Task StopAsync() => StopAsync(new CancellationToken(canceled: true));

    /// <summary>Shuts down gracefully within <paramref name="timeout"/>: see <see cref="StopAsync(CancellationToken)"/>.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await StopAsync(deadline.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Shuts down gracefully: stops accepting (new connections are refused from now on), lets every request being answered
    /// finish, its response with <c>Connection: close</c> where it is not written yet, closes each connection once it has
    /// no request in progress, and waits for them all. When <paramref name="deadline"/> is canceled, every connection left
    /// is closed at once; closing cancels <see cref="HttpRequest.Aborted"/>, so a deferred handler that observes the token
    /// ends at once, and it is still waited for.
    /// </summary>
    public async Task StopAsync(CancellationToken deadline)
    {
        // Logged by the first stop only: DisposeAsync after StopAsync is the usual pattern, and stops nothing more.
        var endPoint = _listener is not null && Interlocked.Exchange(ref _stopping, 1) == 0 ? LocalEndPoint : null;
        if (endPoint is not null)
        {
            ServerLog.ServerStopping(_options.Logger, endPoint, _connections.Count, graceful: !deadline.IsCancellationRequested);
        }

        _listener?.Dispose();
        // Before the first await, so a request read after StopAsync returns to its caller is already answered as closing;
        // and again after, for the connections the accept loop took in meanwhile.
        BeginClosingConnections();
        await _acceptLoop.ConfigureAwait(false);
        BeginClosingConnections();

        // At once rather than at the next tick: idle connections close now.
        Heartbeat();
        var aborted = 0;
        var drained = Drained();
        try
        {
            await drained.WaitAsync(deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            aborted = _connections.Count;
            foreach (var (connection, _) in _connections)
            {
                connection.Abort();
            }

            await drained.ConfigureAwait(false);
        }

        if (_heartbeat is { } heartbeat)
        {
            await heartbeat.DisposeAsync().ConfigureAwait(false);
        }

        // Last: every connection has ended, so no loop has anything left to serve.
        if (_transports is EpollEngine engine)
        {
            _transports = SocketStreamTransportFactory.Instance;
            engine.Dispose();
        }

        if (endPoint is not null)
        {
            _rejectionLog.Flush();
            ServerLog.ServerStopped(_options.Logger, endPoint, aborted);
        }
    }

    /// <summary>Completes once no connection is left; called by a stop, after the accept loops have ended.</summary>
    private Task Drained()
    {
        var drained = Volatile.Read(ref _drained) ?? Interlocked.CompareExchange(ref _drained, new(TaskCreationOptions.RunContinuationsAsynchronously), null) ?? _drained;
        // After the publication (a full fence): a connection that ends from now on sees it, and one that ended before is
        // gone from the set.
        if (_connections.IsEmpty)
        {
            drained.TrySetResult();
        }

        return drained.Task;
    }

    private void BeginClosingConnections()
    {
        foreach (var (connection, _) in _connections)
        {
            connection.BeginClose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>
    /// Once a second, for every connection: one clock read for them all, and a few field reads each. This is what enforces
    /// the time limits, instead of a timer per connection or per request.
    /// </summary>
    private void Heartbeat()
    {
        var now = Environment.TickCount64;
        foreach (var (connection, _) in _connections)
        {
            connection.OnHeartbeat(now);
        }
    }

    private async Task AcceptLoopAsync(Socket listener, ServerMetrics metrics)
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.OperationAborted or SocketError.Interrupted)
            {
                return;
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.TooManyOpenSockets or SocketError.NoBufferSpaceAvailable)
            {
                ServerLog.AcceptBackoff(_options.Logger, e);
                // Out of descriptors or buffers: back off instead of spinning, so open connections can finish and free some.
                await Task.Delay(10).ConfigureAwait(false);
                continue;
            }
            catch (SocketException e)
            {
                ServerLog.AcceptReset(_options.Logger, e);
                // A client that reset before it was accepted affects only itself.
                continue;
            }

            if (!TryTakeConnectionPlace())
            {
                Refuse(socket);
                metrics.ConnectionRejected();
                continue;
            }

            StartConnection(socket, metrics);
        }
    }

    /// <summary>
    /// Sets up and starts the connection of an accepted socket. Whatever fails here ends that connection only: its place
    /// is given back and its socket closed, and the accept loop goes on.
    /// </summary>
    private void StartConnection(Socket socket, ServerMetrics metrics)
    {
        Connection<TRouter>? connection = null;
        try
        {
            _options.ConnectionSetUpHook?.Invoke(socket);
            // Fails for a client that reset since it was accepted, as reading its address in the connection does.
            socket.NoDelay = true;
            connection = new Connection<TRouter>(socket, _transports, _router, _options, _tls, _staticFiles, metrics, _rejectionLog);
            // Registered before it starts, so a connection that ends at once is never left behind in the set.
            _connections.TryAdd(connection, metrics.ConnectionOpened());
            // Once running, the connection gives its place back through _connectionEnded, however it ends. The accept loop
            // goes on at once: the connection runs on the thread pool, or on the epoll transport here only until its first
            // read, which waits for its loop to see bytes.
            connection.Start(_connectionEnded, onThreadPool: _transports is not EpollEngine);
        }
        catch (Exception e)
        {
            if (connection is not null)
            {
                _connections.TryRemove(connection, out _);
                connection.Dispose();
            }

            socket.Dispose();
            Interlocked.Decrement(ref _servedConnectionCount);
            if (e is SocketException or ObjectDisposedException)
            {
                ServerLog.AcceptReset(_options.Logger, e);
            }
            else
            {
                ServerLog.ConnectionSetUpFailed(_options.Logger, e);
            }
        }
    }

    /// <summary>
    /// Counts the accepted connection in, unless <see cref="ServerLimits.MaxConcurrentConnections"/> are open: a
    /// compare-exchange, since several accept loops may take the last place at once.
    /// </summary>
    private bool TryTakeConnectionPlace()
    {
        var max = _options.Limits.MaxConcurrentConnections ?? int.MaxValue;
        var served = Volatile.Read(ref _servedConnectionCount);
        while (served < max)
        {
            var raced = Interlocked.CompareExchange(ref _servedConnectionCount, served + 1, served);
            if (raced == served)
            {
                return true;
            }

            served = raced;
        }

        return false;
    }

    private void OnConnectionEnded(Connection<TRouter> connection)
    {
        RecordPeak(connection.PeakUnflushedBytes);
        // Freed before the connection leaves the set, so once ConnectionCount has dropped, its place can be taken.
        Interlocked.Decrement(ref _servedConnectionCount);
        if (_connections.TryRemove(connection, out var measured))
        {
            _metrics!.ConnectionClosed(measured);
        }

        if (Volatile.Read(ref _drained) is { } drained && _connections.IsEmpty)
        {
            drained.TrySetResult();
        }
    }

    private void RecordPeak(long peak)
    {
        var seen = Interlocked.Read(ref _peakUnflushedResponseBytes);
        while (peak > seen && Interlocked.CompareExchange(ref _peakUnflushedResponseBytes, peak, seen) is var raced && raced != seen)
        {
            seen = raced;
        }
    }

    /// <summary>
    /// Closes a connection over the limit at once, without reading from it or answering it: a 503 would cost a send and
    /// a lingering close on exactly the connections the limit is there to shed (Kestrel closes them the same way).
    /// </summary>
    private void Refuse(Socket socket)
    {
        Interlocked.Increment(ref _refusedConnectionCount);
        socket.Dispose();
    }
}
