using System;
using System.ComponentModel;
using MiniHttp.Problems;
using MiniHttp.Validation;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    /// <summary>
    /// Answers <c>400 Bad Request</c> with an RFC 9457 validation problem listing every error, in the shape and with the
    /// fields ASP.NET Core's minimal APIs write: <c>type</c>, <c>title</c>, <c>status</c> and <c>errors</c>, each member's
    /// key mapped to its messages in the order they were found. The connection stays open: the request was well framed.
    /// </summary>
    /// <param name="errors">At least one error.</param>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteValidationProblem(in ValidationErrors errors, bool omitBody = false)
    {
        try
        {
            ProblemJson.WriteValidation(StartJson(), errors.Errors);
            Write(StatusLines.BadRequest, [], ProblemJson.ContentTypeLine, _jsonBuffer!.WrittenSpan, omitBody);
        }
        finally
        {
            EndJson();
        }
    }
}
