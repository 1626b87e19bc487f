using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace MiniHttp.WebSockets;

/// <summary>
/// A WebSocket conversation with one client (RFC 6455), handed to a <see cref="WebSocketAttribute"/> handler after the
/// handshake: receive its messages, send text and binary messages, close.
/// </summary>
/// <remarks>
/// <para>
/// Sends are buffered: <see cref="Send(WebSocketMessageType, ReadOnlySpan{byte})"/> writes a frame into the connection's
/// output, and the output goes to the client when <see cref="ReceiveAsync"/> has to wait for more bytes (or at
/// <see cref="FlushAsync"/>). So a handler that answers each message as it receives it answers every message of one
/// receive with one send, and never waits for the socket between them.
/// </para>
/// <para>
/// Pings are answered, pongs ignored, and the close handshake is run here: a client's close is answered at once and
/// reaches the handler as a message with <see cref="WebSocketMessage.IsClose"/>; so do a client that breaks the protocol
/// (the server closes with 1002, 1007 for text that is not UTF-8, 1009 for a message over
/// <see cref="ServerLimits.MaxWebSocketMessageSize"/>), a client silent for <see cref="ServerLimits.WebSocketIdleTimeout"/>
/// and a server that is stopping (both 1001). When the handler returns, the server closes with 1000 if it has not
/// closed yet (1011 if the handler threw), waits up to <see cref="ServerLimits.WebSocketCloseTimeout"/> for the client's
/// close, and then closes the TCP connection.
/// </para>
/// <para>
/// One handler flow at a time: receiving and sending are not safe from two threads at once, since answering a ping
/// writes to the same output.
/// </para>
/// </remarks>
public sealed partial class WebSocketConnection : IDisposable
{
    // The value of _deadline once the heartbeat found it passed.
    private const long Expired = -1;

    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly MessageReader _reader;
    private readonly long _idleTimeoutMs;
    private readonly long _closeTimeoutMs;
    private readonly int _maxUnflushedBytes;

    // A deadline for the read being awaited (Environment.TickCount64 ms), 0 when none is awaited, or Expired; written
    // with interlocked operations by the reading flow and the heartbeat.
    private long _deadline;

    // Set by the server's graceful stop; the reading flow closes with 1001 at its next step.
    private volatile bool _stopping;

    // Whether the server sent its close frame, how the conversation ended (once it has), and whether the client is done
    // sending (its close frame or end of stream).
    private bool _closeSent;
    private WebSocketMessage? _ended;
    private bool _clientClosed;

    internal WebSocketConnection(PipeReader input, PipeWriter output, ServerLimits limits, string? subProtocol)
    {
        _input = input;
        _output = output;
        _reader = new MessageReader(limits.MaxWebSocketMessageSize);
        _idleTimeoutMs = (long)limits.WebSocketIdleTimeout.TotalMilliseconds;
        _closeTimeoutMs = (long)limits.WebSocketCloseTimeout.TotalMilliseconds;
        _maxUnflushedBytes = limits.MaxResponseBufferSize;
        SubProtocol = subProtocol;
    }

    /// <summary>The subprotocol the handshake selected (<c>Sec-WebSocket-Protocol</c>), or <see langword="null"/>.</summary>
    public string? SubProtocol { get; }

