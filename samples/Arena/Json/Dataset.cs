using System;
using System.IO;
using System.Text.Json;

namespace Arena.Json;

/// <summary>The items the <c>json</c> profile serves, read once at start-up.</summary>
public sealed class Dataset
{
    /// <summary>Where HttpArena mounts the dataset in the entry's container.</summary>
    public const string DefaultPath = "/data/dataset.json";

    private readonly DatasetItem[] _items;

    public Dataset(DatasetItem[] items) => _items = items;

    public int Count => _items.Length;

    /// <summary>Reads the dataset file.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON array of dataset items.</exception>
    public static Dataset Load(string path)
    {
        using var file = File.OpenRead(path);
        DatasetItem[]? items;
        try
        {
            items = JsonSerializer.Deserialize(file, ArenaJsonContext.Default.DatasetItemArray);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not a JSON array of dataset items: {exception.Message}", exception);
        }

        return new Dataset(items ?? throw new InvalidDataException($"{path} holds null, not a JSON array of dataset items."));
    }

    /// <summary>The first <paramref name="count"/> items (all of them if there are fewer), each priced with <paramref name="multiplier"/>.</summary>
    public PricedItems FirstPriced(int count, double multiplier)
    {
        var priced = new PricedItem[Math.Clamp(count, 0, _items.Length)];
        for (var i = 0; i < priced.Length; i++)
        {
            priced[i] = PricedItem.From(_items[i], multiplier);
        }

        return new PricedItems(priced, priced.Length);
    }
}
