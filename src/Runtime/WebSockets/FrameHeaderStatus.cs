namespace MiniHttp.WebSockets;

internal enum FrameHeaderStatus
{
    /// <summary>The header is not all in the buffer yet.</summary>
    Incomplete,

    Complete,

    /// <summary>The header breaks the protocol: the connection fails.</summary>
    Invalid,
}
