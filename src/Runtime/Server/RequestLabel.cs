using System;
using MiniHttp.Parsing;

namespace MiniHttp;

/// <summary>
/// A copy of a deferred request's method and path, for the log message should its handler fail: the request's own spans
/// are gone by then. One per connection, reused, so copying allocates nothing once the buffer has grown.
/// </summary>
internal sealed class RequestLabel : IDisposable
{
    private readonly PooledBuffer _bytes = new();
    private int _methodLength;
    private int _pathLength;

    public ReadOnlySpan<byte> Method => _bytes.Span[.._methodLength];

    public ReadOnlySpan<byte> Path => _bytes.Span.Slice(_methodLength, _pathLength);

    public void Capture(scoped in HttpRequest request)
    {
        _methodLength = request.MethodToken.Length;
        _pathLength = request.Path.Length;
        _bytes.EnsureCapacity(_methodLength + _pathLength, preserved: 0);
        request.MethodToken.CopyTo(_bytes.Span);
        request.Path.CopyTo(_bytes.Span[_methodLength..]);
    }

    public void Dispose() => _bytes.Dispose();
}
