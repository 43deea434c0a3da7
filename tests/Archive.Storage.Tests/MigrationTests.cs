using Archive.Core.Configuration;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Storage;
using Archive.Storage.Entities;
using Archive.Storage.Providers;
using Archive.Testing;
using Archive.Testing.Databases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Storage.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyDataDirectory_CreatesSchemaWalAndRegions()
    {
        using var temp = new TempDirectory();
        var dataDir = Path.Combine(temp.Path, "fresh");

        // Nothing at warning level either: a new archive's first command is what a new user reads first.
        var log = new ErrorLog(LogLevel.Warning);
        await using var services = StorageServices.Build(dataDir, log: log);

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        var factory = services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(CancellationToken.None));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(CancellationToken.None));
        Assert.Equal(StorageServices.Regions.Count, await db.Regions.CountAsync(CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(dataDir, "archive.db")));

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "archive.db")}");
        await connection.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(CancellationToken.None));
        Assert.True(log.Errors.Count == 0, string.Join("\n", log.Errors));
    }

    [Fact]
    public async Task SqliteMigrations_EachTableRebuildDropsALeftOverCopyFirst()
    {
        // A rebuild's copy is committed before the pragma step no transaction may hold: a kill there leaves it, and
        // without the drop its CREATE TABLE fails on every later start (InterruptedRebuildMigrationTests). The start-up
        // warning about such steps is quieted on this promise (AddArchiveStorage), so every migration must keep it.
        using var temp = new TempDirectory();
        await using var services = StorageServices.Build(temp.Path);
        await using var db = await services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync(CancellationToken.None);
        var migrator = db.GetService<IMigrator>();
        var previous = Migration.InitialDatabase;
        var rebuilds = 0;
        foreach (var migration in db.Database.GetMigrations())
        {
            var script = migrator.GenerateScript(previous, migration);
            previous = migration;

            // A rebuild written by hand inside the migration's transaction (MetricKeyIds) leaves nothing behind.
            if (!script.Contains("PRAGMA foreign_keys = 0", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (System.Text.RegularExpressions.Match create in System.Text.RegularExpressions.Regex.Matches(script, "CREATE TABLE \"(ef_temp_[^\"]+)\""))
            {
                rebuilds++;
                var drop = $"DROP TABLE IF EXISTS \"{create.Groups[1].Value}\"";
                var dropAt = script.IndexOf(drop, StringComparison.Ordinal);
                Assert.True(dropAt >= 0 && dropAt < create.Index, $"{migration} rebuilds {create.Groups[1].Value} without dropping a left-over copy first.");
            }
        }

        Assert.True(rebuilds > 0, "No migration rebuilds a table: the check above checked nothing.");
    }

    [Fact]
    public async Task Model_HasNoChangesMissingAMigration()
    {
        using var temp = new TempDirectory();
        await using var services = StorageServices.Build(temp.Path);
        var factory = services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: see README 'Adding a migration'.");
    }

    [Fact]
    public async Task PostgreSqlModel_HasNoChangesMissingAMigration()
    {
        // Comparing the model with the PostgreSQL migrations' snapshot needs no server.
        await using var db = new ArchiveDbContext((DbContextOptions<ArchiveDbContext>)StorageServiceCollectionExtensions.UsePostgreSql(
            new DbContextOptionsBuilder<ArchiveDbContext>(), "Host=127.0.0.1;Database=unused").Options);
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a PostgreSQL migration: see README 'Adding a migration' (one per provider).");
    }

    [Fact]
    public async Task Migrate_Twice_IsHarmless()
    {
        using var temp = new TempDirectory();
        await using var services = StorageServices.Build(temp.Path);
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        await migrator.MigrateAsync(CancellationToken.None);
        await migrator.MigrateAsync(CancellationToken.None);
        var factory = services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        Assert.Equal(StorageServices.Regions.Count, await db.Regions.CountAsync(CancellationToken.None));
    }
}

/// <summary>The migrations on PostgreSQL: a fresh database gets the schema and the regions; migrating twice is harmless.</summary>
[PostgreSqlTests]
public sealed class PostgreSqlMigrationTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestProvider.PostgreSql, nameof(PostgreSqlMigrationTests));

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _temp.Dispose();
    }

    [StorageFact]
    public async Task Migrate_EmptyDatabase_CreatesSchemaAndRegionsAndNoSqliteFile()
    {
        // No error logged on the way: EF Core reading the history table of a database that has none logged one.
        var log = new ErrorLog();
        await using var services = StorageServices.Build(_temp.Path, _database, log);
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        await migrator.MigrateAsync(CancellationToken.None);
        await migrator.MigrateAsync(CancellationToken.None);

        await using var db = await services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync(CancellationToken.None);
        Assert.True(db.Database.IsNpgsql());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(CancellationToken.None));
        Assert.Equal(StorageServices.Regions.Count, await db.Regions.CountAsync(CancellationToken.None));
        Assert.False(File.Exists(Path.Combine(_temp.Path, "archive.db")));
        Assert.True(log.Errors.Count == 0, string.Join("\n", log.Errors));
    }

    [StorageFact]
    public async Task Migrate_MetricRowsWrittenBeforeKeyIds_CarriedOverWithTheirKeysOriginsAndOrder()
    {
        await using var services = StorageServices.Build(_temp.Path, _database);
        var factory = services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(CancellationToken.None))
        {
            // The schema before MetricKeyIds (PostgreSQL's first migration) with rows as that code wrote them: key and
            // origin strings, ids giving the served order, interleaved across reports (stored, replaced, stored again).
            await db.GetService<IMigrator>().MigrateAsync("20261203105627_InitialCreate", CancellationToken.None);
            db.Reports.AddRange(OldReport(1), OldReport(2));
            await db.SaveChangesAsync(CancellationToken.None);
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "Metrics" ("Id", "ReportId", "Key", "Value", "Unit", "Origin", "SourceStart", "SourceEnd", "SourceText") VALUES
                  (10, 1, 'review.total', 3, '件', 'table', 0, 2, NULL),
                  (11, 2, 'apply.new.total', 5, '件', 'prose', 0, 2, NULL),
                  (12, 1, 'apply.new.total', 4, '件', 'prose', 1, 2, '受理'),
                  (14, 2, 'active.fees.amount', 1.5, '万元', 'prose', 0, 1, NULL),
                  (13, 1, 'active.fees.amount', 2, NULL, 'table', 0, 1, NULL);
                """,
                CancellationToken.None);
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        await using var migrated = await factory.CreateDbContextAsync(CancellationToken.None);
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync(CancellationToken.None));
        Assert.Equal(
            ["active.fees.amount", "apply.new.total", "review.total"],
            await migrated.MetricKeys.OrderBy(k => k.Id).Select(k => k.Key).ToListAsync(CancellationToken.None));
        var rows = await migrated.Metrics.OrderBy(m => m.ReportId).ThenBy(m => m.Ordinal)
            .Select(m => new { m.ReportId, m.Ordinal, m.MetricKey!.Key, m.Value, m.Unit, m.Origin, m.SourceStart, m.SourceEnd, m.SourceText })
            .ToListAsync(CancellationToken.None);
        Assert.Equal(
            [
                (1L, 0, "review.total", 3d, (string?)"件", MetricOrigin.Table, 0, 2, (string?)null),
                (1L, 1, "apply.new.total", 4d, "件", MetricOrigin.Prose, 1, 2, "受理"),
                (1L, 2, "active.fees.amount", 2d, null, MetricOrigin.Table, 0, 1, null),
                (2L, 0, "apply.new.total", 5d, "件", MetricOrigin.Prose, 0, 2, null),
                (2L, 1, "active.fees.amount", 1.5d, "万元", MetricOrigin.Prose, 0, 1, null),
            ],
            rows.Select(r => (r.ReportId, r.Ordinal, r.Key, r.Value, r.Unit, r.Origin, r.SourceStart, r.SourceEnd, r.SourceText)));
    }

    private static ReportEntity OldReport(long id) => new()
    {
        Id = id,
        ContentHash = $"hash{id}",
        SourcePath = $"/r/{id}.txt",
        FileName = $"{id}.txt",
        FileType = "txt",
        FileHash = $"file{id}",
        Encoding = "utf-8",
        Template = ReportTemplate.V2019,
        NormalizedText = "受理申请5件",
    };
}

/// <summary>Storage registered as the host registers it, over a temp data directory and a small region list.</summary>
internal static class StorageServices
{
    public static readonly IReadOnlyList<RegionInfo> Regions =
    [
        new("640000", "宁夏回族自治区", null, RegionLevel.Province),
        new("640200", "石嘴山市", "640000", RegionLevel.Prefecture),
        new("640221", "平罗县", "640200", RegionLevel.County),
        new("640500", "中卫市", "640000", RegionLevel.Prefecture),
    ];

    /// <param name="database">The system of record; null or a SQLite one: archive.db in <paramref name="dataDirectory"/>.</param>
    /// <param name="log">Also receives every entry of warning level and above.</param>
    /// <param name="interceptor">An EF interceptor every context of this provider runs (a test's hook into its commands).</param>
    public static ServiceProvider Build(string dataDirectory, TestDatabase? database = null, ILoggerProvider? log = null, IAdditionalDbInterceptor? interceptor = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Warning);
            if (log is not null)
            {
                b.AddProvider(log);
            }
        });
        services.Configure<ArchiveOptions>(o => o.DataDirectory = dataDirectory);
        services.Configure<StorageOptions>(o => o.ConnectionString = database?.ConnectionString);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IRegionSource>(new ListRegionSource(Regions));
        services.AddArchiveStorage();
        if (interceptor is not null)
        {
            services.AddSingleton(interceptor);
        }

        return services.BuildServiceProvider();
    }

    private sealed class ListRegionSource(IReadOnlyList<RegionInfo> regions) : IRegionSource
    {
        public IReadOnlyList<RegionInfo> GetRegions() => regions;
    }
}

/// <summary>Keeps the entries logged through it at <paramref name="minimum"/> and above (category: message), for tests that a step logs none.</summary>
internal sealed class ErrorLog(LogLevel minimum = LogLevel.Error) : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Errors => _errors;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, minimum, _errors);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, LogLevel minimum, System.Collections.Concurrent.ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{category}: {formatter(state, exception)}");
            }
        }
    }
}
