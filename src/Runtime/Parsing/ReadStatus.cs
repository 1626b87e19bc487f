namespace MiniHttp.Parsing;

/// <summary>What one attempt to read a request (or one line of it) found.</summary>
internal enum ReadStatus
{
    /// <summary>The whole request (or line) is there and valid.</summary>
    Complete,

    /// <summary>What has arrived is valid so far; more bytes are needed.</summary>
    Incomplete,

    /// <summary>What has arrived can never become a valid request; the connection answers and closes.</summary>
    Rejected,
}
