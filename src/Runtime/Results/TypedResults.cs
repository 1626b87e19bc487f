using System;
using System.Collections.Generic;
using MiniHttp.HttpResults;

namespace MiniHttp;

/// <summary>
/// Makes the typed results a handler returns, named as ASP.NET Core's <c>TypedResults</c>: each a readonly struct whose
/// type tells the generator its status and body, so <c>Results&lt;Ok&lt;Todo&gt;, NotFound&gt;</c> is checked against
/// the JSON context at compile time and written with no boxing, and returning one allocates nothing beyond its value.
/// </summary>
public static class TypedResults
{
    /// <summary><c>200 OK</c> with no content.</summary>
    public static Ok Ok() => default;

    /// <summary><c>200 OK</c> with <paramref name="value"/> as JSON.</summary>
    public static Ok<TValue> Ok<TValue>(TValue value) => new(value);

    /// <summary><c>201 Created</c> with no content and a <c>Location</c> when <paramref name="uri"/> is not null.</summary>
    public static Created Created(string? uri = null) => new(uri);

    /// <summary><c>201 Created</c> with <paramref name="value"/> as JSON and a <c>Location</c> when <paramref name="uri"/> is not null.</summary>
    public static Created<TValue> Created<TValue>(string? uri, TValue value) => new(uri, value);

    /// <summary><c>202 Accepted</c> with no content and a <c>Location</c> when <paramref name="uri"/> is not null.</summary>
    public static Accepted Accepted(string? uri = null) => new(uri);

    /// <summary><c>202 Accepted</c> with <paramref name="value"/> as JSON and a <c>Location</c> when <paramref name="uri"/> is not null.</summary>
    public static Accepted<TValue> Accepted<TValue>(string? uri, TValue value) => new(uri, value);

    /// <summary><c>204 No Content</c>.</summary>
    public static NoContent NoContent() => default;

    /// <summary><c>404 Not Found</c> with no content.</summary>
    public static NotFound NotFound() => default;

    /// <summary><c>404 Not Found</c> with <paramref name="value"/> as JSON.</summary>
    public static NotFound<TValue> NotFound<TValue>(TValue value) => new(value);

    /// <summary><c>400 Bad Request</c> with no content.</summary>
    public static BadRequest BadRequest() => default;

    /// <summary><c>400 Bad Request</c> with <paramref name="error"/> as JSON.</summary>
    public static BadRequest<TValue> BadRequest<TValue>(TValue error) => new(error);

    /// <summary><c>409 Conflict</c> with no content.</summary>
    public static Conflict Conflict() => default;

    /// <summary><c>409 Conflict</c> with <paramref name="error"/> as JSON.</summary>
    public static Conflict<TValue> Conflict<TValue>(TValue error) => new(error);

    /// <summary><c>422 Unprocessable Content</c> with no content.</summary>
    public static UnprocessableEntity UnprocessableEntity() => default;

    /// <summary><c>422 Unprocessable Content</c> with <paramref name="error"/> as JSON.</summary>
    public static UnprocessableEntity<TValue> UnprocessableEntity<TValue>(TValue error) => new(error);

    /// <summary>
    /// A redirection to <paramref name="url"/>: <c>302</c>, <c>301</c> when <paramref name="permanent"/>, and <c>307</c> or
    /// <c>308</c> when the client must keep the request's method (<paramref name="preserveMethod"/>), as in ASP.NET Core.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is empty; a control or non-ASCII character fails the write instead.</exception>
    public static RedirectHttpResult Redirect(string url, bool permanent = false, bool preserveMethod = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        return new(url, permanent, preserveMethod);
    }

    /// <summary>A problem details response (RFC 9457), <c>500</c> unless <paramref name="statusCode"/> says otherwise.</summary>
    /// <param name="statusCode">A status from 400 to 599; null for 500.</param>
    public static ProblemHttpResult Problem(
        string? detail = null, string? instance = null, int? statusCode = null, string? title = null, string? type = null)
    {
        var status = statusCode ?? 500;
        if (status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), status, "A problem's status is an error status, from 400 to 599.");
        }

        return new(status, title, detail, type, instance);
    }

    /// <summary>A <c>400 Bad Request</c> validation problem listing <paramref name="errors"/> under <c>errors</c>.</summary>
    public static ValidationProblem ValidationProblem(
        IDictionary<string, string[]> errors, string? detail = null, string? instance = null, string? title = null, string? type = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new(errors, title, detail, type, instance);
    }
}
