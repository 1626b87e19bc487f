using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using MiniHttp.WebSockets;

namespace MiniHttp.Benchmarks.Micro;

/// <summary>
/// Echoing a batch of small text messages that arrived in one receive (HttpArena's <c>echo-ws</c> at 1 and
/// <c>echo-ws-pipeline</c> at 16), over in-memory pipes, without a socket: MiniHttp's own framing
/// (<see cref="WebSocketConnection"/>, echoes buffered and sent with one flush per batch) against .NET's
/// <see cref="WebSocket.CreateFromStream(Stream, WebSocketCreationOptions)"/> over a stream on the same pipes (one send per
/// message, as its API has it). Everything completes synchronously, so this is the CPU of the framing alone.
/// </summary>
[MemoryDiagnoser]
public class WebSocketEchoBenchmarks : IDisposable
{
    private static readonly byte[] Mask = [0x37, 0xFA, 0x21, 0x3D];

    private readonly Pipe _toServer = new(new PipeOptions(pauseWriterThreshold: 0, useSynchronizationContext: false));
    private readonly Pipe _toClient = new(new PipeOptions(pauseWriterThreshold: 0, useSynchronizationContext: false));
    private readonly byte[] _receiveBuffer = new byte[4096];
    private WebSocketConnection? _own;
    private WebSocket? _framework;
    private byte[] _batch = [];

    [Params(1, 16)]
    public int Messages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var frame = new byte[2 + 4 + 5];
        frame[0] = 0x81;
        frame[1] = 0x80 | 5;
        Mask.CopyTo(frame, 2);
        for (var i = 0; i < 5; i++)
        {
            frame[6 + i] = (byte)("hello"[i] ^ Mask[i % 4]);
        }

        _batch = new byte[frame.Length * Messages];
        for (var i = 0; i < Messages; i++)
        {
            frame.CopyTo(_batch, i * frame.Length);
        }

        _own = new WebSocketConnection(_toServer.Reader, _toClient.Writer, ServerLimits.Default, subProtocol: null);
        _framework = WebSocket.CreateFromStream(
            new DuplexPipeStream(_toServer.Reader, _toClient.Writer),
            new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
    }

    [Benchmark(Baseline = true)]
    public int OwnFraming()
    {
        Receive();
        for (var i = 0; i < Messages; i++)
        {
            var message = Complete(_own!.ReceiveAsync());
            _own.Send(message.Type, message.Payload.Span);
        }

        Complete(_own!.FlushAsync());
        return Drain();
    }

    [Benchmark]
    public int CreateFromStream()
    {
        Receive();
        for (var i = 0; i < Messages; i++)
        {
            var result = Complete(_framework!.ReceiveAsync(_receiveBuffer.AsMemory(), CancellationToken.None));
            Complete(_framework.SendAsync(_receiveBuffer.AsMemory(0, result.Count), result.MessageType, result.EndOfMessage, CancellationToken.None));
        }

        return Drain();
    }

    public void Dispose()
    {
        _own?.Dispose();
        _framework?.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Receive()
    {
        _toServer.Writer.Write(_batch);
        Complete(_toServer.Writer.FlushAsync());
    }

    private int Drain()
    {
        _toClient.Reader.TryRead(out var result);
        var length = (int)result.Buffer.Length;
        _toClient.Reader.AdvanceTo(result.Buffer.End);
        return length;
    }

    private static T Complete<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? task.Result : throw new InvalidOperationException("Every step completes synchronously here.");

    private static void Complete(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException("Every step completes synchronously here.");
        }
    }

    /// <summary>A stream over the two pipes, reading the client's bytes and writing the server's, as a socket's stream would.</summary>
    private sealed class DuplexPipeStream(PipeReader input, PipeWriter output) : Stream
    {
        private readonly Stream _input = input.AsStream(leaveOpen: true);
        private readonly Stream _output = output.AsStream(leaveOpen: true);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _input.ReadAsync(buffer, cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => _output.WriteAsync(buffer, cancellationToken);

        public override Task FlushAsync(CancellationToken cancellationToken) => _output.FlushAsync(cancellationToken);

        public override void Flush() => _output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => _input.Read(buffer, offset, count);

        public override void Write(byte[] buffer, int offset, int count) => _output.Write(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
