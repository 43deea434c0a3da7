using Archive.Application.Querying;
using GraphQL.DataLoader;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>
/// Regions by code, with ancestors, for every `region` field. They come from <see cref="RegionDirectory"/> (in
/// memory once loaded), so there is nothing to batch: each result resolves on its own, without SQL.
/// </summary>
public sealed class RegionLoader(RegionReader reader)
{
    public IDataLoaderResult<RegionView?> Load(string code) => new Result(reader, code);

    private sealed class Result(RegionReader reader, string code) : IDataLoaderResult<RegionView?>
    {
        public Task<RegionView?> GetResultAsync(CancellationToken cancellationToken = default) =>
            reader.FindAsync(code, cancellationToken).AsTask();

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
