using System;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Validation;

/// <summary>
/// Checks that pass allocate nothing: numbers from the query and a header allocate nothing at all, and a string
/// route value or a JSON body allocates exactly what the same route without checks does, which is what binding it takes.
/// </summary>
public sealed class ValidationAllocationTests
{
    [Fact]
    public void Numbers_that_pass_their_ranges_allocate_nothing()
    {
        Assert.Equal(0, AllocatedPerRequest(RequestMethod.Get, "/validate/count", "limit=7", "X-Max: 3\r\n", string.Empty));
    }

    [Fact]
    public void A_string_that_passes_its_pattern_length_and_required_allocates_only_what_binding_it_does()
    {
        var bound = AllocatedPerRequest(RequestMethod.Get, "/validate/code-unchecked/ABC", string.Empty, string.Empty, string.Empty);
        var validated = AllocatedPerRequest(RequestMethod.Get, "/validate/code/ABC", string.Empty, string.Empty, string.Empty);

        Assert.Equal(bound, validated);
    }

    [Fact]
    public void A_body_that_passes_allocates_only_what_deserializing_it_does()
    {
        const string headers = "Content-Type: application/json\r\n";
        var bound = AllocatedPerRequest(RequestMethod.Post, "/validate/todo-unchecked", string.Empty, headers, ValidationDispatchTests.PassingTodo);
        var validated = AllocatedPerRequest(RequestMethod.Post, "/validate/todo", string.Empty, headers, ValidationDispatchTests.PassingTodo);

        Assert.Equal(bound, validated);
    }

    private static long Allocated(Action action)
    {
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
    }

    /// <summary>The bytes one dispatch allocates in a connection's steady state; the response must be a 200.</summary>
    private static long AllocatedPerRequest(RequestMethod method, string path, string query, string headers, string body)
    {
        var methodToken = Encoding.ASCII.GetBytes(method.ToString().ToUpperInvariant());
        var pathBytes = Encoding.ASCII.GetBytes(path);
        var queryBytes = Encoding.ASCII.GetBytes(query);
        var headerBytes = Encoding.ASCII.GetBytes(headers);
        var bodyBytes = Encoding.UTF8.GetBytes(body);
        var output = new ReusedBufferWriter();
        var response = new HttpResponse(output);

        var allocated = Allocated(() =>
        {
            var request = new HttpRequest(method, methodToken, pathBytes, queryBytes, ProtocolVersion.Http11, headerBytes, bodyBytes, keepAlive: true);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            output.Clear();
            Wire.Router.Dispatch(in request, response);
        });

        Assert.StartsWith("HTTP/1.1 200 OK", output.Text, StringComparison.Ordinal);
        return allocated;
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
