using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Api.Export;
using Archive.Api.Tests.Infrastructure;
using Archive.Storage;
using Archive.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Tests;

/// <summary>
/// An archive written before the cell-state migration (the first migration's schema, its rows as that code wrote them)
/// is migrated by the real host at start-up and answers GraphQL and the CSV export as it did.
/// </summary>
public sealed class LegacyArchiveTests : IAsyncLifetime
{
    private const string Text = "甲县财政局2020年政府信息公开工作年度报告\n本年新收政府信息公开申请数量\t5\t0\n全年共受理申请5件。\n收费 12 万元\n";

    // Rows as the code before the migration stored them: key, value, unit, origin, start, end, printed source. The last
    // one's source differs from the text's cut (a character normalization dropped), as a stored copy may.
    private static readonly (string Key, double Value, string? Unit, string Origin, int Start, int End, string Source)[] Metrics =
    [
        ("apply.new.natural", 5, "件", "table", Text.IndexOf("本年新收", StringComparison.Ordinal), Text.IndexOf("\t0\n", StringComparison.Ordinal) + 2, Text[Text.IndexOf("本年新收", StringComparison.Ordinal)..(Text.IndexOf("\t0\n", StringComparison.Ordinal) + 2)]),
        ("apply.new.business", 0, "件", "table", Text.IndexOf("本年新收", StringComparison.Ordinal), Text.IndexOf("\t0\n", StringComparison.Ordinal) + 2, Text[Text.IndexOf("本年新收", StringComparison.Ordinal)..(Text.IndexOf("\t0\n", StringComparison.Ordinal) + 2)]),
        ("apply.new.total", 5, "件", "prose", Text.IndexOf("受理申请5件", StringComparison.Ordinal), Text.IndexOf("受理申请5件", StringComparison.Ordinal) + 6, "受理申请5件"),
        ("active.fees.amount", 12, "万元", "prose", Text.IndexOf("收费", StringComparison.Ordinal), Text.IndexOf("万元", StringComparison.Ordinal) + 2, "收费 12 万元\u3000"),
    ];

    // A text with a character beyond the BMP before its metric: UTF-16 offsets and SQLite's code-point substr disagree there.
    private const string CrlfOriginal = "丙县2021年政府信息公开工作年度报告\r\n全年共受理申请3件。\r\n";

    private const string WideText = "乙县𠀀财政局2019年报告\n全年共受理申请7件。\n";

