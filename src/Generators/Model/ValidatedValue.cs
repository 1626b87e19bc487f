namespace MiniHttp.Generators.Model;

/// <summary>How generated code reads a checked value: whether it can be null, and how.</summary>
internal enum ValidatedShape
{
    /// <summary>A <c>string</c>, possibly null.</summary>
    String,

    /// <summary>A value type that is never null.</summary>
    Value,

    /// <summary>A <c>Nullable&lt;T&gt;</c>.</summary>
    NullableValue,

    /// <summary>Any other reference type, possibly null: an object or a collection.</summary>
    Reference,
}

/// <summary>How generated code walks a collection's elements.</summary>
internal enum ElementAccess
{
    /// <summary>An array: <c>Length</c> and the indexer.</summary>
    Array,

    /// <summary><c>Count</c> and an <c>int</c> indexer: <c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    Indexed,

    /// <summary>Any other <c>IEnumerable&lt;T&gt;</c>: <c>foreach</c>, counting.</summary>
    Enumerated,
}

/// <summary>A parameter or property that is checked: its own rules, then the type it holds, or each of its elements.</summary>
/// <param name="Key">The name errors are listed under, as ASP.NET Core lists them: the C# name of the parameter or property.</param>
/// <param name="Member">For a property, its name as generated code reads it (<c>@class</c> for a keyword); for a parameter, its name.</param>
/// <param name="LengthMember">Of a string or collection with a length rule, <c>Length</c> or <c>Count</c>; else null.</param>
/// <param name="Rules">The checks in declaration order, <c>[Required]</c> first: a value that is required and missing is not checked further.</param>
/// <param name="NestedType">The type's validator (<see cref="ValidatedType.TypeName"/>) when the value's own type has checks; else null.</param>
/// <param name="ElementType">The elements' validator when the value is a collection of a type with checks; else null.</param>
/// <param name="Elements">How to walk the elements, when <paramref name="ElementType"/> is set.</param>
internal sealed record ValidatedValue(
    string Key,
    string Member,
    ValidatedShape Shape,
    string? LengthMember,
    EquatableArray<ValidationRule> Rules,
    string? NestedType,
    string? ElementType,
    ElementAccess Elements);

/// <summary>A type whose members have checks: generated code gets one validator method for it.</summary>
/// <param name="TypeName">Fully qualified, without <c>?</c>: <c>global::App.Todo</c>.</param>
/// <param name="IsValidatableObject">Whether it implements <c>IValidatableObject</c>, whose <c>Validate</c> runs once its members pass.</param>
internal sealed record ValidatedType(string TypeName, EquatableArray<ValidatedValue> Members, bool IsValidatableObject);

/// <summary>What a handler's binder checks once its arguments are bound, before it calls the handler.</summary>
/// <param name="Parameters">The parameters with checks, or holding a type with checks, in declaration order.</param>
/// <param name="Types">Every type those reach that has checks, each once.</param>
internal sealed record HandlerValidation(EquatableArray<ValidatedValue> Parameters, EquatableArray<ValidatedType> Types);
