using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;

namespace Todo;

/// <summary>The to-dos, in memory: a singleton every request shares, so each operation is safe to run concurrently.</summary>
public sealed class TodoStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<int, TodoItem> _items = new();
    private int _lastId;

    public int Count => _items.Count;

    public TodoItem Add(string title)
    {
        var item = new TodoItem(Interlocked.Increment(ref _lastId), title, Done: false, clock.GetUtcNow());
        _items[item.Id] = item;
        return item;
    }

    public TodoItem? Find(int id) => _items.TryGetValue(id, out var item) ? item : null;

    /// <summary>The items from <paramref name="offset"/>, at most <paramref name="limit"/>, in the order they were added.</summary>
    public TodoPage Page(int offset, int limit)
    {
        var ordered = _items.Values.OrderBy(static item => item.Id).ToList();
        return new TodoPage(ordered.Skip(offset).Take(limit).ToList(), offset, limit, ordered.Count);
    }

    /// <summary>Changes the item's fields that <paramref name="change"/> has; null when there is no such item.</summary>
    public TodoItem? Update(int id, TodoChange change)
    {
        while (_items.TryGetValue(id, out var current))
        {
            var changed = current with { Title = change.Title ?? current.Title, Done = change.Done ?? current.Done };
            if (_items.TryUpdate(id, changed, current))
            {
                return changed;
            }
        }

        return null;
    }

    public bool Remove(int id) => _items.TryRemove(id, out _);
}
