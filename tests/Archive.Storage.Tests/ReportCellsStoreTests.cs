using System.Security.Cryptography;
using System.Text;
using Archive.Core.Reports;
using Archive.Storage.Cells;
using Archive.Testing;
using Archive.Testing.Databases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Storage.Tests;

/// <summary>Cell states through the store on SQLite; <see cref="ReportCellsStorePostgreSqlTests"/> runs them on PostgreSQL.</summary>
public class ReportCellsStoreTests : IAsyncLifetime
{
    internal const string Text = "申请人情况 自然人 法人\n新收申请 0 \t／\n";
    private readonly TempDirectory _temp = new();
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    protected virtual TestProvider Provider => TestProvider.Sqlite;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider, nameof(ReportCellsStoreTests));
        _services = StorageServices.Build(_temp.Path, _database);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [StorageFact]
    public async Task Upsert_ReportWithCells_StoresEveryStateAndNoMetricForABlank()
    {
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var store = _services.GetRequiredService<ReportStore>();

        var outcome = await store.UpsertAsync(Prepared("/r/cells.txt", Text, withCells: true), CancellationToken.None);

        await using var db = await Db();
        var row = await db.ReportCells.SingleAsync(c => c.ReportId == outcome.ReportId);
        var cells = TableCellCodec.Decode(row.Data);
        Assert.Equal(4, row.CellCount);
        Assert.Equal(
            [("apply.new.natural", CellState.Printed, (decimal?)0m, "0"), ("apply.new.legal_person", CellState.NotApplicable, null, "／"),
             ("apply.new.other", CellState.Blank, null, null), ("apply.new.total", CellState.Unread, null, null)],
            cells.Select(c => (c.Key, c.State, c.Value, TableCellCodec.PrintedText(c, Text))));
        var metrics = await db.Metrics.Where(m => m.ReportId == outcome.ReportId).Select(m => new { m.MetricKey!.Key, m.Value }).ToListAsync();
        Assert.Equal("apply.new.natural", Assert.Single(metrics).Key);
        Assert.Equal(0, metrics[0].Value);
    }

    [StorageFact]
    public async Task Upsert_SamePathNewContent_ReplacesTheCellsInPlace()
    {
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var store = _services.GetRequiredService<ReportStore>();
        var first = await store.UpsertAsync(Prepared("/r/x.txt", Text, withCells: true), CancellationToken.None);
        var changed = Text.Replace("新收申请 0", "新收申请 0 ", StringComparison.Ordinal);

        var second = await store.UpsertAsync(Prepared("/r/x.txt", changed, withCells: true, blankOnly: true), CancellationToken.None);

        Assert.Equal(StoreStatus.Updated, second.Status);
        await using var db = await Db();
        var cells = TableCellCodec.Decode((await db.ReportCells.SingleAsync(c => c.ReportId == first.ReportId)).Data);
        Assert.All(cells, c => Assert.Equal(CellState.Blank, c.State));
        Assert.Equal(1, await db.ReportCells.CountAsync());
    }

    private Task<ArchiveDbContext> Db() =>
        _services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync(CancellationToken.None);

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static PreparedReport Prepared(string path, string text, bool withCells, bool blankOnly = false)
    {
        var zero = text.IndexOf(" 0", StringComparison.Ordinal) + 1;
        var slash = text.IndexOf('／', StringComparison.Ordinal);
        var line = text.IndexOf("新收申请", StringComparison.Ordinal);
        var metric = new ExtractedMetric("apply.new.natural", 0m, "件", MetricOrigin.Table, text[line..(zero + 1)], line, zero + 1);
        TableCell[] cells = blankOnly
            ? [new("apply.new.natural", CellState.Blank, null, null, -1, -1)]
            :
            [
                new("apply.new.natural", CellState.Printed, 0m, "0", zero, zero + 1),
                new("apply.new.legal_person", CellState.NotApplicable, null, "／", slash, slash + 1),
                new("apply.new.other", CellState.Blank, null, null, -1, -1),
                new("apply.new.total", CellState.Unread, null, null, -1, -1),
            ];
        var extracted = new ExtractedReport
        {
            File = Path.GetFileName(path),
            Title = "旧报告",
            Template = ReportTemplate.V2021,
            Metrics = blankOnly ? [] : [metric],
            Cells = withCells ? cells : [],
        };
        return new PreparedReport(path, Hash(text), text, text, extracted, blankOnly ? [] : [metric], new SourceFileInfo("txt", text.Length, "utf-8", Hash(text)))
        {
            Cells = withCells ? cells : [],
        };
    }
}

