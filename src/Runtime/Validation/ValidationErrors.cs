using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace MiniHttp.Validation;

/// <summary>
/// The validation errors of one request, gathered by the generated validators: each a member's key
/// (<c>Items[0].Title</c>) and one message. Nothing is allocated until the first error, so a request that passes
/// validation costs a few field reads.
/// </summary>
/// <remarks>
/// A validator knows only the members of its own type; the key's prefix (the member or element that led to it) is
/// added on the way back up, by <see cref="PrefixSince(int, string)"/> and <see cref="PrefixSince(int, string, int)"/>,
/// so a path is built only for the errors that need one. Passed by <see langword="ref"/>: it is a mutable struct.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ValidationErrors
{
    private List<KeyValuePair<string, string>>? _errors;

    /// <summary>How many errors were added so far: a mark for <see cref="PrefixSince(int, string)"/>.</summary>
    public readonly int Count => _errors?.Count ?? 0;

    /// <summary>The errors in the order they were added; empty when the request passed.</summary>
    internal readonly IReadOnlyList<KeyValuePair<string, string>> Errors => _errors ?? (IReadOnlyList<KeyValuePair<string, string>>)[];

    /// <summary>Adds the message of one failed check on the member <paramref name="key"/> names.</summary>
    public void Add(string key, string message) => (_errors ??= []).Add(new(key, message));

    /// <summary>
    /// Puts <paramref name="member"/> before the key of every error added since <paramref name="mark"/>:
    /// <c>Address.City</c>. The empty key of an object's own error (an <see cref="IValidatableObject"/> result that names
    /// no member) stays empty at any depth, as ASP.NET Core lists it.
    /// </summary>
    public readonly void PrefixSince(int mark, string member)
    {
        for (var i = mark; i < Count; i++)
        {
            var error = _errors![i];
            if (error.Key.Length != 0)
            {
                _errors[i] = new(member + "." + error.Key, error.Value);
            }
        }
    }

    /// <summary>Puts the element <paramref name="index"/> of <paramref name="member"/> before the key of every error added since <paramref name="mark"/>: <c>Items[0].Title</c>.</summary>
    public readonly void PrefixSince(int mark, string member, int index)
    {
        if (mark < Count)
        {
            PrefixSince(mark, member + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }
    }

    /// <summary>
    /// Adds what an <see cref="IValidatableObject"/> reported: each failed result under each member it names, or under
    /// the empty key when it names none, as ASP.NET Core lists them.
    /// </summary>
    public void AddResults(IEnumerable<ValidationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            if (result is not { ErrorMessage: { } message })
            {
                continue;
            }

            var named = false;
            foreach (var member in result.MemberNames)
            {
                Add(member, message);
                named = true;
            }

            if (!named)
            {
                Add(string.Empty, message);
            }
        }
    }
}
