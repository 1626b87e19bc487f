using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;

namespace MiniHttp.WebSockets;

/// <summary>The exceptions for a handler's misuse of a <see cref="WebSocketConnection"/>, kept out of its methods.</summary>
internal static class WebSocketMisuse
{
    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowSendAfterClose() =>
        throw new InvalidOperationException("The server already sent its close frame: nothing more may be sent (RFC 6455, section 5.5.1).");

    [DoesNotReturn]
    [StackTraceHidden]
    public static WebSocketOpcode ThrowNotDataType(WebSocketMessageType type) =>
        throw new ArgumentOutOfRangeException(nameof(type), type, "A message is text or binary; a close is sent with CloseAsync.");

    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowCloseStatus(WebSocketCloseStatus status) =>
        throw new ArgumentOutOfRangeException(nameof(status), status, "A close frame carries 1000-1003, 1007-1014 or 3000-4999.");
}
