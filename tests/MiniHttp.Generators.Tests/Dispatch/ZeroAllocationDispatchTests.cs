using System;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// Binding value-type and span arguments, calling the handler and writing a value-type or span result allocates
/// nothing per request, from every source, in the steady state of a connection.
/// </summary>
public sealed class ZeroAllocationDispatchTests
{
    [Theory]
    [InlineData("GET", "/bind/int?v=-42", "", "")]
    [InlineData("GET", "/bind/ulong?v=18446744073709551615", "", "")]
    [InlineData("GET", "/bind/double?v=1.5e%2B2", "", "")]
    [InlineData("GET", "/bind/decimal?v=-12.50", "", "")]
    [InlineData("GET", "/bind/bool?v=TRUE", "", "")]
    [InlineData("GET", "/bind/guid?v=0f8fad5b-d9cb-469f-a165-70867728950e", "", "")]
    [InlineData("GET", "/bind/raw?v=a%20b", "", "")]
    [InlineData("GET", "/bind/header", "X-Count: 7\r\n", "")]
    [InlineData("GET", "/bind/datetimeoffset/ticks?v=2026-12-03T15%3A41%3A20.5%2B01%3A00", "", "")]
    [InlineData("GET", "/bind/route/2026-12-03/daynumber", "", "")]
    [InlineData("GET", "/bind/header/timeonly/ticks", "X-At: 14:41:20.25\r\n", "")]
    [InlineData("GET", "/bind/limit?limit=&since=2026-12-03T14:41:20Z", "", "")]
    [InlineData("GET", "/bind/route/2.5/double", "", "")]
    [InlineData("GET", "/bind/route/TRUE/bool", "", "")]
    [InlineData("POST", "/bind/body/double", "", "-0.25")]
    [InlineData("POST", "/bind/void", "", "3")]
    [InlineData("HEAD", "/bind/int?v=1", "", "")]
    [InlineData("GET", "/bind/int?v=oops", "", "")]
    [InlineData("GET", "/counter", "", "")]
    [InlineData("POST", "/counter?by=2", "", "")]
    [InlineData("GET", "/results/todos/1", "", "")]
    [InlineData("GET", "/results/todos/2", "", "")]
    [InlineData("GET", "/results/six/4", "", "")]
    public void A_request_allocates_nothing(string method, string target, string headers, string body)
    {
        var requestMethod = Enum.Parse<RequestMethod>(method, ignoreCase: true);
        var methodToken = Encoding.ASCII.GetBytes(method);
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var path = Encoding.ASCII.GetBytes(queryStart < 0 ? target : target[..queryStart]);
        var query = queryStart < 0 ? [] : Encoding.ASCII.GetBytes(target[(queryStart + 1)..]);
        var headerBytes = Encoding.ASCII.GetBytes(headers);
        var bodyBytes = Encoding.ASCII.GetBytes(body);
        var output = new ReusedBufferWriter();
        var response = new HttpResponse(output);

        void DispatchOnce()
        {
            var request = new HttpRequest(requestMethod, methodToken, path, query, ProtocolVersion.Http11, headerBytes, bodyBytes, keepAlive: true);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            output.Clear();
            Wire.Router.Dispatch(in request, response);
        }

        for (var i = 0; i < 100; i++)
        {
            DispatchOnce();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            DispatchOnce();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(response.IsCommitted);
        Assert.StartsWith(method == "POST" && target == "/bind/void" ? "HTTP/1.1 204 " : "HTTP/1.1 ", output.Text, StringComparison.Ordinal);
    }

    /// <summary>One buffer, written from its start for each response: what a connection's output is in its steady state.</summary>
    private sealed class ReusedBufferWriter : PipeWriter
    {
        private readonly byte[] _buffer = new byte[4096];
        private int _written;

        public string Text => Encoding.ASCII.GetString(_buffer, 0, _written);

        public void Clear() => _written = 0;

        public override void Advance(int bytes) => _written += bytes;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _buffer.AsMemory(_written);

        public override Span<byte> GetSpan(int sizeHint = 0) => _buffer.AsSpan(_written);

        public override void CancelPendingFlush()
        {
        }

        public override void Complete(Exception? exception = null)
        {
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => default;
    }
}
