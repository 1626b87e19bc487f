namespace MiniHttp.WebSockets;

/// <summary>One frame's header, as <see cref="FrameHeaderParser"/> read it from a client.</summary>
/// <param name="Fin">Whether the frame ends its message (always for a control frame).</param>
/// <param name="Opcode">A defined opcode: the parser fails the connection on a reserved one.</param>
/// <param name="PayloadLength">The payload's length, minimally encoded and below 2^63.</param>
/// <param name="Mask">The masking key as the four bytes read in order, the first in the low byte.</param>
/// <param name="Length">The header's own length: 6, 8 or 14 bytes (every client frame is masked).</param>
internal readonly record struct FrameHeader(bool Fin, WebSocketOpcode Opcode, long PayloadLength, uint Mask, int Length)
{
    public bool IsControl => ((byte)Opcode & 0x8) != 0;
}
