using Archive.Core.Regions;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Api.Querying;

/// <summary>Reads regions with their ancestors, in as few queries as the hierarchy allows (normally one).</summary>
public sealed class RegionReader(IDbContextFactory<ArchiveDbContext> contextFactory, ReadContextPool contexts)
{
    /// <summary>The regions with these codes, each with its ancestors; unknown codes are absent.</summary>
    public async Task<IReadOnlyDictionary<string, RegionView>> GetAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await contexts.ReadAsync((db, ct) => GetAsync(db, codes, ct), cancellationToken);

    /// <summary>The regions with these codes, each with its ancestors, read through <paramref name="db"/>.</summary>
    private static async Task<Dictionary<string, RegionView>> GetAsync(ArchiveDbContext db, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, RegionRow>(StringComparer.Ordinal);

        // GB/T 2260 ancestors usually share the code's prefix (640221 → 640200 → 640000): ask for them in the
        // same query, then follow ParentCode for any that did not (at most three levels).
        var wanted = codes.SelectMany(LikelyLineage).ToHashSet(StringComparer.Ordinal);
        for (var round = 0; wanted.Count > 0 && round < 4; round++)
        {
            var batch = wanted.ToList();

            // EF.Parameter: one JSON-array parameter, so EF caches the SQL (see ReportReader.GetByIdsAsync).
            var found = await db.Regions.AsNoTracking().Where(r => EF.Parameter(batch).Contains(r.Code))
                .Select(r => new RegionRow(r.Code, r.Name, r.Level, r.ParentCode)).ToListAsync(cancellationToken);
            foreach (var row in found)
            {
                rows[row.Code] = row;
            }

            wanted = found.Where(r => r.ParentCode is not null && !rows.ContainsKey(r.ParentCode))
                .Select(r => r.ParentCode!).ToHashSet(StringComparer.Ordinal);
        }

        var views = new Dictionary<string, RegionView>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (Build(code, rows, views, depth: 0) is { } view)
            {
                views[code] = view;
            }
        }

        return views;
    }

    /// <summary>Regions under <paramref name="parentCode"/> (or all) at <paramref name="level"/> (or any), ordered by code.</summary>
    public async Task<IReadOnlyList<RegionView>> ListAsync(string? parentCode, string? level, CancellationToken cancellationToken)
    {
        List<string> codes;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var query = db.Regions.AsNoTracking();
            if (parentCode is not null)
            {
                query = query.Where(r => r.ParentCode == parentCode);
            }
            else if (level is null)
            {
                // Without a parent or level, start at the top of the tree like a region picker does.
                query = query.Where(r => r.ParentCode == null);
            }

            if (level is not null)
            {
                query = query.Where(r => r.Level == level);
            }

            codes = await query.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(cancellationToken);
        }

        var views = await GetAsync(codes, cancellationToken);
        return [.. codes.Where(views.ContainsKey).Select(c => views[c])];
    }

    private static IEnumerable<string> LikelyLineage(string code)
    {
        yield return code;
        if (code.Length == 6)
        {
            yield return string.Concat(code.AsSpan(0, 2), "0000");
            yield return string.Concat(code.AsSpan(0, 4), "00");
        }
    }

    private static RegionView? Build(string code, Dictionary<string, RegionRow> rows, Dictionary<string, RegionView> built, int depth)
    {
        if (built.TryGetValue(code, out var done))
        {
            return done;
        }

        if (!rows.TryGetValue(code, out var row) || depth > 4)
        {
            return null;
        }

        var parent = row.ParentCode is null ? null : Build(row.ParentCode, rows, built, depth + 1);
        IReadOnlyList<RegionView> ancestors = parent is null ? [] : parent.Path;
        var view = new RegionView(row.Code, row.Name, row.Level, row.ParentCode, ancestors);
        built[code] = view;
        return view;
    }

    private sealed record RegionRow(string Code, string Name, string Level, string? ParentCode);

    /// <summary>True for the three GB/T 2260 levels Archive stores.</summary>
    public static bool IsLevel(string level) =>
        level is RegionLevels.Province or RegionLevels.Prefecture or RegionLevels.County;
}
