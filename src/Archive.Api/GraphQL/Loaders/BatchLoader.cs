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
    private Dictionary<TKey, TValue>? _primed;
    private Batch? _pending;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (_primed is not null && _primed.TryGetValue(key, out var known))
            {
                return new Known(known);
            }

            _pending ??= new Batch(this);
            _pending.Keys.Add(key);
            return new Result(_pending, key);
        }
    }

    /// <summary>
    /// Values a parent resolver already read (e.g. on the connection it had open): later loads of these keys use
    /// them instead of querying. <paramref name="keys"/> without a value get <see cref="Missing"/>.
    /// </summary>
    public void Prime(IEnumerable<TKey> keys, IReadOnlyDictionary<TKey, TValue> values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        lock (_gate)
        {
            _primed ??= [];
            foreach (var key in keys)
            {
                _primed[key] = values.TryGetValue(key, out var value) ? value : Missing(key);
            }
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

    private sealed class Known(TValue value) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
