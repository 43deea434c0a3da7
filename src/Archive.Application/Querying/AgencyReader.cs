using Archive.Core.Agencies;
using Archive.Core.Vocabulary;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Querying;

/// <summary>Reads agencies: batches by id and name-ordered keyset pages.</summary>
public sealed class AgencyReader(IDbContextFactory<ArchiveDbContext> contextFactory, ReadContextPool contexts)
{
    // Compiled once, run on the pool's contexts (ids as one JSON-array parameter): see ReportReader.
    private static readonly CompiledPerModel<Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<KeyValuePair<long, AgencyView>>>> AgenciesByIds =
        new(() => EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> ids) =>
            db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new KeyValuePair<long, AgencyView>(a.Id, new AgencyView(a.Id, a.Name, a.Kind, a.RegionCode)))));

    public async Task<IReadOnlyDictionary<long, AgencyView>> GetByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        await contexts.ReadAsync((db, ct) => CompiledQueries.ToDictionaryAsync(AgenciesByIds.For(db)(db, ids), ids.Count, ct), cancellationToken);

    public async Task<Page<AgencyView>> GetPageAsync(AgencyFilter filter, AgencyPosition? after, int first, CancellationToken cancellationToken)
    {
        if (first == 0)
        {
            return new Page<AgencyView>([], HasNextPage: false);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = Filter(db, filter);
        if (after is not null)
        {
            var (name, id) = (after.Name, after.Id);
            query = query.Where(a => a.Name.CompareTo(name) > 0 || (a.Name == name && a.Id > id));
        }

        var rows = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Take(first + 1)
            .Select(a => new AgencyView(a.Id, a.Name, a.Kind, a.RegionCode)).ToListAsync(cancellationToken);
        var hasNext = rows.Count > first;
        if (hasNext)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new Page<AgencyView>(rows, hasNext);
    }

    public async Task<int> CountAsync(AgencyFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Filter(db, filter).CountAsync(cancellationToken);
    }

    private static IQueryable<Storage.Entities.AgencyEntity> Filter(ArchiveDbContext db, AgencyFilter filter)
    {
        var query = db.Agencies.AsNoTracking();
        if (filter.RegionCode is { } code)
        {
            // Regions are at most three levels deep: the agency's region, its parent or its grandparent.
            query = query.Where(a => a.RegionCode == code || a.Region!.ParentCode == code || a.Region!.Parent!.ParentCode == code);
        }

        if (filter.Kind is { } id)
        {
            // The filter holds the id as given; an id that is no agency kind matches no agency.
            query = StableIds.TryParse<AgencyKind>(id, out var kind) ? query.Where(a => a.Kind == kind) : query.Where(a => false);
        }

        if (filter.NameContains is { Length: > 0 } part)
        {
            // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE gives the same matches.
            var pattern = "%" + LikePattern.Escape(part) + "%";
            query = db.Database.IsNpgsql()
                ? query.Where(a => EF.Functions.ILike(a.Name, pattern, LikePattern.EscapeCharacter))
                : query.Where(a => EF.Functions.Like(a.Name, pattern, LikePattern.EscapeCharacter));
        }

        return query;
    }
}
