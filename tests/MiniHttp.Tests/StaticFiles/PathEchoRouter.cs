namespace MiniHttp.Tests.StaticFiles;

/// <summary>
/// Answers every request the static files leave to it with the path it was given, as a catch-all <c>{*path}</c> route
/// would see it: what proves no route is ever handed a dot segment.
/// </summary>
internal readonly struct PathEchoRouter : IHttpRouter
{
    public void Dispatch(scoped in HttpRequest request, HttpResponse response) => response.WritePlainText(request.Path);
}
