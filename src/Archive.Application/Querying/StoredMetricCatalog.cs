using Archive.Core.Metrics;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Querying;

/// <summary>
/// A metric catalog derived from the database: every stored key, its most common unit and the templates of
/// the reports it occurs in; the label is the key itself (no Chinese labels without the dictionary).
/// Registered only when no other <see cref="IMetricCatalog"/> is.
/// </summary>
public sealed class StoredMetricCatalog(IDbContextFactory<ArchiveDbContext> contextFactory) : IMetricCatalog
{
    public async ValueTask<IReadOnlyList<MetricDefinition>> GetDefinitionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Metrics.AsNoTracking()
            .GroupBy(m => new { m.MetricKey!.Key, m.Unit, m.Report!.Template })
            .Select(g => new { g.Key.Key, g.Key.Unit, g.Key.Template, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return [.. rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MetricDefinition(
                g.Key,
                g.Key,
                g.GroupBy(r => r.Unit).OrderByDescending(u => u.Sum(r => r.Count)).First().Key,
                [.. g.Select(r => r.Template.StableId()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))];
    }
}
