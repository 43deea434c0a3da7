using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Indexing;

/// <summary>One stored version of a report: its id and when it was last written.</summary>
public sealed record ReportVersion(long Id, DateTime UpdatedAt);

/// <summary>
/// The indexing queue is the database itself: a report whose Indexed marker is false is waiting for the index.
/// Every process stores first and indexes after, so whichever process holds the index's write lock next
/// indexes what any process stored; nothing depends on the same file being ingested again.
/// </summary>
public sealed class IndexQueue(WriteContextFactory contextFactory)
{
    private const int IdChunk = 500;

    /// <summary>Up to <paramref name="limit"/> reports waiting for the index, oldest id first.</summary>
    public async Task<List<ReportVersion>> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        // Compared with a parameter, not as `!r.Indexed`: EF sends that (and a constant false) as NOT ("Indexed"), which
        // SQLite does not look up in IX_Reports_Indexed, so the catch-up service's poll each second scanned every report
        // (324 ms at 100k, a third of a core taken from a serving node); `"Indexed" = @waiting` is an index search (0.1 ms).
        var waiting = false;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking().Where(r => r.Indexed == waiting).OrderBy(r => r.Id).Take(limit)
            .Select(r => new ReportVersion(r.Id, r.UpdatedAt)).ToListAsync(cancellationToken);
    }

    /// <summary>Which of these reports are still waiting for the index, with their stored versions.</summary>
    public async Task<List<ReportVersion>> PendingAmongAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = new List<ReportVersion>(reportIds.Count);
        foreach (var chunk in reportIds.Chunk(IdChunk))
        {
            pending.AddRange(await db.Reports.AsNoTracking().Where(r => !r.Indexed && chunk.Contains(r.Id))
                .Select(r => new ReportVersion(r.Id, r.UpdatedAt)).ToListAsync(cancellationToken));
        }

        return pending;
    }

    /// <summary>Reports waiting for the index or written at or after <paramref name="since"/> (what a rebuild must add before its swap).</summary>
    public async Task<List<ReportVersion>> PendingOrWrittenSinceAsync(DateTime since, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking().Where(r => !r.Indexed || r.UpdatedAt >= since).OrderBy(r => r.Id)
            .Select(r => new ReportVersion(r.Id, r.UpdatedAt)).ToListAsync(cancellationToken);
    }

    /// <summary>Every stored report's id.</summary>
    public async Task<HashSet<long>> AllIdsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await db.Reports.AsNoTracking().Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>
    /// Marks these versions indexed. A report written again since it was read keeps its marker false (its
    /// UpdatedAt moved on), so the newer version is indexed next time instead of being hidden by the marker.
    /// </summary>
    public async Task MarkIndexedAsync(IReadOnlyCollection<ReportVersion> versions, CancellationToken cancellationToken)
    {
        if (versions.Count == 0)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var version in versions)
        {
            await db.Reports.Where(r => r.Id == version.Id && r.UpdatedAt == version.UpdatedAt)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Indexed, true), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Puts reports back in the queue (they are missing from the live index).</summary>
    public async Task RequeueAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in reportIds.Chunk(IdChunk))
        {
            await db.Reports.Where(r => chunk.Contains(r.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Indexed, false), cancellationToken);
        }
    }
}
