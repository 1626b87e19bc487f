namespace MiniHttp;

/// <summary>How far the response to the request being answered got, which decides what may still be done to it.</summary>
internal enum ResponseState : byte
{
    /// <summary>Nothing written yet: the next write is the request's one response, and headers may still be added.</summary>
    Open,

    /// <summary>
    /// A streamed response's producer is running: its head and body go out as the producer writes them, and nothing else
    /// may be written.
    /// </summary>
    Streaming,

    /// <summary>The response is in the output, whole (or a streamed one cut short): nothing more may be written.</summary>
    Committed,

    /// <summary>The request hooks' <c>OnResponse</c> is running: it reads the response and writes nothing, answered or not.</summary>
    InResponseHook,
}
