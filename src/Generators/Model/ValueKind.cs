namespace MiniHttp.Generators.Model;

/// <summary>The types a handler can take as an argument or return as its result.</summary>
internal enum ValueKind
{
    /// <summary><c>int</c></summary>
    Int32,

    /// <summary><c>long</c></summary>
    Int64,

    /// <summary><c>string</c>, UTF-8 on the wire.</summary>
    String,

    /// <summary><c>System.Guid</c>: bound from the route only.</summary>
    Guid,

    /// <summary><c>ReadOnlySpan&lt;byte&gt;</c>: bytes as they are, no copy.</summary>
    ByteSpan,

    /// <summary><c>byte[]</c>: bytes as they are, copied.</summary>
    ByteArray,
}
