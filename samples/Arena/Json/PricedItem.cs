namespace Arena.Json;

/// <summary>A dataset item as the <c>json</c> profile answers it: the item with its total price.</summary>
public sealed record PricedItem(
    int Id,
    string Name,
    string Category,
    double Price,
    int Quantity,
    bool Active,
    string[] Tags,
    Rating Rating,
    double Total)
{
    public static PricedItem From(DatasetItem item, double multiplier) => new(
        item.Id, item.Name, item.Category, item.Price, item.Quantity, item.Active, item.Tags, item.Rating,
        item.Price * item.Quantity * multiplier);
}

/// <summary>The <c>json</c> profile's answer: the first items of the dataset and how many there are.</summary>
public sealed record PricedItems(PricedItem[] Items, int Count);
