using System.IO;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp;

/// <summary>
/// Thrown by a streamed request body (<see cref="HttpRequest.BodyStream"/>, <see cref="HttpRequest.BodyReader"/>) when the
/// body breaks the rules: larger than <see cref="ServerLimits.MaxRequestBodySize"/> (<c>413</c>) or badly framed
/// (<c>400</c>). Let it propagate: if the handler has not answered yet, the server answers with <see cref="StatusCode"/>
/// and a one-line reason; either way it closes the connection, since the body's end can no longer be found.
/// </summary>
public sealed class BadRequestBodyException : IOException
{
    internal BadRequestBodyException(RequestRejection rejection)
        : base(Encoding.ASCII.GetString(rejection.Reason())) => Rejection = rejection;

    /// <summary>The status the server answers with: <c>413</c> for a body over the limit, <c>400</c> for bad framing.</summary>
    public int StatusCode => Rejection.StatusCode();

    internal RequestRejection Rejection { get; }
}
