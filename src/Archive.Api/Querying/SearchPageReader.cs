using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Api.Querying;

/// <summary>
/// The reports of a search page and, when the response shows them, their regions, over one open connection.
/// Every connection EF opens re-registers its SQL functions with SQLite (and leaves the old handles to the
/// finalizer), which costs more than these small indexed queries themselves.
/// </summary>
public sealed class SearchPageReader(IDbContextFactory<ArchiveDbContext> contextFactory)
{
    public async Task<SearchPage> ReadAsync(IReadOnlyCollection<long> reportIds, bool withRegions, CancellationToken cancellationToken)
    {
        if (reportIds.Count == 0)
        {
            return new SearchPage(new Dictionary<long, ReportView>(), [], new Dictionary<string, RegionView>(StringComparer.Ordinal));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var reports = await ReportReader.GetByIdsAsync(db, reportIds, cancellationToken);
        if (!withRegions)
        {
            return new SearchPage(reports, [], new Dictionary<string, RegionView>(StringComparer.Ordinal));
        }

        var codes = reports.Values.Select(r => r.RegionCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var regions = codes.Count == 0 ? new Dictionary<string, RegionView>(StringComparer.Ordinal) : await RegionReader.GetAsync(db, codes, cancellationToken);
        return new SearchPage(reports, codes, regions);
    }
}