    /// <summary>
    /// The next message: from the bytes already received when they hold one, else after flushing what was sent and
    /// waiting for more. A message with <see cref="WebSocketMessage.IsClose"/> ends the conversation; every call after
    /// it returns it again.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<WebSocketMessage> ReceiveAsync()
    {
        while (_ended is null)
        {
            if (_stopping)
            {
                return await CloseAndEndAsync(WebSocketCloseStatus.EndpointUnavailable).ConfigureAwait(false);
            }

            var expired = false;
            if (!_input.TryRead(out var result))
            {
                // Everything received was answered: one send for the whole batch before waiting for the next.
                if (_output.UnflushedBytes > 0)
                {
                    await _output.FlushAsync().ConfigureAwait(false);
                }

                ArmDeadline(_idleTimeoutMs);
                result = await _input.ReadAsync().ConfigureAwait(false);
                expired = DisarmDeadline();
            }

            var buffer = result.Buffer;
            var receiveEvent = ReadEvents(buffer, out var consumed);
            switch (receiveEvent)
            {
                case ReceiveEvent.Message:
                    // Examined only to here, so the next read hands back the messages behind this one at once.
                    _input.AdvanceTo(consumed, consumed);
                    if (_output.UnflushedBytes >= _maxUnflushedBytes)
                    {
                        await _output.FlushAsync().ConfigureAwait(false);
                    }

                    return new WebSocketMessage(_reader.MessageType, _reader.Payload);

                case ReceiveEvent.Close:
                    _input.AdvanceTo(consumed, consumed);
                    _clientClosed = true;
                    // The client's code is echoed (section 5.5.1); a close without one is answered without one.
                    return await CloseAndEndAsync(_reader.CloseStatus, _reader.Payload).ConfigureAwait(false);

                case ReceiveEvent.Failed:
                    _input.AdvanceTo(consumed, consumed);
                    return await CloseAndEndAsync(_reader.CloseStatus).ConfigureAwait(false);
            }

            _input.AdvanceTo(consumed, buffer.End);
            if (result.IsCompleted)
            {
                // The client went away without a close frame: 1006, which is never sent (section 7.1.5).
                _clientClosed = true;
                _ended = new WebSocketMessage(WebSocketMessageType.Close, ReadOnlyMemory<byte>.Empty, (WebSocketCloseStatus)1006);
                break;
            }

            if (expired && consumed.Equals(buffer.Start))
            {
                return await CloseAndEndAsync(WebSocketCloseStatus.EndpointUnavailable).ConfigureAwait(false);
            }
        }

        return _ended.Value;
    }

    /// <summary>
    /// Reads the received bytes up to the next event for the handler, answering the pings on the way (into the output,
    /// sent with the rest).
    /// </summary>
    private ReceiveEvent ReadEvents(ReadOnlySequence<byte> buffer, out SequencePosition consumed)
    {
        while (true)
        {
            var receiveEvent = _reader.TryRead(buffer, out consumed);
            switch (receiveEvent)
            {
                case ReceiveEvent.Ping:
                    FrameWriter.WriteFrame(_output, WebSocketOpcode.Pong, _reader.Payload.Span);
                    break;
                case ReceiveEvent.Pong:
                    break;
                default:
                    return receiveEvent;
            }

            buffer = buffer.Slice(consumed);
        }
    }

    /// <summary>Writes a message into the output, as one frame; it is sent with the next flush.</summary>
    /// <param name="type">Text (the payload must be UTF-8) or binary.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is <see cref="WebSocketMessageType.Close"/>: use <see cref="CloseAsync"/>.</exception>
    /// <exception cref="InvalidOperationException">The server already sent its close frame.</exception>
    public void Send(WebSocketMessageType type, ReadOnlySpan<byte> payload)
    {
        EnsureCanSend();
        FrameWriter.WriteFrame(_output, OpcodeOf(type), payload);
    }

    /// <summary>Writes a text message into the output, as one frame; it is sent with the next flush.</summary>
    /// <exception cref="InvalidOperationException">The server already sent its close frame.</exception>
    public void Send(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        EnsureCanSend();
        FrameWriter.WriteTextFrame(_output, text);
    }

    /// <summary>Writes a message and sends it, with whatever was written before it.</summary>
    public ValueTask SendAsync(WebSocketMessageType type, ReadOnlyMemory<byte> payload)
    {
        Send(type, payload.Span);
        return FlushAsync();
    }

    /// <summary>Sends what was written.</summary>
    public async ValueTask FlushAsync() => await _output.FlushAsync().ConfigureAwait(false);

    private void EnsureCanSend()
    {
        if (_closeSent)
        {
            WebSocketMisuse.ThrowSendAfterClose();
        }
    }

    private static WebSocketOpcode OpcodeOf(WebSocketMessageType type) => type switch
    {
        WebSocketMessageType.Text => WebSocketOpcode.Text,
        WebSocketMessageType.Binary => WebSocketOpcode.Binary,
        _ => WebSocketMisuse.ThrowNotDataType(type),
    };

    public void Dispose() => _reader.Dispose();
}