[PostgreSqlTests]
public sealed class ReportCellsStorePostgreSqlTests : ReportCellsStoreTests
{
    protected override TestProvider Provider => TestProvider.PostgreSql;
}

/// <summary>SQLite only: an archive made before cell states were recorded exists only as a SQLite file (PostgreSQL came later, with cells).</summary>
public sealed class ReportCellsLegacySqliteTests : SqliteArchiveTests
{
    [Fact]
    public async Task Migrate_ArchiveMadeBeforeCells_KeepsEveryRowAndReingestRecordsTheCells()
    {
        // An archive as the code before this migration wrote it: the first migration only, rows in its schema.
        await using (var db = await Db())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261125090340_InitialCreate");
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO Reports (Id, ContentHash, SourcePath, FileName, FileType, FileSize, FileHash, Encoding, Title, Template,
                  OriginalText, NormalizedText, IngestedAt, UpdatedAt, Indexed)
                VALUES (7, {0}, '/r/old.txt', 'old.txt', 'txt', 10, 'h', 'utf-8', '旧报告', '2021', {1}, {1}, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1);
                INSERT INTO Metrics (ReportId, Key, Value, Unit, Origin, SourceStart, SourceEnd, SourceText)
                VALUES (7, 'apply.new.natural', 0, '件', 'table', 6, 12, '新收申请 0');
                """,
                Hash(Text), Text);
        }

        await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        await using (var db = await Db())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var report = await db.Reports.Include(r => r.Metrics).ThenInclude(m => m.MetricKey).Include(r => r.Cells).SingleAsync(r => r.Id == 7);
            Assert.Equal(("旧报告", Text, true), (report.Title, report.NormalizedText, report.Indexed));
            Assert.Null(report.Cells);
            var metric = Assert.Single(report.Metrics);
            Assert.Equal(("apply.new.natural", 0d, 6, 12, "新收申请 0"), (metric.MetricKey!.Key, metric.Value, metric.SourceStart, metric.SourceEnd, metric.SourceText));
        }

        var store = Services.GetRequiredService<ReportStore>();
        var withoutCells = await store.UpsertAsync(Prepared("/r/old.txt", Text, withCells: false), CancellationToken.None);
        var withCells = await store.UpsertAsync(Prepared("/r/old.txt", Text, withCells: true), CancellationToken.None);
        var again = await store.UpsertAsync(Prepared("/r/old.txt", Text, withCells: true), CancellationToken.None);

        Assert.Equal((StoreStatus.Unchanged, 7L, true), (withoutCells.Status, withoutCells.ReportId, withoutCells.Indexed));
        Assert.Equal((StoreStatus.Updated, 7L, false), (withCells.Status, withCells.ReportId, withCells.Indexed));
        Assert.Equal(StoreStatus.Unchanged, again.Status);
        await using var after = await Db();
        Assert.Equal(4, (await after.ReportCells.SingleAsync(c => c.ReportId == 7)).CellCount);
    }

    private const string Text = ReportCellsStoreTests.Text;

    private static string Hash(string text) => ReportCellsStoreTests.Hash(text);

    private static PreparedReport Prepared(string path, string text, bool withCells) => ReportCellsStoreTests.Prepared(path, text, withCells);
}
