using Archive.Storage;
using Archive.Storage.Cells;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Querying;

/// <summary>Reads the template cells of a batch of reports (one query) and decodes their blobs.</summary>
public sealed class TableCellReader(ReadContextPool contexts)
{
    // Compiled once, run on the pool's contexts (the id collection one JSON-array parameter): see ReportReader.
    private static readonly CompiledPerModel<Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<KeyValuePair<long, byte[]>>>> CellsOfReports =
        new(() => EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> reportIds) =>
            db.ReportCells.AsNoTracking().Where(c => reportIds.Contains(c.ReportId)).Select(c => new KeyValuePair<long, byte[]>(c.ReportId, c.Data))));

    /// <summary>
    /// The cells of the given reports, in the order the extractor gave them. A report missing from the answer has no
    /// recorded cells (stored before cell states were recorded, or no table was looked for).
    /// </summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<TableCellView>>> GetCellsAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        var blobs = await contexts.ReadAsync((db, ct) => CompiledQueries.ToDictionaryAsync(CellsOfReports.For(db)(db, reportIds), reportIds.Count, ct), cancellationToken);
        return blobs.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<TableCellView>)[.. TableCellCodec.Decode(p.Value).Select(c => new TableCellView(p.Key, c))]);
    }
}
