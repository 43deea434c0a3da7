using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>Normalized report texts by report id (`text`, `highlightedText`, metric sentences), one query per batch.</summary>
public sealed class TextLoader(ReportReader reader) : BatchLoader<long, string?>
{
    protected override async Task<IReadOnlyDictionary<long, string?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken) =>
        (await reader.GetTextsAsync(keys, cancellationToken)).ToDictionary(p => p.Key, p => (string?)p.Value);

    protected override string? Missing(long key) => null;
}
