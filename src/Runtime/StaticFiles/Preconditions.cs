using System;
using System.Text;

namespace MiniHttp.StaticFiles;

/// <summary>How the preconditions of a request decide its response, before any range is looked at.</summary>
internal enum PreconditionOutcome
{
    /// <summary>Every precondition holds (or there is none): answer as usual.</summary>
    Proceed,

    /// <summary><c>304 Not Modified</c>: the client's copy is current.</summary>
    NotModified,

    /// <summary><c>412 Precondition Failed</c>.</summary>
    Failed,
}

/// <summary>
/// Evaluates a <c>GET</c> or <c>HEAD</c> request's conditional fields against a representation's validators in the
/// order RFC 9110, section 13.2.2 gives: <c>If-Match</c>, else <c>If-Unmodified-Since</c>; then <c>If-None-Match</c>,
/// else <c>If-Modified-Since</c>; then <c>If-Range</c> for a range request.
/// </summary>
internal static class Preconditions
{
    /// <param name="etag">The representation's strong entity tag, quotes included.</param>
    /// <param name="lastModified">When it last changed, to the second.</param>
    public static PreconditionOutcome Evaluate(scoped in HttpRequest request, ReadOnlySpan<byte> etag, DateTimeOffset lastModified)
    {
        if (HasField(request, "If-Match"u8))
        {
            if (!AnyFieldMatches(request, "If-Match"u8, etag, weakComparison: false))
            {
                return PreconditionOutcome.Failed;
            }
        }
        else if (request.TryGetHeader("If-Unmodified-Since"u8, out var unmodifiedSince)
            && HttpDates.TryParse(unmodifiedSince, out var since) && lastModified > since)
        {
            return PreconditionOutcome.Failed;
        }

        if (HasField(request, "If-None-Match"u8))
        {
            return AnyFieldMatches(request, "If-None-Match"u8, etag, weakComparison: true) ? PreconditionOutcome.NotModified : PreconditionOutcome.Proceed;
        }

        // An invalid date is ignored, as if the field were absent (RFC 9110, section 13.1.3).
        return request.TryGetHeader("If-Modified-Since"u8, out var modifiedSince)
            && HttpDates.TryParse(modifiedSince, out var modified) && lastModified <= modified
                ? PreconditionOutcome.NotModified
                : PreconditionOutcome.Proceed;
    }

    /// <summary>
    /// The <c>Range</c> field of a <c>GET</c> to act on, if any: none for other methods, and none when <c>If-Range</c>
    /// names another representation (an entity tag compared strongly, or a date that must equal
    /// <paramref name="lastModified"/> exactly), so the whole current representation is sent instead.
    /// </summary>
    public static bool TryGetApplicableRange(scoped in HttpRequest request, ReadOnlySpan<byte> etag, DateTimeOffset lastModified, out ReadOnlySpan<byte> range)
    {
        if (request.Method != RequestMethod.Get || !request.TryGetHeader("Range"u8, out range))
        {
            range = default;
            return false;
        }

        if (!request.TryGetHeader("If-Range"u8, out var ifRange))
        {
            return true;
        }

        return EntityTags.IsEntityTag(ifRange)
            ? EntityTags.Matches(ifRange, etag, weakComparison: false)
            : HttpDates.TryParse(ifRange, out var date) && date == lastModified;
    }

    private static bool HasField(scoped in HttpRequest request, ReadOnlySpan<byte> name) => request.TryGetHeader(name, out _);

    /// <summary>Whether any field line named <paramref name="name"/> lists the tag: a list may be split over several lines.</summary>
    private static bool AnyFieldMatches(scoped in HttpRequest request, ReadOnlySpan<byte> name, ReadOnlySpan<byte> etag, bool weakComparison)
    {
        foreach (var field in request.HeaderFields)
        {
            if (Ascii.EqualsIgnoreCase(field.Name, name) && EntityTags.Matches(field.Value, etag, weakComparison))
            {
                return true;
            }
        }

        return false;
    }
}
