using System.ComponentModel;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    /// <summary>
    /// Disposes <paramref name="scope"/>, the services scope of the request being answered, once its response is written:
    /// now, or after the deferred response of an asynchronous or streamed handler. Called by the generated binders of the
    /// routes that take scoped services, and by no other.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void DisposeAfterResponse(AsyncServiceScope scope)
    {
        if (IsDeferred)
        {
            Defer(DisposeAfterDeferredResponse(TakeDeferred(), scope));
            return;
        }

        // A service that disposes asynchronously holds up only this connection, as a deferred response does.
        var disposal = scope.DisposeAsync();
        if (!disposal.IsCompletedSuccessfully)
        {
            Defer(disposal);
        }
    }

    private static async ValueTask DisposeAfterDeferredResponse(ValueTask pending, AsyncServiceScope scope)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        finally
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }
}
