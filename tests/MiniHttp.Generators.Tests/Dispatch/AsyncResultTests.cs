using System;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// Async handlers answer exactly as synchronous ones: at once when their task has completed, else when it does; a
/// streamed result goes out chunked.
/// </summary>
public sealed class AsyncResultTests
{
    [Fact]
    public void A_completed_task_is_answered_at_once()
    {
        Assert.Equal(Wire.Ok("42"), Wire.Dispatch(RequestMethod.Get, "/async/now?v=42"));
    }

    [Fact]
    public void A_task_that_completes_later_is_answered_when_it_does()
    {
        Assert.Equal(Wire.Ok("hi Zoë"), Wire.Dispatch(RequestMethod.Get, "/async/later?name=Zo%C3%AB"));
    }

    [Fact]
    public void Head_of_an_async_get_has_the_head_only()
    {
        Assert.Equal(Wire.HeadOf(Wire.Ok("hi a")), Wire.Dispatch(RequestMethod.Head, "/async/later?name=a"));
    }

    [Fact]
    public void A_value_task_of_a_json_type_is_written_as_json()
    {
        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/json; charset=utf-8\r\n"
            + "Content-Length: 27\r\n\r\n{\"item\":\"tea\",\"quantity\":3}",
            Wire.Dispatch(RequestMethod.Get, "/async/json?quantity=3"));
    }

    [Fact]
    public void A_bool_from_a_value_task_is_text()
    {
        Assert.Equal(Wire.Ok("true"), Wire.Dispatch(RequestMethod.Get, "/async/flag"));
    }

    [Theory]
    [InlineData("/async/nothing")]
    [InlineData("/async/nothing-now")]
    public void A_task_of_nothing_is_204(string path)
    {
        Assert.Equal(
            "HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\n" + Wire.Date + "\r\n",
            Wire.Dispatch(RequestMethod.Post, path));
    }

    [Fact]
    public void A_bad_argument_is_400_before_the_handler_runs()
    {
        Assert.Equal(Wire.BadRequest("Query parameter 'v' is missing."), Wire.Dispatch(RequestMethod.Get, "/async/now"));
    }

    [Fact]
    public void A_failing_task_fails_the_deferred_response_for_the_server_to_answer()
    {
        var exception = Record.Exception(() => Wire.Dispatch(RequestMethod.Get, "/async/fails"));

        Assert.IsType<InvalidOperationException>(exception);
    }

    [Fact]
    public void A_cancellation_token_is_not_cancelled_while_the_client_waits()
    {
        Assert.Equal(Wire.Ok("false"), Wire.Dispatch(RequestMethod.Get, "/async/token"));
    }

    [Fact]
    public void A_streamed_result_is_sent_chunked()
    {
        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5\r\npart;\r\n5\r\npart;\r\n5\r\npart;\r\n0\r\n\r\n",
            Wire.Dispatch(RequestMethod.Get, "/streamed?parts=3"));
    }

    [Fact]
    public void Head_of_a_streamed_result_has_the_head_only()
    {
        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n",
            Wire.Dispatch(RequestMethod.Head, "/streamed?parts=3"));
    }

    [Fact]
    public void A_streamed_result_from_a_task_is_sent_when_the_task_completes()
    {
        Assert.Equal(
            "HTTP/1.1 202 Accepted\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nlater\r\n0\r\n\r\n",
            Wire.Dispatch(RequestMethod.Get, "/async/streamed"));
    }
}
