using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>When reports were first stored, by report id (`ingestedAt`), one query per batch.</summary>
public sealed class IngestedAtLoader(ReportReader reader) : BatchLoader<long, DateTime?>
{
    protected override async Task<IReadOnlyDictionary<long, DateTime?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken) =>
        (await reader.GetIngestedAtAsync(keys, cancellationToken)).ToDictionary(p => p.Key, p => (DateTime?)p.Value);

    protected override DateTime? Missing(long key) => null;
}
