using GraphQL.DataLoader;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>Loader results mapped or already known, so a field derived from a batch stays in that batch.</summary>
public static class LoaderResults
{
    /// <summary>Maps the value of <paramref name="result"/> once its batch is loaded (the batch is not started early).</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(result, map);

    /// <summary>A value needing no load.</summary>
    public static IDataLoaderResult<T> Known<T>(T value) => new Completed<T>(value);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Completed<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
