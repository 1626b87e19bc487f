namespace MiniHttp.Generators.Model;

/// <summary>What a <c>[WebSocket]</c> handler's route needs beyond its path.</summary>
/// <param name="SubProtocols">The subprotocols it speaks, as the attribute lists them; each is a token.</param>
/// <param name="ReturnsTask">Whether the handler returns a <c>Task</c> (else a <c>ValueTask</c>), which the binder wraps.</param>
internal sealed record WebSocketEndpoint(EquatableArray<string> SubProtocols, bool ReturnsTask);
