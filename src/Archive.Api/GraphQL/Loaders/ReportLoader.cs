using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>Reports by id (`report`, `node`, aliases of them), one query per batch.</summary>
public sealed class ReportLoader(ReportReader reader) : BatchLoader<long, ReportView?>
{
    protected override async Task<IReadOnlyDictionary<long, ReportView?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken) =>
        (await reader.GetByIdsAsync(keys, cancellationToken)).ToDictionary(p => p.Key, p => (ReportView?)p.Value);

    protected override ReportView? Missing(long key) => null;
}
