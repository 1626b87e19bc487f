using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>
/// A loopback client that sends exact request bytes and reads responses byte for byte, knowing which have no body
/// (answers to HEAD, 304s): what a static file server puts on the wire, binary bodies included. Every read is bounded.
/// </summary>
internal sealed class FileClient : IAsyncDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    private readonly Socket _socket;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    private FileClient(Socket socket) => _socket = socket;

    public static async Task<FileClient> ConnectAsync(IPEndPoint endPoint, int? receiveBufferSize = null)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        if (receiveBufferSize is { } size)
        {
            socket.ReceiveBufferSize = size;
        }

        using var timeout = new CancellationTokenSource(s_timeout);
        await socket.ConnectAsync(endPoint, timeout.Token);
        return new FileClient(socket);
    }

    public async Task SendAsync(string raw)
    {
        using var timeout = new CancellationTokenSource(s_timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(raw), SocketFlags.None, timeout.Token);
    }

    /// <summary>Sends a GET (or another method) for <paramref name="target"/> with extra header lines, and reads its response.</summary>
    public async Task<FileResponse> RequestAsync(string target, string fields = "", string method = "GET")
    {
        await SendAsync($"{method} {target} HTTP/1.1\r\nHost: test\r\n{fields}\r\n");
        return await ReadResponseAsync(hasBody: method != "HEAD");
    }

    public async Task<FileResponse> ReadResponseAsync(bool hasBody = true)
    {
        var headEnd = await ReadUntilHeadEndAsync();
        var head = Encoding.UTF8.GetString(_buffer, _start, headEnd - _start);
        _start = headEnd;
        var response = FileResponse.Parse(head, []);
        var length = hasBody && response.Status is not (204 or 304) && response["Content-Length"] is { } value
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : 0;
        await FillAsync(length);
        var body = _buffer.AsSpan(_start, length).ToArray();
        _start += length;
        return response with { Body = body };
    }

    /// <summary>Whether the server closed the connection after what was read, sending nothing more.</summary>
    public async Task<bool> IsClosedByServerAsync()
    {
        if (_end > _start)
        {
            return false;
        }

        try
        {
            return await ReceiveAsync() == 0;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    /// <summary>Closes at once with a reset, as a client that gives up mid-download does.</summary>
    public void Reset()
    {
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Close();
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<int> ReadUntilHeadEndAsync()
    {
        while (true)
        {
            var end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                return _start + end + 4;
            }

            if (await ReceiveAsync() == 0)
            {
                throw new EndOfStreamException("The server closed before a whole response head arrived.");
            }
        }
    }

    private async Task FillAsync(int count)
    {
        while (_end - _start < count)
        {
            if (await ReceiveAsync() == 0)
            {
                throw new EndOfStreamException($"The server closed {_end - _start} bytes into a {count}-byte body.");
            }
        }
    }

    private async Task<int> ReceiveAsync()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        using var timeout = new CancellationTokenSource(s_timeout);
        var received = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, timeout.Token);
        _end += received;
        return received;
    }
}
