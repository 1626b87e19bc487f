using System;
using System.Buffers;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using MiniHttp.Generated;
using MiniHttp.Parsing;

namespace MiniHttp.Benchmarks.Micro;

/// <summary>
/// Each stage of answering a request from bytes already received: reading it, dispatching it, writing the response,
/// and the three together for 1 and 16 pipelined requests, as the connection's loop runs them on one receive (reader,
/// generated dispatch, response writer), without the socket.
/// </summary>
[MemoryDiagnoser]
public class RequestPathBenchmarks : IDisposable
{
    private const string Get = "GET /baseline11?a=13&b=42 HTTP/1.1\r\nHost: localhost\r\n\r\n";
    private const string PostChunked = "POST /baseline11?a=13&b=42 HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n20\r\n0\r\n\r\n";
    private const string Pipeline = "GET /pipeline HTTP/1.1\r\nHost: localhost\r\n\r\n";

    private readonly RequestReader _reader = new(new ServerLimits());
    private readonly HttpResponse _response = new(new DiscardingPipeWriter());

    // Not readonly: a call on a readonly struct field would run on a defensive copy, which the server avoids too.
    private Router _router;
    private ReadOnlySequence<byte> _get;
    private ReadOnlySequence<byte> _postChunked;
    private ReadOnlySequence<byte> _pipelined16;
    private byte[] _path = [];
    private byte[] _query = [];

    [GlobalSetup]
    public void Setup()
    {
        _get = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(Get));
        _postChunked = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(PostChunked));
        _pipelined16 = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(Pipeline, 16))));
        _path = "/baseline11"u8.ToArray();
        _query = "a=13&b=42"u8.ToArray();
        _router = new Router();
    }

    [Benchmark]
    public bool ReadGet() => _reader.TryRead(_get, out _, out _, out _) == ReadStatus.Complete;

    [Benchmark]
    public bool ReadChunkedPost() => _reader.TryRead(_postChunked, out _, out _, out _) == ReadStatus.Complete;

    [Benchmark]
    public void Dispatch()
    {
        var request = new HttpRequest(RequestMethod.Get, "GET"u8, _path, _query, ProtocolVersion.Http11, [], [], keepAlive: true);
        _response.Reset(ProtocolVersion.Http11, keepAlive: true);
        _router.Dispatch(in request, _response);
    }

    [Benchmark]
    public void WriteResponse()
    {
        // Reset as the connection does before each request: a response answers one request.
        _response.Reset(ProtocolVersion.Http11, keepAlive: true);
        _response.WritePlainText(55);
    }

    [Benchmark]
    public int Answer1() => AnswerAll(_get);

    [Benchmark(OperationsPerInvoke = 16)]
    public int Answer16Pipelined() => AnswerAll(_pipelined16);

    public void Dispose()
    {
        _reader.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Reads, dispatches and answers every request in <paramref name="buffer"/>, as one receive's batch.</summary>
    private int AnswerAll(ReadOnlySequence<byte> buffer)
    {
        var answered = 0;
        while (_reader.TryRead(buffer, out var request, out var consumed, out _) == ReadStatus.Complete)
        {
            _response.Reset(request.Version, keepAlive: true);
            _router.Dispatch(in request, _response);
            buffer = buffer.Slice(consumed);
            answered++;
        }

        return answered;
    }
}
