namespace MiniHttp.Parsing;

/// <summary>The parsers' one way of saying no: the reason is set together with the status, never apart from it.</summary>
internal static class ReadResults
{
    public static ReadStatus Rejected(RequestRejection reason, out RequestRejection rejection)
    {
        rejection = reason;
        return ReadStatus.Rejected;
    }
}
