using System.Linq.Expressions;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Querying;

/// <summary>
/// Reads reports for the API: keyset pages and counts (each on its own short-lived context), and the batches by id
/// every request makes (on a pooled read context, see <see cref="ReadContextPool"/>).
/// </summary>
public sealed class ReportReader(IDbContextFactory<ArchiveDbContext> contextFactory, ReadContextPool contexts)
{
    internal static readonly Expression<Func<ReportEntity, ReportView>> ToView = r => new ReportView
    {
        Id = r.Id,
        Title = r.Title,
        Agency = r.Agency == null ? null : new AgencyView(r.Agency.Id, r.Agency.Name, r.Agency.Kind, r.Agency.RegionCode),
        AgencyName = r.AgencyName,
        AgencyKind = r.AgencyKind,
        RegionCode = r.RegionCode,
        Year = r.Year,
        Published = r.Published,
        PublishedDate = r.PublishedDate,
        Template = r.Template,
        FileName = r.FileName,
    };

    /// <summary>
    /// Up to <paramref name="first"/> reports after <paramref name="after"/> in <paramref name="order"/>; one query
    /// (it reads one row more than asked to learn whether another page follows).
    /// </summary>
    public async Task<Page<ReportView>> GetPageAsync(ReportFilter filter, ReportOrder order, ReportPosition? after, int first, CancellationToken cancellationToken)
    {
        if (first == 0)
        {
            return new Page<ReportView>([], HasNextPage: false);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = Order(After(db.Reports.AsNoTracking().Apply(filter), order, after), order);
        var rows = await query.Select(ToView).Take(first + 1).ToListAsync(cancellationToken);
        var hasNext = rows.Count > first;
        if (hasNext)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new Page<ReportView>(rows, hasNext);
    }

    public async Task<int> CountAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.Apply(filter).CountAsync(cancellationToken);
    }

    // The batch reads are compiled once: each call then skips building the LINQ tree, EF's funcletizer and its
    // query-cache lookup. They run only on ReadContextPool's contexts, which send the ids as one JSON-array
    // parameter (json_each), so the SQL text is the same for every batch size.
    private static readonly CompiledPerModel<Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<ReportView>>> ReportsByIds =
        new(() => EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> ids) =>
            db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(ToView)));

    private static readonly CompiledPerModel<Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<KeyValuePair<long, DateTime>>>> IngestedAtByIds =
        new(() => EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> ids) =>
            db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new KeyValuePair<long, DateTime>(r.Id, r.IngestedAt))));

    private static readonly CompiledPerModel<Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<KeyValuePair<long, string>>>> TextsByIds =
        new(() => EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> ids) =>
            db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new KeyValuePair<long, string>(r.Id, r.NormalizedText))));

    /// <summary>The reports with these ids (one query).</summary>
    public async Task<IReadOnlyDictionary<long, ReportView>> GetByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        await contexts.ReadAsync(
            async (db, ct) =>
            {
                var views = new Dictionary<long, ReportView>(ids.Count);
                await foreach (var view in ReportsByIds.For(db)(db, ids).WithCancellation(ct))
                {
                    views[view.Id] = view;
                }

                return views;
            },
            cancellationToken);

    /// <summary>When the given reports were first stored (a column after the texts: see <see cref="ReportView"/>).</summary>
    public async Task<IReadOnlyDictionary<long, DateTime>> GetIngestedAtAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        await contexts.ReadAsync((db, ct) => CompiledQueries.ToDictionaryAsync(IngestedAtByIds.For(db)(db, ids), ids.Count, ct), cancellationToken);

    /// <summary>The normalized texts (the text every offset refers to) of the given reports.</summary>
    public async Task<IReadOnlyDictionary<long, string>> GetTextsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        await contexts.ReadAsync((db, ct) => CompiledQueries.ToDictionaryAsync(TextsByIds.For(db)(db, ids), ids.Count, ct), cancellationToken);

    private static IQueryable<ReportEntity> Order(IQueryable<ReportEntity> query, ReportOrder order) => order switch
    {
        ReportOrder.YearDescending => query.OrderByDescending(r => r.Year ?? -1).ThenByDescending(r => r.Id),
        ReportOrder.YearAscending => query.OrderBy(r => r.Year ?? -1).ThenBy(r => r.Id),
        ReportOrder.PublishedDescending => query.OrderByDescending(r => r.PublishedDate ?? DateOnly.MinValue).ThenByDescending(r => r.Id),
        ReportOrder.PublishedAscending => query.OrderBy(r => r.PublishedDate ?? DateOnly.MinValue).ThenBy(r => r.Id),
        ReportOrder.IngestedDescending => query.OrderByDescending(r => r.Id),
        _ => query.OrderBy(r => r.Id),
    };

    private static IQueryable<ReportEntity> After(IQueryable<ReportEntity> query, ReportOrder order, ReportPosition? after)
    {
        if (after is null)
        {
            return query;
        }

        var (year, date, id) = (after.YearKey, after.PublishedKey, after.Id);
        return order switch
        {
            ReportOrder.YearDescending => query.Where(r => (r.Year ?? -1) < year || ((r.Year ?? -1) == year && r.Id < id)),
            ReportOrder.YearAscending => query.Where(r => (r.Year ?? -1) > year || ((r.Year ?? -1) == year && r.Id > id)),
            ReportOrder.PublishedDescending => query.Where(r =>
                (r.PublishedDate ?? DateOnly.MinValue) < date || ((r.PublishedDate ?? DateOnly.MinValue) == date && r.Id < id)),
            ReportOrder.PublishedAscending => query.Where(r =>
                (r.PublishedDate ?? DateOnly.MinValue) > date || ((r.PublishedDate ?? DateOnly.MinValue) == date && r.Id > id)),
            ReportOrder.IngestedDescending => query.Where(r => r.Id < id),
            _ => query.Where(r => r.Id > id),
        };
    }
}
