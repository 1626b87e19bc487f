using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text.Unicode;

namespace MiniHttp.WebSockets;

/// <summary>
/// Turns the bytes a client sends into messages and control frames: a resumable parser (RFC 6455, section 5) that takes
/// whatever part of the stream each receive brings, copies data payloads out unmasked as they arrive, assembles
/// fragments, validates text as UTF-8 across them, and enforces the message size limit. It neither reads nor writes
/// anything itself, so a stream split at any byte gives the same events as the stream in one piece.
/// </summary>
/// <remarks>One per connection, reused for every message on it; not thread-safe.</remarks>
internal sealed class MessageReader : IDisposable
{
    private const int MaxControlPayload = 125;
    private const int InitialMessageCapacity = 4 * 1024;

    private readonly int _maxMessageSize;
    private readonly byte[] _control = new byte[MaxControlPayload];

    private byte[] _message = [];
    private int _messageLength;

    // The message being assembled: its type (Continuation when none is) and how much of it is checked UTF-8.
    private WebSocketOpcode _messageOpcode;
    private int _utf8Checked;

    // The data frame whose payload is being copied, if any: its header, and how many payload bytes were copied so far.
    private FrameHeader _frame;
    private long _framePayloadRead;
    private bool _inFrame;

    private bool _ended;

    public MessageReader(int maxMessageSize) => _maxMessageSize = maxMessageSize;

    /// <summary>Of <see cref="ReceiveEvent.Message"/>, whether it is text or binary.</summary>
    public WebSocketMessageType MessageType { get; private set; }

    /// <summary>
    /// The message's payload, a ping's, or a close frame's reason (UTF-8, maybe empty); valid until the next
    /// <see cref="TryRead"/>.
    /// </summary>
    public ReadOnlyMemory<byte> Payload { get; private set; }

    /// <summary>
    /// Of <see cref="ReceiveEvent.Close"/>, the client's status (<see cref="WebSocketCloseStatus.Empty"/> when its
    /// frame carried none); of <see cref="ReceiveEvent.Failed"/>, the status to close with.
    /// </summary>
    public WebSocketCloseStatus CloseStatus { get; private set; }

    /// <summary>Whether the client broke the protocol: the connection fails, without waiting for the client's close.</summary>
    public bool HasFailed { get; private set; }

    /// <summary>
    /// Reads from <paramref name="buffer"/> up to the next event; <paramref name="consumed"/> is how far the bytes were
    /// taken (all of them for <see cref="ReceiveEvent.NeedMoreData"/>, except an incomplete header or control frame,
    /// which is left for the next receive to complete). After <see cref="ReceiveEvent.Close"/> or
    /// <see cref="ReceiveEvent.Failed"/> nothing more is read.
    /// </summary>
    public ReceiveEvent TryRead(ReadOnlySequence<byte> buffer, out SequencePosition consumed)
    {
        consumed = buffer.Start;
        if (_ended)
        {
            return ReceiveEvent.NeedMoreData;
        }

        while (true)
        {
            if (_inFrame)
            {
                var copied = CopyPayload(buffer);
                buffer = buffer.Slice(copied);
                consumed = buffer.Start;
                if (_framePayloadRead < _frame.PayloadLength)
                {
                    return CheckText(final: false) ? ReceiveEvent.NeedMoreData : Fail(WebSocketCloseStatus.InvalidPayloadData);
                }

                _inFrame = false;
                if (EndDataFrame() is { } dataEvent)
                {
                    return dataEvent;
                }

                continue;
            }

            switch (FrameHeaderParser.TryParse(buffer, out var header, out var failure))
            {
                case FrameHeaderStatus.Incomplete:
                    return ReceiveEvent.NeedMoreData;
                case FrameHeaderStatus.Invalid:
                    return Fail(failure);
            }

            if (header.IsControl)
            {
                if (buffer.Length < header.Length + header.PayloadLength)
                {
                    // At most 131 bytes: a control frame is handled whole, once it is all in.
                    return ReceiveEvent.NeedMoreData;
                }

                var control = _control.AsSpan(0, (int)header.PayloadLength);
                var payloadStart = buffer.Slice(header.Length);
                CopyUnmasked(payloadStart.Slice(0, control.Length), control, header.Mask, 0);
                consumed = payloadStart.GetPosition(control.Length);
                return ControlFrame(header.Opcode, control.Length);
            }

            if (StartDataFrame(header) is { } failed)
            {
                return Fail(failed);
            }

            buffer = buffer.Slice(header.Length);
            consumed = buffer.Start;
            _frame = header;
            _framePayloadRead = 0;
            _inFrame = true;
        }
    }

    /// <summary>Checks a data frame's header against the message in progress and the size limit.</summary>
    /// <returns>Why the connection fails, or null.</returns>
    private WebSocketCloseStatus? StartDataFrame(FrameHeader header)
    {
        var continuation = header.Opcode == WebSocketOpcode.Continuation;
        var inMessage = _messageOpcode != WebSocketOpcode.Continuation;
        if (continuation != inMessage)
        {
            // A continuation with no message to continue, or a new message before the last one ended (section 5.4).
            return WebSocketCloseStatus.ProtocolError;
        }

        if (header.PayloadLength > _maxMessageSize - _messageLength)
        {
            // Decided from the header, before any of the payload is taken.
            return WebSocketCloseStatus.MessageTooBig;
        }

        if (!continuation)
        {
            _messageOpcode = header.Opcode;
            _messageLength = 0;
            _utf8Checked = 0;
        }

        EnsureCapacity(_messageLength + (int)header.PayloadLength);
        return null;
    }

