namespace MiniHttp.WebSockets;

/// <summary>The frame opcodes of RFC 6455, section 5.2; every other value is reserved and fails the connection.</summary>
internal enum WebSocketOpcode : byte
{
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
}
