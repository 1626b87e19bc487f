using System;
using System.IO;
using System.Threading.Tasks;

namespace MiniHttp;

internal sealed partial class Connection<TRouter>
{
    // The most unread body the connection reads and discards after a handler that streamed its body is done, to reach
    // the next request; past this, closing the connection is cheaper than reading on.
    private const long MaxDrainLength = 1024 * 1024;

    /// <summary>
    /// Answers a request whose route streams its body: the input is already advanced past its head, so its handler reads
    /// the body off the connection as it arrives. Afterwards the body's unread rest is drained, or the connection closed.
    /// </summary>
    /// <returns>Whether the connection stays open.</returns>
    private async ValueTask<bool> AnswerStreamedRequestAsync()
    {
        // Made for the connection's first streamed body: most connections never have one.
        var body = _body ??= new RequestBodyReader(_input, _output, _context, _limits, _timeouts);
        body.Start(_requestReader.StreamedHead);
        _context.Body = body;
        try
        {
            DispatchStreamedRequest();
            if (_response.IsDeferred)
            {
                await AwaitDeferredAsync(watchForDisconnect: false).ConfigureAwait(false);
            }

            // The handler is done: what it kept of the body can no longer read it, so the drain and the next request's
            // body are the connection's alone.
            body.EndRequest();
            if (!_response.IsCommitted)
            {
                WriteFailureResponse();
            }

            EndDeferredRequestMetrics();
            await _output.FlushAsync().ConfigureAwait(false);
            return _response.KeepAlive && !_closing && await FinishBodyAsync(body).ConfigureAwait(false);
        }
        finally
        {
            _context.Body = null;
            body.Finish();
        }
    }

    private void DispatchStreamedRequest()
    {
        var request = _requestReader.StreamedRequest();
        Answer(request);
        if (_response.IsDeferred)
        {
            _deferredRequest.Capture(request);
        }
    }

    /// <summary>Reads past what the handler left of the body, so the next request can be read.</summary>
    /// <returns>Whether the body's end was found, so the connection can go on.</returns>
    private static async ValueTask<bool> FinishBodyAsync(RequestBodyReader body)
    {
        if (body.IsComplete || body.Rejection is not null)
        {
            return body.EndFound;
        }

        if (body.ContinueOwed)
        {
            // The client is still waiting to be told to send the body, and never will be: nothing more will come in order.
            return false;
        }

        try
        {
            return await body.DrainAsync(MaxDrainLength).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The rest of the body was badly framed (a BadRequestBodyException) or the client left: either way, close.
            return false;
        }
    }
}
