using MiniHttp.Diagnostics;
using MiniHttp.Parsing;

namespace MiniHttp;

internal sealed partial class Connection<TRouter>
{
    private readonly ServerMetrics _metrics;
    private readonly RejectionLog _rejectionLog;

    // The measurements of a request whose response was deferred, until it is written; default when there is none.
    private RequestMetrics _deferredMetrics;
    private RequestMethod _deferredMethod;
    private ProtocolVersion _deferredVersion;

    /// <summary>Answers a rejected request, and counts and logs the rejection.</summary>
    /// <param name="ofCurrentRequest">Whether the request was being answered (its streamed body was rejected) rather than refused by the parser.</param>
    private void Reject(RequestRejection rejection, bool ofCurrentRequest = false)
    {
        _response.WriteRejection(rejection, ofCurrentRequest);
        _metrics.RequestRejected(rejection);
        _rejectionLog.Rejected(rejection, RemoteEndPoint);
    }

    /// <summary>Ends the measurements of a request just answered; for a deferred one, keeps them until its response is written.</summary>
    private void EndRequestMetrics(in RequestMetrics metrics, RequestMethod method, ProtocolVersion version)
    {
        if (!metrics.IsTracked)
        {
            return;
        }

        if (_response.IsDeferred)
        {
            _deferredMetrics = metrics;
            _deferredMethod = method;
            _deferredVersion = version;
            return;
        }

        _metrics.RequestEnded(metrics, method, version, AnsweredStatusCode(), _response.Route);
    }

    /// <summary>Ends the measurements of the deferred request, if any: once its response is written, or the connection ended.</summary>
    private void EndDeferredRequestMetrics()
    {
        if (_deferredMetrics.IsTracked)
        {
            var metrics = _deferredMetrics;
            _deferredMetrics = default;
            _metrics.RequestEnded(metrics, _deferredMethod, _deferredVersion, AnsweredStatusCode(), _response.Route);
        }
    }

    /// <summary>
    /// The status the request was answered with: its response's, or, when none was written because its streamed body was
    /// rejected, the rejection's (see <see cref="WriteFailureResponse"/>).
    /// </summary>
    private int AnsweredStatusCode() =>
        _response.IsCommitted ? _response.StatusCode : _context.Body?.Rejection?.StatusCode() ?? 500;
}
