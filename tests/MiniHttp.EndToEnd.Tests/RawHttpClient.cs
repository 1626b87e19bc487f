using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>
/// A client that writes exact bytes to a socket and reads responses back byte for byte, so tests see
/// precisely what the server put on the wire.
/// </summary>
internal sealed class RawHttpClient : IAsyncDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    private RawHttpClient(Socket socket) => _socket = socket;

    public static async Task<RawHttpClient> ConnectAsync(IPEndPoint endPoint)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(s_timeout);
        await socket.ConnectAsync(endPoint, timeout.Token);
        return new RawHttpClient(socket);
    }

    public async Task SendAsync(string ascii) => await SendAsync(Encoding.ASCII.GetBytes(ascii));

    public async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        using var timeout = new CancellationTokenSource(s_timeout);
        while (!bytes.IsEmpty)
        {
            var sent = await _socket.SendAsync(bytes, SocketFlags.None, timeout.Token);
            bytes = bytes[sent..];
        }
    }

    /// <summary>Reads one whole response, framed by its Content-Length or chunked; a chunked body is decoded.</summary>
    public async Task<RawResponse> ReadResponseAsync()
    {
        var headEnd = await ReadUntilAsync("\r\n\r\n"u8.ToArray());
        var head = Encoding.ASCII.GetString(_buffer, _start, headEnd - _start);
        _start = headEnd + 4;

        var lines = head.Split("\r\n");
        var statusParts = lines[0].Split(' ', 3);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines[1..])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        var response = new RawResponse(statusParts[0], int.Parse(statusParts[1], CultureInfo.InvariantCulture), statusParts[2], headers, "");
        var content = response.Header("Transfer-Encoding") == "chunked"
            ? await ReadChunkedBodyAsync()
            : await ReadBytesAsync(int.Parse(response.Header("Content-Length") ?? throw new InvalidDataException("The response has neither Content-Length nor chunked framing."), CultureInfo.InvariantCulture));
        return response with { Body = Encoding.UTF8.GetString(content), Content = content };
    }

    /// <summary>The chunks' data, in order, up to the last chunk; trailer fields are read past.</summary>
    private async Task<byte[]> ReadChunkedBodyAsync()
    {
        var body = new MemoryStream();
        while (true)
        {
            var sizeLine = await ReadLineAsync();
            var size = int.Parse(sizeLine.Split(';')[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                while (await ReadLineAsync() != "")
                {
                }

                return body.ToArray();
            }

            body.Write(await ReadBytesAsync(size));
            if (await ReadLineAsync() != "")
            {
                throw new InvalidDataException("A chunk's data is not followed by CRLF.");
            }
        }
    }

    private async Task<string> ReadLineAsync()
    {
        var end = await ReadUntilAsync("\r\n"u8.ToArray());
        var line = Encoding.ASCII.GetString(_buffer, _start, end - _start);
        _start = end + 2;
        return line;
    }

    private async Task<byte[]> ReadBytesAsync(int length)
    {
        var bytes = new byte[length];
        for (var copied = 0; copied < length;)
        {
            if (_end == _start)
            {
                await ReceiveMoreAsync();
            }

            var piece = Math.Min(length - copied, _end - _start);
            Buffer.BlockCopy(_buffer, _start, bytes, copied, piece);
            _start += piece;
            copied += piece;
        }

        return bytes;
    }

    /// <summary>Waits until at least <paramref name="count"/> bytes of the response have arrived, reading none of them.</summary>
    public async Task WaitForBytesAsync(int count)
    {
        while (_end - _start < count)
        {
            await ReceiveMoreAsync();
        }
    }

    /// <summary>Whether anything (a byte, or the connection closing) arrives within <paramref name="wait"/>.</summary>
    public bool AnythingArrivesWithin(TimeSpan wait) => _end > _start || _socket.Poll(wait, SelectMode.SelectRead);

    /// <summary>Whether the server closed the connection (a read returns end of stream) with nothing more sent.</summary>
    public async Task<bool> IsClosedByServerAsync()
    {
        if (_end > _start)
        {
            return false;
        }

        using var timeout = new CancellationTokenSource(s_timeout);
        try
        {
            return await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, timeout.Token) == 0;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            return true;
        }
    }

    private async Task<int> ReadUntilAsync(byte[] delimiter)
    {
        while (true)
        {
            var index = _buffer.AsSpan(_start, _end - _start).IndexOf(delimiter);
            if (index >= 0)
            {
                return _start + index;
            }

            await ReceiveMoreAsync();
        }
    }

    private async Task ReceiveMoreAsync()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        using var timeout = new CancellationTokenSource(s_timeout);
        var received = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, timeout.Token);
        if (received == 0)
        {
            throw new EndOfStreamException("The server closed the connection before the response was complete.");
        }

        _end += received;
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed record RawResponse(string Version, int StatusCode, string ReasonPhrase, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    /// <summary>The body's bytes as sent, chunk framing taken off; <see cref="Body"/> is them read as UTF-8.</summary>
    public byte[] Content { get; init; } = [];

    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
