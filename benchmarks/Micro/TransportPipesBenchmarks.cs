using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using MiniHttp.Transport.Epoll;

namespace MiniHttp.Benchmarks.Micro;

/// <summary>
/// What each transport's pipes cost between the socket and the HTTP layer, without the socket: the sockets transport's
/// stream pipes (<c>StreamPipeReader</c>/<c>StreamPipeWriter</c> over a stream; here one that hands out a request per
/// read and drops what is written, in place of the <c>NetworkStream</c>) against the epoll transport's pair of
/// <see cref="Pipe"/>s with their inline readers (the options <see cref="EpollConnection"/> uses, a loop that takes what
/// the writer flushes in place of its send loop). Per response: write one and flush. Per request: receive one and read
/// it. Per connection: make the pipes, or reset used ones as the epoll transport reuses them.
/// </summary>
[MemoryDiagnoser]
public class TransportPipesBenchmarks : IDisposable
{
    private static readonly byte[] s_request = "GET /baseline11?a=13&b=42 HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray();
    private static readonly byte[] s_response = new byte[130];

    private readonly RequestStream _stream = new();
    private PipeReader _streamReader = null!;
    private PipeWriter _streamWriter = null!;
    private Pipe _input = null!;
    private Pipe _output = null!;
    private Pipe _recycled = null!;

    [GlobalSetup]
    public void Setup()
    {
        _streamReader = SocketStreamTransport.CreateReader(_stream);
        _streamWriter = PipeWriter.Create(_stream);
        _input = new Pipe(EpollConnection.InputOptions);
        _output = new Pipe(EpollConnection.OutputOptions);
        _recycled = new Pipe(EpollConnection.InputOptions);
        _ = DrainAsync(_output.Reader);
    }

    [Benchmark]
    public ValueTask<FlushResult> ResponseThroughStreamPipe() => WriteResponse(_streamWriter);

    [Benchmark]
    public ValueTask<FlushResult> ResponseThroughInlinePipe() => WriteResponse(_output.Writer);

    [Benchmark]
    public async ValueTask<long> RequestThroughStreamPipe()
    {
        var result = await _streamReader.ReadAsync().ConfigureAwait(false);
        var length = result.Buffer.Length;
        _streamReader.AdvanceTo(result.Buffer.End);
        return length;
    }

    [Benchmark]
    public async ValueTask<long> RequestThroughInlinePipe()
    {
        // The loop's side: the received bytes straight into the pipe's memory, then the flush.
        var memory = _input.Writer.GetMemory(4096);
        s_request.CopyTo(memory);
        _input.Writer.Advance(s_request.Length);
        await _input.Writer.FlushAsync().ConfigureAwait(false);
        // The connection's side.
        var result = await _input.Reader.ReadAsync().ConfigureAwait(false);
        var length = result.Buffer.Length;
        _input.Reader.AdvanceTo(result.Buffer.End);
        return length;
    }

    [Benchmark]
    public object StreamPipesForAConnection() => (SocketStreamTransport.CreateReader(_stream), PipeWriter.Create(_stream));

    [Benchmark]
#pragma warning disable CA1822 // BenchmarkDotNet runs instance methods.
    public object InlinePipesForAConnection() => (new Pipe(EpollConnection.InputOptions), new Pipe(EpollConnection.OutputOptions));
#pragma warning restore CA1822

    [Benchmark]
    public Pipe InlinePipeReused()
    {
        _recycled.Writer.Complete();
        _recycled.Reader.Complete();
        _recycled.Reset();
        return _recycled;
    }

    public void Dispose()
    {
        _stream.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ValueTask<FlushResult> WriteResponse(PipeWriter writer)
    {
        writer.Write(s_response);
        return writer.FlushAsync();
    }

    private static async Task DrainAsync(PipeReader reader)
    {
        while (true)
        {
            var result = await reader.ReadAsync().ConfigureAwait(false);
            reader.AdvanceTo(result.Buffer.End);
        }
    }

    /// <summary>A socket's stand-in: each read receives one request, each write is taken at once.</summary>
    private sealed class RequestStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanWrite => true;

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (buffer.IsEmpty)
            {
                return new ValueTask<int>(0);
            }

            s_request.CopyTo(buffer);
            return new ValueTask<int>(s_request.Length);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => default;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
