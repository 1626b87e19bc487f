using System.Security.Cryptography;
using System.Text;
using MiniHttp;

namespace Todo;

/// <summary>
/// Lets a request that changes the list through only with the configured API key in <see cref="Header"/>; reads pass.
/// Without a configured key, no change is allowed at all: a service started without one fails closed.
/// </summary>
public sealed class ApiKeyFilter(TodoSettings settings) : IRouteFilter
{
    public const string Header = "X-Api-Key";

    private readonly byte[]? _key = settings.ApiKey is { Length: > 0 } key ? Encoding.UTF8.GetBytes(key) : null;

    public bool OnRequest(scoped in HttpRequest request, HttpResponse response)
    {
        if (request.Method is RequestMethod.Get or RequestMethod.Head)
        {
            return true;
        }

        // Compared in constant time, so the answer's timing tells nothing of how much of a guess was right.
        if (_key is not null && request.TryGetHeader("X-Api-Key"u8, out var sent) && CryptographicOperations.FixedTimeEquals(sent, _key))
        {
            return true;
        }

        response.WriteResult(HttpResult.Status(401).WithHeader("WWW-Authenticate", "ApiKey"));
        return false;
    }
}
