using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>Agencies by id (aggregation groups, `node`), one query per batch.</summary>
public sealed class AgencyLoader(AgencyReader reader) : BatchLoader<long, AgencyView?>
{
    protected override async Task<IReadOnlyDictionary<long, AgencyView?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken) =>
        (await reader.GetByIdsAsync(keys, cancellationToken)).ToDictionary(p => p.Key, p => (AgencyView?)p.Value);

    protected override AgencyView? Missing(long key) => null;
}
