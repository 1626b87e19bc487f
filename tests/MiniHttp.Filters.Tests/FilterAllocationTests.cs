using System;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Generated;

namespace MiniHttp.Filters.Tests;

/// <summary>
/// A filtered route allocates nothing per request in the steady state of a connection: the hooks, the CORS fields, each
/// filter, a filter's refusal and a preflight's answer included. Measured in memory, as the generated dispatch's
/// allocation tests measure a route without filters.
/// </summary>
public sealed class FilterAllocationTests
{
    [Theory]
    [InlineData("GET", "/todos/removed", "X-Api-Key: k3y\r\n")]
    [InlineData("GET", "/todos/removed", "")]
    [InlineData("GET", "/api/tenants/acme/secret", "")]
    [InlineData("GET", "/api/tenants/other/files/a", "")]
    [InlineData("GET", "/cors/items", "Origin: https://app.example\r\n")]
    [InlineData("GET", "/cors/items", "Origin: https://evil.example\r\n")]
    [InlineData("OPTIONS", "/cors/items", "Origin: https://app.example\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n")]
    [InlineData("OPTIONS", "/cors/public", "Origin: https://anywhere.example\r\nAccess-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: x-anything\r\n")]
    [InlineData("DELETE", "/cors/items/5", "Origin: https://app.example\r\n")]
    public void A_filtered_request_allocates_nothing(string method, string path, string headers)
    {
        var router = FilteredServer.NewRouter();
        var requestMethod = Enum.Parse<RequestMethod>(method, ignoreCase: true);
        var methodToken = Encoding.ASCII.GetBytes(method);
        var pathBytes = Encoding.ASCII.GetBytes(path);
        var headerBytes = Encoding.ASCII.GetBytes(headers);
        var output = new ReusedBufferWriter();
        var response = new HttpResponse(output);

        void DispatchOnce()
        {
            var request = new HttpRequest(requestMethod, methodToken, pathBytes, [], ProtocolVersion.Http11, headerBytes, [], keepAlive: true);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            output.Clear();
            router.Dispatch(in request, response);
        }

        for (var i = 0; i < 100; i++)
        {
            DispatchOnce();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            DispatchOnce();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(response.IsCommitted);
        Assert.StartsWith("HTTP/1.1 ", output.Text, StringComparison.Ordinal);
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
