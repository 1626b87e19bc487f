namespace MiniHttp;

/// <summary>The HTTP versions the server speaks.</summary>
public enum ProtocolVersion : byte
{
    Http10,
    Http11,
}
