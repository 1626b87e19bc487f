using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Forwarding;

/// <summary>
/// A real nginx (the Debian package) in front of two MiniHttp servers on loopback, run from a temporary directory:
/// <c>/</c> goes to a server that reads <c>X-Forwarded-For</c>, <c>/rfc/</c> to one that reads <c>Forwarded</c>. nginx
/// connects to them from 127.0.0.2, their one trusted proxy, so a client on 127.0.0.1 is never trusted.
/// </summary>
internal sealed class NginxProxy : IAsyncDisposable
{
    public static readonly IPAddress ProxyAddress = IPAddress.Parse("127.0.0.2");

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    private readonly string _directory;
    private readonly HttpServer<EndPointRouter> _xForwardedServer;
    private readonly HttpServer<EndPointRouter> _forwardedServer;
    private readonly Process _nginx;

    private NginxProxy(string directory, HttpServer<EndPointRouter> xForwardedServer, HttpServer<EndPointRouter> forwardedServer, Process nginx, IPEndPoint endPoint)
    {
        _directory = directory;
        _xForwardedServer = xForwardedServer;
        _forwardedServer = forwardedServer;
        _nginx = nginx;
        EndPoint = endPoint;
    }

    /// <summary>Where nginx listens.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Starts both servers and nginx, and waits until nginx accepts connections; throws if nginx is missing or fails.</summary>
    public static async Task<NginxProxy> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("minihttp-nginx-").FullName;
        var trusted = new ForwardedHeadersOptions { TrustedProxies = [new IPNetwork(ProxyAddress, 32)] };
        var xForwardedServer = StartServer(trusted);
        var forwardedServer = StartServer(trusted with { Format = ForwardedHeaderFormat.Forwarded });
        var endPoint = new IPEndPoint(IPAddress.Loopback, FreePort());
        await File.WriteAllTextAsync(Path.Combine(directory, "nginx.conf"), Configuration(directory, endPoint, xForwardedServer.LocalEndPoint, forwardedServer.LocalEndPoint));

        Process nginx;
        try
        {
            // -e: the error log goes to the temporary directory from the start, before the configuration is read.
            nginx = Process.Start(new ProcessStartInfo("nginx", ["-p", directory, "-c", Path.Combine(directory, "nginx.conf"), "-e", Path.Combine(directory, "error.log")]))!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("nginx is not installed (apt-get install -y nginx); this test needs it.", e);
        }

        var proxy = new NginxProxy(directory, xForwardedServer, forwardedServer, nginx, endPoint);
        try
        {
            await proxy.WaitUntilListeningAsync();
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }

        return proxy;
    }

    /// <summary>Stops nginx by its process id (SIGQUIT, a graceful stop), and the servers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_nginx.HasExited)
        {
            using (var quit = Process.Start("kill", ["-QUIT", _nginx.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await quit.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(s_timeout);
            try
            {
                await _nginx.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _nginx.Kill(entireProcessTree: true);
            }
        }

        _nginx.Dispose();
        await _xForwardedServer.DisposeAsync();
        await _forwardedServer.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static HttpServer<EndPointRouter> StartServer(ForwardedHeadersOptions forwardedHeaders)
    {
        var server = new HttpServer<EndPointRouter>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), ForwardedHeaders = forwardedHeaders });
        server.Start();
        return server;
    }

    // The configuration docs/deployment.md shows, with every path in the temporary directory so it runs without root.
    private static string Configuration(string directory, IPEndPoint listen, IPEndPoint xForwardedServer, IPEndPoint forwardedServer) => $$"""
        {{(Environment.UserName == "root" ? "user root;" : "")}}
        worker_processes 1;
        daemon off;
        pid {{directory}}/nginx.pid;
        error_log {{directory}}/error.log warn;

        events {
            worker_connections 64;
        }

        http {
            access_log off;
            client_body_temp_path {{directory}}/client_body;
            proxy_temp_path {{directory}}/proxy;
            fastcgi_temp_path {{directory}}/fastcgi;
            uwsgi_temp_path {{directory}}/uwsgi;
            scgi_temp_path {{directory}}/scgi;

            upstream minihttp_xforwarded {
                server {{xForwardedServer}};
                keepalive 16;
            }

            upstream minihttp_forwarded {
                server {{forwardedServer}};
                keepalive 16;
            }

            # RFC 7239 wants an IPv6 node quoted and in brackets.
            map $remote_addr $forwarded_for {
                ~:      "\"[$remote_addr]\"";
                default $remote_addr;
            }

            server {
                listen {{listen}};
                proxy_bind {{ProxyAddress}};
                proxy_http_version 1.1;

                location / {
                    proxy_pass http://minihttp_xforwarded;
                    proxy_set_header Host $host;
                    proxy_set_header Connection "";
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                }

                location /rfc/ {
                    proxy_pass http://minihttp_forwarded;
                    proxy_set_header Host $host;
                    proxy_set_header Connection "";
                    proxy_set_header Forwarded "for=$forwarded_for;proto=$scheme";
                }
            }
        }
        """;

    private static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_nginx.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_nginx.ExitCode}: {ErrorLog()}");
            }

            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(EndPoint);
                return;
            }
            catch (SocketException) when (clock.Elapsed < s_timeout)
            {
                await Task.Delay(50);
            }
        }
    }

    private string ErrorLog()
    {
        var path = Path.Combine(_directory, "error.log");
        return File.Exists(path) ? File.ReadAllText(path) : "(no error log)";
    }

    /// <summary>Answers with what the request resolved to: <c>client scheme peer-address:peer-port</c>.</summary>
    internal readonly struct EndPointRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response) =>
            response.WritePlainText($"{request.ClientAddress} {request.Scheme} {request.RemoteEndPoint}");
    }
}
