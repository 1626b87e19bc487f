namespace Arena.Json;

/// <summary>One item of HttpArena's <c>json</c>-profile dataset, as the file holds it.</summary>
public sealed record DatasetItem(
    int Id,
    string Name,
    string Category,
    double Price,
    int Quantity,
    bool Active,
    string[] Tags,
    Rating Rating);

/// <summary>An item's rating: the mean score and how many scores it is the mean of.</summary>
public sealed record Rating(double Score, int Count);
