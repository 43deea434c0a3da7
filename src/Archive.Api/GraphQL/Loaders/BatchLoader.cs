using GraphQL.DataLoader;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>
/// Collects the keys resolvers ask for and loads them in one query. <see cref="Load"/> returns an
/// <see cref="IDataLoaderResult{T}"/>; GraphQL.NET's execution strategy completes those only after every other
/// pending field of the level has queued its key, so the first <c>GetResultAsync</c> fetches the whole batch.
/// Keys queued after a batch started go into the next batch. One instance per request (scoped); thread-safe
/// because the parallel execution strategy resolves siblings concurrently.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private Batch? _pending;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            _pending ??= new Batch(this);
            _pending.Keys.Add(key);
            return new Result(_pending, key);
        }
    }

    /// <summary>Loads the values of <paramref name="keys"/>; keys without a value may be left out.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value for a key the fetch did not return (null, or an empty list).</summary>
    protected abstract TValue Missing(TKey key);

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? _fetch;

        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> GetAsync(CancellationToken cancellationToken)
        {
            lock (owner._gate)
            {
                if (_fetch is null)
                {
                    if (ReferenceEquals(owner._pending, this))
                    {
                        owner._pending = null;
                    }

                    _fetch = owner.FetchAsync([.. Keys], cancellationToken);
                }

                return _fetch;
            }
        }

        public TValue Missing(TKey key) => owner.Missing(key);
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.GetAsync(cancellationToken);
            return values.TryGetValue(key, out var value) ? value : batch.Missing(key);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
