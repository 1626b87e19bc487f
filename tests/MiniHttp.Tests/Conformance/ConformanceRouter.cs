using System;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// A tiny hand-written router with one route for each behaviour the conformance cases need, so the cases run through
/// the real connection loop without depending on the generator.
/// </summary>
internal readonly struct ConformanceRouter : IHttpRouter
{
    public void Dispatch(scoped in HttpRequest request, HttpResponse response)
    {
        switch (request.Path)
        {
            case var path when path.SequenceEqual("/"u8):
                if (request.Method == RequestMethod.Get)
                {
                    response.WritePlainText("ok"u8);
                }
                else
                {
                    response.WriteMethodNotAllowed("GET"u8);
                }

                break;

            case var path when path.SequenceEqual("/echo"u8):
                if (request.Method == RequestMethod.Post)
                {
                    response.WritePlainText(request.Body);
                }
                else
                {
                    response.WriteMethodNotAllowed("POST"u8);
                }

                break;

            case var path when path.SequenceEqual("/number"u8):
                // A well-framed request with a bad argument: 400, and the connection goes on.
                if (int.TryParse(request.Query, out var number))
                {
                    response.WritePlainText(number);
                }
                else
                {
                    response.WriteBadRequest("The query must be a number."u8);
                }

                break;

            case var path when path.SequenceEqual("/throw"u8):
                throw new InvalidOperationException("A handler failed.");

            case var path when path.SequenceEqual("*"u8) && request.Method == RequestMethod.Options:
                response.WritePlainText("options"u8);
                break;

            case var path when path.SequenceEqual(ConformanceServer.ProbePath):
                response.WritePlainText("probe"u8);
                break;

            default:
                response.WriteNotFound();
                break;
        }
    }
}
