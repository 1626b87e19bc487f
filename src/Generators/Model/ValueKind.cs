namespace MiniHttp.Generators.Model;

/// <summary>The types a handler can take as an argument or return as its result.</summary>
internal enum ValueKind
{
    /// <summary><c>int</c></summary>
    Int32,

    /// <summary><c>long</c></summary>
    Int64,

    /// <summary><c>short</c></summary>
    Int16,

    /// <summary><c>uint</c></summary>
    UInt32,

    /// <summary><c>ulong</c></summary>
    UInt64,

    /// <summary><c>bool</c>: <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>double</c>: finite, written as a JSON number.</summary>
    Double,

    /// <summary><c>decimal</c>, written as a JSON number.</summary>
    Decimal,

    /// <summary><c>System.Guid</c></summary>
    Guid,

    /// <summary><c>System.DateTime</c>, ISO 8601: an argument only.</summary>
    DateTime,

    /// <summary><c>System.DateTimeOffset</c>, ISO 8601: an argument only.</summary>
    DateTimeOffset,

    /// <summary><c>System.DateOnly</c>, ISO 8601: an argument only.</summary>
    DateOnly,

    /// <summary><c>System.TimeOnly</c>, ISO 8601: an argument only.</summary>
    TimeOnly,

    /// <summary>An enum, bound by member name: an argument only.</summary>
    Enum,

    /// <summary><c>string</c>, UTF-8 on the wire.</summary>
    String,

    /// <summary><c>ReadOnlySpan&lt;byte&gt;</c>: bytes as they are, no copy.</summary>
    ByteSpan,

    /// <summary><c>byte[]</c>: bytes as they are, copied.</summary>
    ByteArray,

    /// <summary>A type the application's JSON context lists: read from the body, or written, as JSON.</summary>
    Json,

    /// <summary><c>MiniHttp.HttpRequest</c>: the request itself, an argument only.</summary>
    Request,

    /// <summary><c>void</c>: a result only, answered with <c>204 No Content</c>.</summary>
    Void,

    /// <summary><c>MiniHttp.HttpResult</c>: a result only, with its own status, headers and body.</summary>
    HttpResult,

    /// <summary>
    /// A typed result (<c>MiniHttp.HttpResults.Ok&lt;T&gt;</c>, <c>NotFound</c>, ...) or a <c>Results&lt;...&gt;</c> union
    /// of them: a result only, its status and body known from its type.
    /// </summary>
    TypedResult,

    /// <summary><c>MiniHttp.StreamedResult</c>: a result only, its body written as it is produced, chunked.</summary>
    StreamedResult,

    /// <summary><c>System.Threading.CancellationToken</c>: an argument only, cancelled when the client leaves.</summary>
    CancellationToken,

    /// <summary><c>System.IO.Stream</c>: an argument only, the body read as it arrives.</summary>
    Stream,

    /// <summary><c>System.IO.Pipelines.PipeReader</c>: an argument only, the body read as it arrives.</summary>
    PipeReader,

    /// <summary>A class or interface from the application's services (<c>[FromServices]</c>): an argument only.</summary>
    Service,
}