    private readonly TempDirectory _directory = new("archive-legacy");
    private WebApplication? _app;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await CreateLegacyArchiveAsync(Path.Combine(_directory.Path, "archive.db"));
        _app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            EnvironmentName = "Testing",
            Configure = configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Archive:DataDirectory"] = _directory.Path,
                ["Logging:LogLevel:Default"] = "Warning",
                ["Api:ExposeExceptionDetails"] = "true",
            }),
            ConfigureServices = services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)),
            ConfigureWebHost = web => web.UseTestServer(),
        });
        await _app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.CancellationToken);
        await _app.StartAsync(TestContext.CancellationToken);
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task MigratedArchive_AnswersMetricsSourcesAndCsvAsStored_WithNoCellsRecorded()
    {
        var report = (await _client.PostAsync(
            """
            query ($id: ID!) { report(id: $id) {
              title text tableCellsRecorded tableCells { key }
              metrics { key value unit origin source { start end text sentence { text } } }
            } }
            """,
            new { id = Api.GraphQL.GlobalId.Encode("Report", 1) })).Ok().GetProperty("report");

        Assert.Equal(("甲县财政局2020年政府信息公开工作年度报告", Text), (report.GetProperty("title").GetString(), report.GetProperty("text").GetString()));
        Assert.False(report.GetProperty("tableCellsRecorded").GetBoolean());
        Assert.Equal(0, report.GetProperty("tableCells").GetArrayLength());
        var metrics = report.GetProperty("metrics").EnumerateArray().Select(m => (
            m.GetProperty("key").GetString(), m.GetProperty("value").GetDouble(), m.GetProperty("unit").GetString(), m.GetProperty("origin").GetString(),
            m.GetProperty("source").GetProperty("start").GetInt32(), m.GetProperty("source").GetProperty("end").GetInt32(), m.GetProperty("source").GetProperty("text").GetString()));
        Assert.Equal(Metrics.Select(m => ((string?)m.Key, m.Value, (string?)m.Unit, (string?)m.Origin.ToUpperInvariant(), m.Start, m.End, (string?)m.Source)), metrics);

        var csv = await CsvAsync("/export/metrics.csv?year=2020");
        Assert.Equal(MetricsCsvEndpoint.Columns, csv[0]);
        var expected = Metrics.OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new[] { m.Key, m.Value.ToString("R", CultureInfo.InvariantCulture), m.Unit ?? string.Empty, m.Origin.ToUpperInvariant() }).ToList();
        Assert.Equal(expected, csv.Skip(1).Select(r => new[] { r[8], r[10], r[11], r[12] }));

        var withCells = await CsvAsync("/export/metrics.csv?cells=true&year=2020");
        Assert.Equal(expected.Select(e => e.Append("PRINTED").ToArray()), withCells.Skip(1).Select(r => new[] { r[8], r[10], r[11], r[12], r[13] }));

        // The printed sources are cut from the text now; only the one that differs from its cut keeps a copy.
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory.Path, "archive.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(k.Key) FROM Metrics m JOIN MetricKeys k ON k.Id = m.KeyId WHERE m.ReportId = 1 AND m.SourceText IS NOT NULL";
        Assert.Equal("active.fees.amount", (string?)command.ExecuteScalar());
        command.CommandText = "SELECT COUNT(*) FROM Metrics WHERE ReportId = 2 AND SourceText IS NOT NULL";
        Assert.Equal(1L, (long?)command.ExecuteScalar());
    }

    [Fact]
    public async Task MigratedArchive_OriginalTexts_AnswerAsStored_KeptOnlyWhereTheyDiffer()
    {
        // Report 1's original equalled its normalized text: the migration dropped the copy, the page still serves it.
        // Report 3's original differs (a CRLF text) and is kept; both stay the plain UTF-8 the old code wrote.
        Assert.Equal(Text, await OriginalAsync(1));
        Assert.Equal(CrlfOriginal, await OriginalAsync(3));
        var text = (await _client.PostAsync("query ($id: ID!) { report(id: $id) { text } }", new { id = Api.GraphQL.GlobalId.Encode("Report", 3) }))
            .Ok().GetProperty("report").GetProperty("text").GetString();
        Assert.Equal(CrlfOriginal.Replace("\r\n", "\n", StringComparison.Ordinal), text);

        using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory.Path, "archive.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(Id || ':' || typeof(OriginalText) || ',' || typeof(NormalizedText), ' ') FROM (SELECT * FROM Reports ORDER BY Id)";
        Assert.Equal("1:null,text 2:null,text 3:text,text", (string?)command.ExecuteScalar());
    }

    private async Task<string> OriginalAsync(long id)
    {
        using var response = await _client.GetAsync($"/reports/{Api.GraphQL.GlobalId.Encode("Report", id)}/original", TestContext.CancellationToken);
        response.EnsureSuccessStatusCode();
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken));
    }

    [Fact]
    public async Task MigratedArchive_TextBeyondTheBmp_KeepsItsCopyAndAnswersTheSameSource()
    {
        var metric = (await _client.PostAsync(
            "query ($id: ID!) { report(id: $id) { metrics { key source { start end text } } } }",
            new { id = Api.GraphQL.GlobalId.Encode("Report", 2) })).Ok().GetProperty("report").GetProperty("metrics")[0];

        var at = WideText.IndexOf("受理申请7件", StringComparison.Ordinal);
        Assert.Equal(("受理申请7件", at, at + 6), (metric.GetProperty("source").GetProperty("text").GetString(), metric.GetProperty("source").GetProperty("start").GetInt32(), metric.GetProperty("source").GetProperty("end").GetInt32()));
    }

    [Fact]
    public async Task MigratedArchive_CompactMetricIndexes_AndTheBatchedWritePathStoresBesideTheLegacyRows()
    {
        var seed = TestPaths.SeedFiles[0];
        var summary = await _app!.Services.GetRequiredService<Application.Ingestion.IngestService>().IngestAsync([seed], null, TestContext.CancellationToken);
        var again = await _app.Services.GetRequiredService<Application.Ingestion.IngestService>().IngestAsync([seed], null, TestContext.CancellationToken);

        Assert.Equal((1, 0), (summary.Added, summary.Failed));
        Assert.Equal((0, 1), (again.Added, again.Unchanged)); // the same bytes again: skipped on the file's hash
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory.Path, "archive.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        // Keys as ids, origins as codes, the rows in a WITHOUT ROWID table keyed by (ReportId, Ordinal): one index of our own.
        command.CommandText = "SELECT group_concat(name || ':' || origin, ' ') FROM (SELECT name, origin FROM pragma_index_list('Metrics') ORDER BY name)";
        Assert.Equal("IX_Metrics_KeyId:c sqlite_autoindex_Metrics_1:pk", (string?)command.ExecuteScalar());
        command.CommandText = "SELECT sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE name = 'Metrics'";
        Assert.Equal(1L, (long?)command.ExecuteScalar());
        command.CommandText = "SELECT group_concat(k.Key || '/' || m.Origin, ' ') FROM (SELECT * FROM Metrics WHERE ReportId = 1 ORDER BY Ordinal) m JOIN MetricKeys k ON k.Id = m.KeyId";
        Assert.Equal(string.Join(' ', Metrics.Select(m => $"{m.Key}/{(m.Origin == "table" ? 1 : 2)}")), (string?)command.ExecuteScalar());
        command.CommandText = "SELECT COUNT(*) FROM Metrics WHERE ReportId = 1";
        Assert.Equal((long)Metrics.Length, (long?)command.ExecuteScalar());

        // The legacy report answers as stored; the new one has exactly the metrics the pipeline gives its file.
        var legacy = (await _client.PostAsync("query ($id: ID!) { report(id: $id) { metrics { key value source { text } } } }", new { id = Api.GraphQL.GlobalId.Encode("Report", 1) }))
            .Ok().GetProperty("report").GetProperty("metrics").EnumerateArray()
            .Select(m => (m.GetProperty("key").GetString(), m.GetProperty("value").GetDouble(), m.GetProperty("source").GetProperty("text").GetString()));
        Assert.Equal(Metrics.Select(m => ((string?)m.Key, m.Value, (string?)m.Source)), legacy);
        var prepared = await _app.Services.GetRequiredService<Ingest.Pipeline.ReportPreparer>().PrepareFileAsync(seed, TestContext.CancellationToken);
        command.CommandText = "SELECT COUNT(*) FROM Metrics m JOIN Reports r ON r.Id = m.ReportId WHERE r.SourcePath = $path";
        command.Parameters.AddWithValue("$path", prepared.SourcePath);
        Assert.Equal((long)prepared.Metrics.Count, (long?)command.ExecuteScalar());
    }

    private async Task<List<string[]>> CsvAsync(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.CancellationToken);
        response.EnsureSuccessStatusCode();
        return CsvReader.Parse(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken))[3..]));
    }

    /// <summary>The first migration only, then one report and its metrics in that schema, as the earlier code wrote them.</summary>
    private static async Task CreateLegacyArchiveAsync(string path)
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(StorageServiceCollectionExtensions.ConnectionString(path)).Options;
        await using var db = new ArchiveDbContext(options);
        await db.GetService<IMigrator>().MigrateAsync("20261125090340_InitialCreate", TestContext.CancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO Reports (Id, ContentHash, SourcePath, FileName, FileType, FileSize, FileHash, Encoding, Title, AgencyName, AgencyKind, Year,
              Template, OriginalText, NormalizedText, IngestedAt, UpdatedAt, Indexed)
            VALUES (1, 'legacyhash', '/r/legacy.txt', 'legacy.txt', 'txt', 100, 'h', 'utf-8', '甲县财政局2020年政府信息公开工作年度报告', '甲县财政局', 'finance', 2020,
              '2019', {0}, {0}, '2021-01-01 00:00:00', '2021-01-01 00:00:00', 1)
            """,
            [Text],
            TestContext.CancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO Reports (Id, ContentHash, SourcePath, FileName, FileType, FileSize, FileHash, Encoding, Title, Template, Year,
              OriginalText, NormalizedText, IngestedAt, UpdatedAt, Indexed)
            VALUES (2, 'widehash', '/r/wide.txt', 'wide.txt', 'txt', 50, 'w', 'utf-8', '乙县𠀀财政局2019年报告', '2019', 2019, {0}, {0}, '2021-01-01 00:00:00', '2021-01-01 00:00:00', 1);
            INSERT INTO Metrics (ReportId, Key, Value, Unit, Origin, SourceStart, SourceEnd, SourceText) VALUES (2, 'apply.new.total', 7, '件', 'prose', {1}, {2}, '受理申请7件');
            """,
            [WideText, WideText.IndexOf("受理申请7件", StringComparison.Ordinal), WideText.IndexOf("受理申请7件", StringComparison.Ordinal) + 6],
            TestContext.CancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO Reports (Id, ContentHash, SourcePath, FileName, FileType, FileSize, FileHash, Encoding, Title, Template, Year,
              OriginalText, NormalizedText, IngestedAt, UpdatedAt, Indexed)
            VALUES (3, 'crlfhash', '/r/crlf.txt', 'crlf.txt', 'txt', 60, 'c', 'utf-8', '丙县2021年政府信息公开工作年度报告', '2019', 2021, {0}, {1}, '2021-01-01 00:00:00', '2021-01-01 00:00:00', 1);
            """,
            [CrlfOriginal, CrlfOriginal.Replace("\r\n", "\n", StringComparison.Ordinal)],
            TestContext.CancellationToken);
        foreach (var m in Metrics)
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Metrics (ReportId, Key, Value, Unit, Origin, SourceStart, SourceEnd, SourceText) VALUES (1, {0}, {1}, {2}, {3}, {4}, {5}, {6})",
                [m.Key, m.Value, m.Unit!, m.Origin, m.Start, m.End, m.Source],
                TestContext.CancellationToken);
        }
    }
}
