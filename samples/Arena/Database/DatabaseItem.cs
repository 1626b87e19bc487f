using System.Text.Json.Serialization;

namespace Arena.Database;

/// <summary>
/// One row of HttpArena's <c>items</c> table as <c>/async-db</c> answers it: the two rating columns nested into
/// <c>rating</c>, every number an integer.
/// </summary>
public sealed record DatabaseItem(
    int Id,
    string Name,
    string Category,
    int Price,
    int Quantity,
    bool Active,
    [property: JsonConverter(typeof(RawJsonConverter))] string Tags,
    DatabaseRating Rating);

/// <summary>An item's rating: its score and how many ratings it has.</summary>
public sealed record DatabaseRating(int Score, int Count);

/// <summary>The <c>/async-db</c> response: the rows found and how many they are.</summary>
public sealed record DatabaseItems(DatabaseItem[] Items, int Count);
