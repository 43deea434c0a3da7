using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>Quality flags by report id, one query per batch.</summary>
public sealed class FlagLoader(MetricReader reader) : BatchLoader<long, IReadOnlyList<QualityFlagView>>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<QualityFlagView>>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        var flags = await reader.GetFlagsAsync(keys, cancellationToken);
        return flags.ToDictionary(g => g.Key, g => (IReadOnlyList<QualityFlagView>)[.. g]);
    }

    protected override IReadOnlyList<QualityFlagView> Missing(long key) => [];
}
