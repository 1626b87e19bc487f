using System.Net;

namespace MiniHttp.Tests.Forwarding;

/// <summary>Answers every request with what it resolved to: <c>client scheme peer-address</c>.</summary>
internal readonly struct ClientRouter : IHttpRouter
{
    public void Dispatch(scoped in HttpRequest request, HttpResponse response) =>
        response.WritePlainText($"{request.ClientAddress} {request.Scheme} {(request.RemoteEndPoint as IPEndPoint)?.Address}");
}
