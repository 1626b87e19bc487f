namespace MiniHttp.Tests.Conformance;

/// <summary>What becomes of the connection after a case's last response.</summary>
public enum Persistence
{
    /// <summary>The connection stays open: the probe request sent after the case is answered.</summary>
    KeepAlive,

    /// <summary>The response says <c>Connection: close</c>, the server closes, and the probe after the case is never answered.</summary>
    Close,
}
