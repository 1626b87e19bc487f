namespace Arena.Database;

/// <summary>One row of the <c>fortune</c> table, or the row the handler adds at request time.</summary>
public readonly record struct Fortune(int Id, string Message);
