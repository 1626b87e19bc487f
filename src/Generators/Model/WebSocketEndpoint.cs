namespace MiniHttp.Generators.Model;

/// <summary>What a <c>[WebSocket]</c> handler's route needs beyond its path.</summary>
/// <param name="SubProtocols">The subprotocols it speaks, as the attribute lists them; each is a token.</param>
/// <param name="ReturnsTask">Whether the handler returns a <c>Task</c> (else a <c>ValueTask</c>), which the binder wraps.</param>
/// <param name="ConnectionPosition">
/// The position of the <c>WebSocketConnection</c> among the handler's parameters; the others are its services, in order,
/// which are the handler's <see cref="Handler.Parameters"/>.
/// </param>
internal sealed record WebSocketEndpoint(EquatableArray<string> SubProtocols, bool ReturnsTask, int ConnectionPosition);
