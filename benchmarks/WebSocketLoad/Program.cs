using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

// A WebSocket load generator in the shape of HttpArena's (gcannon --ws): each connection upgrades at /ws, then sends
// --pipeline masked five-byte text frames ("hello") back to back and reads as many echoes, over and over; with
// --messages N it closes after N echoes and opens a new connection (echo-ws-limited). Prints the echoes received per
// second over --duration seconds, after the connections are open.
var port = 8080;
var connections = 64;
var pipeline = 1;
var duration = 5.0;
int? messagesPerConnection = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = args[i + 1];
    switch (args[i])
    {
        case "--port": port = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--connections": connections = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--pipeline": pipeline = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--duration": duration = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--messages": messagesPerConnection = int.Parse(value, CultureInfo.InvariantCulture); break;
        default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
    }
}

var endPoint = new IPEndPoint(IPAddress.Loopback, port);
byte[] mask = [0x37, 0xFA, 0x21, 0x3D];
var frame = new byte[2 + 4 + 5];
frame[0] = 0x81;
frame[1] = 0x80 | 5;
mask.CopyTo(frame, 2);
for (var i = 0; i < 5; i++)
{
    frame[6 + i] = (byte)("hello"u8[i] ^ mask[i % 4]);
}

var batch = new byte[frame.Length * pipeline];
for (var i = 0; i < pipeline; i++)
{
    frame.CopyTo(batch, i * frame.Length);
}

// An echo is 2 bytes of header and the five bytes back.
const int EchoLength = 7;
long echoes = 0;
long errors = 0;
using var stop = new CancellationTokenSource();
// Counted down as each connection's first handshake ends, answered or not. An async gate rather than a Barrier: 64
// workers blocked in SignalAndWait held the thread pool's threads that their own handshakes' continuations needed, and on
// a loaded two-core machine the pool grew too slowly for the warm-up ever to start.
var opening = connections;
var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
var workers = new Task[connections];
for (var c = 0; c < connections; c++)
{
    workers[c] = Task.Run(async () =>
    {
        var first = true;
        var buffer = new byte[64 * 1024];
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var socket = await OpenAsync(endPoint, buffer, stop.Token);
                if (first)
                {
                    first = false;
                    Opened();
                }

                var sent = 0;
                while (!stop.IsCancellationRequested && (messagesPerConnection is not { } most || sent < most))
                {
                    await socket.SendAsync(batch, SocketFlags.None, stop.Token);
                    sent += pipeline;
                    var expected = pipeline * EchoLength;
                    while (expected > 0)
                    {
                        var read = await socket.ReceiveAsync(buffer, SocketFlags.None, stop.Token);
                        if (read == 0)
                        {
                            throw new SocketException((int)SocketError.ConnectionReset);
                        }

                        expected -= read;
                    }

                    Interlocked.Add(ref echoes, pipeline);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e) when (e is SocketException or InvalidOperationException)
            {
                // A refused handshake (no /ws, say) counts as an error, and the run reports it instead of waiting for ever.
                if (Interlocked.Increment(ref errors) == 1)
                {
                    Console.Error.WriteLine(e.Message);
                }

                if (first)
                {
                    first = false;
                    Opened();
                }
            }
        }
    });
}

await opened.Task.WaitAsync(TimeSpan.FromSeconds(60));
var before = Interlocked.Read(ref echoes);
var clock = System.Diagnostics.Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(duration));
var counted = Interlocked.Read(ref echoes) - before;
var seconds = clock.Elapsed.TotalSeconds;
stop.Cancel();
await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(10));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"messages/s: {counted / seconds:F0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"errors: {Interlocked.Read(ref errors)}"));

void Opened()
{
    if (Interlocked.Decrement(ref opening) == 0)
    {
        opened.SetResult();
    }
}

static async Task<Socket> OpenAsync(IPEndPoint endPoint, byte[] buffer, CancellationToken stop)
{
    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    await socket.ConnectAsync(endPoint, stop);
    var key = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
    var request = $"GET /ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
    await socket.SendAsync(Encoding.ASCII.GetBytes(request), SocketFlags.None, stop);
    var received = 0;
    while (buffer.AsSpan(0, received).IndexOf("\r\n\r\n"u8) < 0)
    {
        var read = await socket.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None, stop);
        if (read == 0)
        {
            throw new SocketException((int)SocketError.ConnectionReset);
        }

        received += read;
    }

    if (!buffer.AsSpan(0, received).StartsWith("HTTP/1.1 101"u8))
    {
        throw new InvalidOperationException("The server did not switch protocols: " + Encoding.ASCII.GetString(buffer, 0, received));
    }

    return socket;
}
