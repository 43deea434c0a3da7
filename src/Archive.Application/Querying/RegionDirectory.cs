using System.Collections.Frozen;
using Archive.Core.Regions;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Querying;

/// <summary>
/// Every region of the database with its ancestors, read once (on first use) and then served from memory, so a
/// page of reports with `region { name parent { name } path { code } }` costs no SQL for its regions.
/// </summary>
/// <remarks>
/// Holding the table in memory is correct because nothing changes it while the process runs: the only writer is
/// <see cref="DatabaseMigrator"/>, which seeds the Regions table from the GB/T 2260 gazetteer shipped inside the
/// binary (Archive.Core/Regions/regions.tsv) when the table is empty, and every command migrates before it works.
/// Ingest only reads the table. It is small (about 3,300 rows).
/// The first callers share one load; a load that fails or is cancelled leaves nothing behind, so the next caller
/// loads again.
/// </remarks>
public sealed class RegionDirectory(ReadContextPool contexts)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Regions? _regions;

    /// <summary>Every region by code.</summary>
    public async ValueTask<IReadOnlyDictionary<string, RegionView>> GetByCodeAsync(CancellationToken cancellationToken) =>
        (_regions ?? await LoadAsync(cancellationToken)).ByCode;

    /// <summary>Every region, ordered by code (ordinal, as SQLite orders the column).</summary>
    public async ValueTask<IReadOnlyList<RegionView>> GetAllAsync(CancellationToken cancellationToken) =>
        (_regions ?? await LoadAsync(cancellationToken)).InCodeOrder;

    private async Task<Regions> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_regions is { } loaded)
            {
                return loaded;
            }

            // On a pooled connection, like the request's other reads: the load opens none of its own.
            var rows = await contexts.ReadAsync(
                (db, ct) => db.Regions.AsNoTracking().Select(r => new RegionRow(r.Code, r.Name, r.Level, r.ParentCode)).ToListAsync(ct),
                cancellationToken);
            var regions = Build(rows);
            _regions = regions;
            return regions;
        }
        finally
        {
            _loading.Release();
        }
    }

    private static Regions Build(List<RegionRow> rows)
    {
        var rowsByCode = rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var views = new Dictionary<string, RegionView>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            View(row.Code, rowsByCode, views, depth: 0);
        }

        return new Regions(
            views.ToFrozenDictionary(StringComparer.Ordinal),
            [.. views.Values.OrderBy(v => v.Code, StringComparer.Ordinal)]);
    }

    /// <summary>The view of <paramref name="code"/>, its ancestors built first; a parent code with no row ends the path.</summary>
    private static RegionView? View(string code, Dictionary<string, RegionRow> rows, Dictionary<string, RegionView> built, int depth)
    {
        if (built.TryGetValue(code, out var done))
        {
            return done;
        }

        // GB/T 2260 has three levels; the bound only keeps a malformed (cyclic) table from recursing forever.
        if (!rows.TryGetValue(code, out var row) || depth > 4)
        {
            return null;
        }

        var parent = row.ParentCode is null ? null : View(row.ParentCode, rows, built, depth + 1);
        IReadOnlyList<RegionView> ancestors = parent is null ? [] : parent.Path;
        var view = new RegionView(row.Code, row.Name, row.Level, row.ParentCode, ancestors);
        built[code] = view;
        return view;
    }

    private sealed record RegionRow(string Code, string Name, RegionLevel Level, string? ParentCode);

    private sealed record Regions(FrozenDictionary<string, RegionView> ByCode, RegionView[] InCodeOrder);
}
