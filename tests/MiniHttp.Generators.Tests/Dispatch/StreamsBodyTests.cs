using MiniHttp.Generated;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// The generated router tells the server which requests go to a handler that reads the body as it arrives, matching
/// exactly as <c>Dispatch</c> does: literal paths before templates, and only the methods whose handler streams.
/// </summary>
public sealed class StreamsBodyTests
{
    [Theory]
    [InlineData(RequestMethod.Post, "/stream/upload", true)]
    [InlineData(RequestMethod.Get, "/stream/upload", false)]
    [InlineData(RequestMethod.Put, "/stream/report.txt", true)]
    [InlineData(RequestMethod.Post, "/stream/report.txt", false)]
    [InlineData(RequestMethod.Put, "/stream/literal", false)]
    [InlineData(RequestMethod.Put, "/stream/a/b", false)]
    [InlineData(RequestMethod.Post, "/baseline11", false)]
    [InlineData(RequestMethod.Post, "/nowhere", false)]
    public void Only_requests_for_a_streaming_handler_stream(RequestMethod method, string path, bool streams)
    {
        Assert.Equal(streams, Router.StreamsBody(method, System.Text.Encoding.ASCII.GetBytes(path)));
    }

    [Fact]
    public void A_streaming_handler_without_a_body_reads_it_as_empty()
    {
        Assert.Equal(Wire.Ok("report:"), Wire.Dispatch(RequestMethod.Put, "/stream/report"));
    }
}