    /// <summary>Copies what <paramref name="buffer"/> holds of the current frame's payload into the message, unmasked.</summary>
    /// <returns>How many bytes were taken.</returns>
    private long CopyPayload(ReadOnlySequence<byte> buffer)
    {
        var wanted = Math.Min(buffer.Length, _frame.PayloadLength - _framePayloadRead);
        var copied = 0L;
        foreach (var segment in buffer.Slice(0, wanted))
        {
            var source = segment.Span;
            FrameMask.CopyUnmasked(source, _message.AsSpan(_messageLength, source.Length), _frame.Mask, _framePayloadRead);
            _messageLength += source.Length;
            _framePayloadRead += source.Length;
            copied += source.Length;
        }

        return copied;
    }

    /// <returns>The event a finished data frame makes (a whole message, or a failure), or null when the message goes on.</returns>
    private ReceiveEvent? EndDataFrame()
    {
        if (!_frame.Fin)
        {
            return CheckText(final: false) ? null : Fail(WebSocketCloseStatus.InvalidPayloadData);
        }

        if (!CheckText(final: true))
        {
            return Fail(WebSocketCloseStatus.InvalidPayloadData);
        }

        MessageType = _messageOpcode == WebSocketOpcode.Text ? WebSocketMessageType.Text : WebSocketMessageType.Binary;
        Payload = _message.AsMemory(0, _messageLength);
        _messageOpcode = WebSocketOpcode.Continuation;
        return ReceiveEvent.Message;
    }

    /// <summary>
    /// Checks the text message's bytes received since the last check. Only the end of the message may not end a
    /// character: an unfinished sequence there fails it however the message was split into frames.
    /// </summary>
    private bool CheckText(bool final)
    {
        if (_messageOpcode != WebSocketOpcode.Text)
        {
            return true;
        }

        var valid = Utf8Prefix.IsValid(_message.AsSpan(_utf8Checked, _messageLength - _utf8Checked), out var complete);
        _utf8Checked += complete;
        return valid && (!final || _utf8Checked == _messageLength);
    }

    private ReceiveEvent ControlFrame(WebSocketOpcode opcode, int length)
    {
        var payload = _control.AsMemory(0, length);
        switch (opcode)
        {
            case WebSocketOpcode.Ping:
                Payload = payload;
                return ReceiveEvent.Ping;
            case WebSocketOpcode.Pong:
                Payload = payload;
                return ReceiveEvent.Pong;
        }

        // A close frame: empty, or a valid code and a UTF-8 reason (section 5.5.1).
        if (length == 0)
        {
            return Close(WebSocketCloseStatus.Empty, ReadOnlyMemory<byte>.Empty);
        }

        if (length == 1)
        {
            return Fail(WebSocketCloseStatus.ProtocolError);
        }

        var code = BinaryPrimitives.ReadUInt16BigEndian(payload.Span);
        if (!CloseCodes.IsValidOnWire(code))
        {
            return Fail(WebSocketCloseStatus.ProtocolError);
        }

        var reason = payload[2..];
        return Utf8.IsValid(reason.Span) ? Close((WebSocketCloseStatus)code, reason) : Fail(WebSocketCloseStatus.InvalidPayloadData);
    }

    private ReceiveEvent Close(WebSocketCloseStatus status, ReadOnlyMemory<byte> reason)
    {
        _ended = true;
        CloseStatus = status;
        Payload = reason;
        return ReceiveEvent.Close;
    }

    private ReceiveEvent Fail(WebSocketCloseStatus status)
    {
        _ended = true;
        HasFailed = true;
        CloseStatus = status;
        Payload = ReadOnlyMemory<byte>.Empty;
        return ReceiveEvent.Failed;
    }

    private void EnsureCapacity(int length)
    {
        if (length <= _message.Length)
        {
            return;
        }

        // Grown by doubling, never past the limit: a message is held whole, so the limit bounds the memory.
        var doubled = Math.Max(InitialMessageCapacity, _message.Length * 2L);
        var capacity = (int)Math.Max(length, Math.Min(doubled, _maxMessageSize));
        var grown = ArrayPool<byte>.Shared.Rent(capacity);
        _message.AsSpan(0, _messageLength).CopyTo(grown);
        ReturnMessageBuffer();
        _message = grown;
    }

    private static void CopyUnmasked(ReadOnlySequence<byte> source, Span<byte> destination, uint mask, long offset)
    {
        foreach (var segment in source)
        {
            FrameMask.CopyUnmasked(segment.Span, destination, mask, offset);
            destination = destination[segment.Length..];
            offset += segment.Length;
        }
    }

    private void ReturnMessageBuffer()
    {
        if (_message.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_message);
        }
    }

    public void Dispose()
    {
        ReturnMessageBuffer();
        _message = [];
    }
}
