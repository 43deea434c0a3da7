namespace Archive.Search.Querying;

/// <summary>
/// A bounded least-recently-used cache of whole search results. The key holds the index generation and the
/// reader version the result was computed on, so once a refresh or a reindex brings new data no old entry can
/// match: nothing stale is ever served, and old entries simply age out. Popular queries (a newsroom searching the same story) then cost
/// a dictionary lookup. Thread-safe.
/// </summary>
internal sealed class SearchResultCache(int capacity)
{
    private readonly Dictionary<Key, LinkedListNode<(Key Key, SearchResult Result)>> _entries = [];
    private readonly LinkedList<(Key Key, SearchResult Result)> _recency = new();
    private readonly System.Threading.Lock _lock = new();

    public bool TryGet(IndexView view, SearchRequest request, out SearchResult result)
    {
        if (capacity > 0)
        {
            lock (_lock)
            {
                if (_entries.TryGetValue(new Key(view, request), out var node))
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    result = node.Value.Result;
                    return true;
                }
            }
        }

        result = null!;
        return false;
    }

    public void Add(IndexView view, SearchRequest request, SearchResult result)
    {
        if (capacity <= 0)
        {
            return;
        }

        var key = new Key(view, request);
        lock (_lock)
        {
            if (_entries.Remove(key, out var existing))
            {
                _recency.Remove(existing);
            }

            _entries[key] = _recency.AddFirst((key, result));
            while (_entries.Count > capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }

    private readonly record struct Key(IndexView View, SearchRequest Request);
}
