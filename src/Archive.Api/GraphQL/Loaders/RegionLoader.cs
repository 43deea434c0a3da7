using Archive.Api.Querying;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>Regions by code, with ancestors, for every `region` field of a response level in one query.</summary>
public sealed class RegionLoader(RegionReader reader) : BatchLoader<string, RegionView?>
{
    protected override Task<IReadOnlyDictionary<string, RegionView?>> FetchAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Widen(reader.GetAsync(keys, cancellationToken));

    protected override RegionView? Missing(string key) => null;

    private static async Task<IReadOnlyDictionary<string, RegionView?>> Widen(Task<IReadOnlyDictionary<string, RegionView>> task) =>
        (await task).ToDictionary(p => p.Key, p => (RegionView?)p.Value, StringComparer.Ordinal);
}
