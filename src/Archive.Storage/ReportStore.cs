using Archive.Core.Regions;
using Archive.Core.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage;

/// <summary>
/// Writes prepared reports, idempotent by content hash: many reports per transaction with prepared commands
/// reused across the batch (issue 25: one EF Core transaction per report with its ~130 metric rows was most of
/// ingest's time and, through the WAL, rewrote each metric index page once per report). A transaction holds whole
/// reports only, so a killed ingest leaves none half-stored.
/// </summary>
public sealed class ReportStore(WriteContextFactory contextFactory, TimeProvider clock)
{
    private Dictionary<string, (RegionLevel Level, string? Parent)>? _regions;

    /// <summary>
    /// Stores <paramref name="report"/>. The same content again is <see cref="StoreStatus.Unchanged"/>; new content
    /// from a path already stored replaces that report (<see cref="StoreStatus.Updated"/>).
    /// </summary>
    public async Task<StoreOutcome> UpsertAsync(PreparedReport report, CancellationToken cancellationToken) =>
        (await StoreBatchAsync([report], cancellationToken))[0].Outcome;

    /// <summary>
    /// Stores the reports in one transaction, in order (a later report in the batch sees the earlier ones, so the
    /// same content twice is stored once). Either every report of the batch is stored or none is.
    /// </summary>
    public async Task<IReadOnlyList<StoredReport>> StoreBatchAsync(IReadOnlyList<PreparedReport> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            return await StoreThroughModelAsync(db, reports, cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var transaction = await SqliteWriteTransaction.BeginAsync(connection, cancellationToken);
        using var writer = new BatchWriter(connection, transaction, _regions ?? await ReadRegionsAsync(db, cancellationToken), clock.GetUtcNow().UtcDateTime);
        var stored = new List<StoredReport>(reports.Count);
        foreach (var report in reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stored.Add(writer.Store(report));
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// The same on a provider other than SQLite (PostgreSQL): through the EF model, one transaction per batch. Several
    /// ingest processes may store the same file at once (overlapping folders): PostgreSQL's Read Committed lets both
    /// see no row for its content, and the second insert waits on the unique content hash until the first commits,
    /// then fails. Each report is stored under a savepoint, so that failure rolls back only that report, which is
    /// stored again and now finds the other's row (unchanged): skipped, not failed. A deadlock between two such
    /// batches (files met in another order) aborts one transaction; it is run again whole.
    /// </summary>
    private async Task<IReadOnlyList<StoredReport>> StoreThroughModelAsync(ArchiveDbContext db, IReadOnlyList<PreparedReport> reports, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreThroughModelOnceAsync(db, reports, cancellationToken);
            }
            catch (Exception ex) when (attempt < Attempts && IsRetryable(ex))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<IReadOnlyList<StoredReport>> StoreThroughModelOnceAsync(ArchiveDbContext db, IReadOnlyList<PreparedReport> reports, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var writer = new EfBatchWriter(db, _regions ?? await ReadRegionsAsync(db, cancellationToken), clock.GetUtcNow().UtcDateTime);
        var stored = new List<StoredReport>(reports.Count);
        foreach (var report in reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var attempt = 1; ; attempt++)
            {
                await transaction.CreateSavepointAsync("report", cancellationToken);
                try
                {
                    stored.Add(await writer.StoreAsync(report, cancellationToken));
                    await transaction.ReleaseSavepointAsync("report", cancellationToken);
                    break;
                }
                catch (Exception ex) when (attempt < 3 && IsUniqueViolation(ex))
                {
                    await transaction.RollbackToSavepointAsync("report", cancellationToken);
                    writer.ForgetFailedReport();
                }
            }
        }

        await writer.FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private static bool IsUniqueViolation(Exception ex) =>
        (ex as Npgsql.PostgresException ?? ex.InnerException as Npgsql.PostgresException)?.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation;

    private static bool IsRetryable(Exception ex) =>
        (ex as Npgsql.PostgresException ?? ex.InnerException as Npgsql.PostgresException)?.SqlState
            is Npgsql.PostgresErrorCodes.DeadlockDetected or Npgsql.PostgresErrorCodes.SerializationFailure;

    /// <summary>
    /// The (source path, file hash) of every stored report that a re-ingest of the same bytes would leave as it is
    /// (it has cell states): such a file is skipped on its hash alone, without reading the document.
    /// </summary>
    public async Task<HashSet<(string Path, string FileHash)>> UnchangedFilesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Reports.AsNoTracking().Where(r => r.Cells != null)
            .Select(r => new { r.SourcePath, r.FileHash }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.SourcePath, r.FileHash))];
    }

    /// <summary>
    /// The gazetteer as code → (level, parent), read once instead of up to four queries per report: the migrator seeds
    /// it and nothing writes it after (kept only once it is there).
    /// </summary>
    private async Task<Dictionary<string, (RegionLevel Level, string? Parent)>> ReadRegionsAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var regions = (await db.Regions.AsNoTracking().Select(r => new { r.Code, r.Level, r.ParentCode }).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Code, r => (r.Level, r.ParentCode), StringComparer.Ordinal);
        if (regions.Count > 0)
        {
            _regions = regions;
        }

        return regions;
    }

    /// <summary>Records that the index has committed these reports.</summary>
    public async Task MarkIndexedAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        if (reportIds.Count == 0)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Reports.Where(r => reportIds.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Indexed, true), cancellationToken);
    }
}

public enum StoreStatus
{
    Added,
    Updated,
    Unchanged,
}

/// <param name="Indexed">Whether the search index already holds this version.</param>
public sealed record StoreOutcome(StoreStatus Status, long ReportId, bool Indexed);

/// <summary>
/// What the store decided for one report, with what the search index needs that the store derived (region levels,
/// the calendar date) and the version written, so the report can be indexed from memory instead of read back.
/// </summary>
public sealed record StoredReport(
    StoreOutcome Outcome,
    DateTime UpdatedAt,
    string? ProvinceCode,
    string? PrefectureCode,
    string? CountyCode,
    DateOnly? PublishedDate);
