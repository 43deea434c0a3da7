using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>Template cells by report id, one query per batch; null for a report without recorded cells.</summary>
public sealed class TableCellLoader(TableCellReader reader) : BatchLoader<long, IReadOnlyList<TableCellView>?>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<TableCellView>?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken) =>
        (await reader.GetCellsAsync(keys, cancellationToken)).ToDictionary(p => p.Key, p => (IReadOnlyList<TableCellView>?)p.Value);

    protected override IReadOnlyList<TableCellView>? Missing(long key) => null;
}
