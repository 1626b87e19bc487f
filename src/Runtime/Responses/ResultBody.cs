namespace MiniHttp;

/// <summary>What an <see cref="HttpResult"/>'s body is made of.</summary>
internal enum ResultBody : byte
{
    None,
    Text,
    Bytes,
    Json,
}
