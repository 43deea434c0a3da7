using Archive.Core.Regions;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Archive.Storage;

/// <summary>
/// Brings the database to the current schema (real migrations, never EnsureCreated) and loads the
/// region gazetteer when the Region table is empty. Every command calls this before it works.
/// <para>
/// On PostgreSQL several processes may start at once on a new database (nodes and workers of one deployment): the
/// whole step runs under a session advisory lock on one connection, so the first migrates and loads the gazetteer
/// while the others wait, then find nothing pending. Without it, two `archive` commands started together on an empty
/// database failed one run in three here (42P07: relation "ReportChanges" already exists; EF Core's own migration
/// lock did not keep them apart).
/// </para>
/// </summary>
public sealed partial class DatabaseMigrator(
    WriteContextFactory contextFactory,
    IRegionSource regionSource,
    ILogger<DatabaseMigrator> logger)
{
    /// <summary>The advisory lock's key (a bigint the archive's database uses for nothing else): "ARCHMIGR" in ASCII.</summary>
    private const string Lock = "SELECT pg_advisory_lock(4706898538368943954)";
    private const string Unlock = "SELECT pg_advisory_unlock(4706898538368943954)";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsNpgsql())
        {
            await MigrateAsync(db, cancellationToken);
            return;
        }

        // A session lock, taken and released on the connection the migrations use (opened here, so EF Core keeps it
        // open throughout); a process killed meanwhile loses the session, and with it the lock.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Lock, cancellationToken);
        try
        {
            await MigrateAsync(db, cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(Unlock, CancellationToken.None);
        }
    }

    private async Task MigrateAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        // The history table first, empty on a new database: EF Core would otherwise read the missing table twice while
        // it migrates and log each failed SELECT as an error (efcore#37328), on every first start against PostgreSQL.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogApplyingMigrations(logger, pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (!await db.Regions.AnyAsync(cancellationToken))
        {
            var regions = regionSource.GetRegions();
            db.Regions.AddRange(regions.Select(r => new RegionEntity
            {
                Code = r.Code,
                Name = r.Name,
                ParentCode = r.ParentCode,
                Level = r.Level,
            }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogRegionsLoaded(logger, regions.Count);
            }
            catch (DbUpdateException ex) when ((ex.InnerException as Npgsql.PostgresException)?.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation)
            {
                // Several nodes started at once on a new PostgreSQL database (EF Core serializes the migrations
                // themselves): another one loaded the same gazetteer first.
                LogRegionsLoadedElsewhere(logger);
            }
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applying {MigrationCount} migrations: {Migrations}")]
    private static partial void LogApplyingMigrations(ILogger logger, int migrationCount, string migrations);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Loaded {RegionCount} regions into the database")]
    private static partial void LogRegionsLoaded(ILogger logger, int regionCount);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Regions were loaded by another process starting at the same time")]
    private static partial void LogRegionsLoadedElsewhere(ILogger logger);
}
