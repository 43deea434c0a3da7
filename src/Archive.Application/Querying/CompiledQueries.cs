namespace Archive.Application.Querying;

/// <summary>Collects the rows of an EF compiled query (which returns an async sequence, not a queryable).</summary>
internal static class CompiledQueries
{
    public static async Task<Dictionary<TKey, TValue>> ToDictionaryAsync<TKey, TValue>(
        IAsyncEnumerable<KeyValuePair<TKey, TValue>> rows, int capacity, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var values = new Dictionary<TKey, TValue>(capacity);
        await foreach (var (key, value) in rows.WithCancellation(cancellationToken))
        {
            values[key] = value;
        }

        return values;
    }
}
