using MiniHttp;
using MiniHttp.Filters.Tests;

[assembly: RequestHooks(typeof(TraceHooks))]

namespace MiniHttp.Filters.Tests;

/// <summary>Hooks that mark every response with <c>X-Trace: hooks</c>, so a response shows where they ran among the filters.</summary>
public sealed class TraceHooks : IRequestHooks<byte>
{
    public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out byte state)
    {
        state = 0;
        response.AddHeader("X-Trace", "hooks");
        return true;
    }

    public void OnResponse(in byte state, HttpResponse response)
    {
    }
}
