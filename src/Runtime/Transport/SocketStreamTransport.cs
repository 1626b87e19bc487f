using System.IO;
using System.IO.Pipelines;
using System.Net.Sockets;

namespace MiniHttp;

/// <summary>
/// The portable transport: the runtime's <see cref="Socket"/> as a <see cref="TimedNetworkStream"/>, with stream pipes
/// over it. The pipes are made on first use, since a TLS connection reads and writes the stream alone.
/// </summary>
internal sealed class SocketStreamTransport : ConnectionTransport
{
    // Large enough that a whole pipelined batch usually lands in one segment, so requests rarely straddle.
    internal const int ReceiveBufferSize = 16 * 1024;
    internal const int MinimumReceiveSize = 4 * 1024;

    private readonly Socket _socket;
    private readonly TimedNetworkStream _stream;
    private PipeReader? _input;
    private PipeWriter? _output;

    public SocketStreamTransport(Socket socket, ConnectionTimeouts timeouts)
    {
        _socket = socket;
        _stream = new TimedNetworkStream(socket, timeouts);
    }

    // Zero-byte reads: the reader waits for bytes to arrive before it rents its buffer, and returns the buffer once a batch
    // is consumed, so an idle connection holds none. The price is one more receive call (a one-byte peek) per receive
    // that finds the buffer empty.
    public override PipeReader Input => _input ??= CreateReader(_stream);

    public override PipeWriter Output => _output ??= PipeWriter.Create(_stream);

    public override Stream Stream => _stream;

    /// <summary>A reader over <paramref name="stream"/> with the receive sizes and zero-byte reads of the socket's own.</summary>
    internal static PipeReader CreateReader(Stream stream) => PipeReader.Create(stream, s_readerOptions);

    private static readonly StreamPipeReaderOptions s_readerOptions = new(bufferSize: ReceiveBufferSize, minimumReadSize: MinimumReceiveSize, useZeroByteReads: true);

    public override void ShutdownSend() => _socket.Shutdown(SocketShutdown.Send);

    public override void Abort(bool reset)
    {
        if (reset)
        {
            SocketClosing.SetResetOnClose(_socket);
        }

        _socket.Dispose();
    }

    public override void Dispose() => _socket.Dispose();
}
