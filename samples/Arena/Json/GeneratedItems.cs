namespace Arena.Json;

/// <summary>
/// Items of the same shape as HttpArena's dataset, made up when its file is not there, so that the sample started on its
/// own (the README's first command) still answers <c>/json</c> with items. Each field follows from the item's id alone,
/// so a test can say what any item holds.
/// </summary>
internal static class GeneratedItems
{
    /// <summary>As many as HttpArena's dataset holds, so every count its profiles ask for is answered in full.</summary>
    public const int Count = 50;

    private static readonly string[] s_adjectives = ["Alpha", "Pro", "Smart", "Ultra", "Eco", "Prime", "Nano", "Mega", "Turbo", "Classic"];
    private static readonly string[] s_nouns = ["Widget", "Valve", "Lamp", "Drill", "Kettle"];
    private static readonly string[] s_categories = ["electronics", "tools", "home", "garden", "sports", "books", "toys", "office", "auto", "clothing"];
    private static readonly string[] s_tags = ["sale", "new", "popular", "fast", "wireless", "heavy-duty", "eco", "limited"];

    public static DatasetItem[] Create()
    {
        var items = new DatasetItem[Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Item(i + 1);
        }

        return items;
    }

    /// <summary>The item <paramref name="id"/>: whole-number prices and scores, as HttpArena's items have.</summary>
    public static DatasetItem Item(int id)
    {
        var tags = new string[1 + id % 3];
        for (var t = 0; t < tags.Length; t++)
        {
            tags[t] = s_tags[(id + t) % s_tags.Length];
        }

        return new DatasetItem(
            id,
            $"{s_adjectives[id % s_adjectives.Length]} {s_nouns[id % s_nouns.Length]}",
            s_categories[id * 7 % s_categories.Length],
            Price: 5 + id * 37 % 500,
            Quantity: 1 + id * 53 % 100,
            Active: id % 5 != 0,
            tags,
            new Rating(Score: 10 + id * 17 % 41, Count: id * 29 % 500));
    }
}
