using System.Text;
using Archive.Api.Tests.Infrastructure;
using Archive.Application.Ingestion;
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
/// Migration MetricKeyIds on a whole archive: the seeds ingested through the pipeline, the same rows put into the schema
/// before the migration (key strings, origin strings, metric ids — interleaved across reports, as batches and
/// re-ingests leave them — giving the served order), then migrated by the host at start-up. Every report's metrics,
/// flags, cells, quality checks, comparisons, the aggregations, series and both CSV exports answer byte for byte what
/// the archive answered before.
/// </summary>
public sealed class MetricKeyIdsMigrationTests : IAsyncLifetime
{
    private const string MigrationBefore = "20261203093629_ReportOriginalTextOnlyWhereItDiffers";

    private readonly TempDirectory _ingested = new("archive-keyids-a");
    private readonly TempDirectory _legacy = new("archive-keyids-b");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _ingested.Dispose();
        _legacy.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ArchiveInTheSchemaBefore_MigratesAndAnswersEveryMetricQueryAsBefore()
    {
        List<string> expected;
        await using (var app = await StartAsync(_ingested.Path))
        {
            var summary = await app.Services.GetRequiredService<IngestService>().IngestAsync(TestPaths.SeedFiles, null, TestContext.CancellationToken);
            Assert.Equal((TestPaths.SeedFiles.Count, 0), (summary.Added, summary.Failed));
            expected = await AnswersAsync(app);
            await app.StopAsync(TestContext.CancellationToken);
        }

        SqliteConnection.ClearAllPools();
        var legacyDb = Path.Combine(_legacy.Path, "archive.db");
        var (rows, keys) = await WriteInTheSchemaBeforeAsync(legacyDb, Path.Combine(_ingested.Path, "archive.db"));
        CopyDirectory(Path.Combine(_ingested.Path, "index"), Path.Combine(_legacy.Path, "index"));
        foreach (var file in Directory.GetFiles(_ingested.Path).Where(f => !Path.GetFileName(f).StartsWith("archive.db", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_legacy.Path, Path.GetFileName(file))); // the similarity signatures beside the index
        }

        await using (var app = await StartAsync(_legacy.Path))
        {
            var actual = await AnswersAsync(app);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i], actual[i]);
            }

            await app.StopAsync(TestContext.CancellationToken);
        }

        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={legacyDb};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM Metrics), (SELECT COUNT(*) FROM MetricKeys), (SELECT COUNT(*) FROM Metrics WHERE Origin NOT IN (1, 2))";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.True(rows > 200, $"only {rows} metric rows");
        Assert.Equal((rows, keys, 0L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
    }

    /// <summary>The answers that read metrics, each as its raw body, in a fixed order.</summary>
    private static async Task<List<string>> AnswersAsync(WebApplication app)
    {
        var client = app.GetTestClient();
        var answers = new List<string>();
        var ids = (await client.PostAsync("{ reports(first: 100) { nodes { id } } }")).Ok().GetProperty("reports").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(TestPaths.SeedFiles.Count, ids.Count);
        foreach (var id in ids)
        {
            answers.Add(Body(await client.PostAsync(
                """
                query ($id: ID!) { report(id: $id) {
                  metrics { key label value unit origin source { start end text sentence { text } } }
                  some: metrics(keys: ["apply.new.total", "review.total", "legacy.active.total"]) { key value origin source { text } }
                  tableCells { key label state value source { text } }
                  flags { kind detail }
                  quality { score checks { kind verdict subject detail amount } }
                } }
                """,
                new { id })));
        }

        for (var i = 1; i < ids.Count; i++)
        {
            answers.Add(Body(await client.PostAsync(
                "query ($a: ID!, $b: ID!) { compare(a: $a, b: $b) { cells { key table label difference change a { value state } b { value state } } } }",
                new { a = ids[i - 1], b = ids[i] })));
        }

        var keys = (await client.PostAsync($"query ($id: ID!) {{ report(id: $id) {{ metrics {{ key }} }} }}", new { id = ids[0] })).Ok()
            .GetProperty("report").GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("key").GetString()!).Take(20).ToList();
        Assert.NotEmpty(keys);
        foreach (var aggregate in new[] { "SUM", "AVG", "MAX" })
        {
            answers.Add(Body(await client.PostAsync(
                $"query ($keys: [String!]!) {{ metrics(keys: $keys, groupBy: [YEAR, AGENCY_KIND], aggregate: {aggregate}) {{ key unit year agencyKind value count reportCount }} }}",
                new { keys })));
        }

        answers.Add(Body(await client.PostAsync($"{{ metricSeries(key: \"{keys[0]}\") {{ key label points {{ year unit sum avg min max count reportCount }} }} }}")));
        answers.Add(Body(await client.PostAsync("{ qualitySummary { reports checks { kind pass fail unknown reportsFailing } } }")));
        foreach (var url in new[] { "/export/metrics.csv", "/export/metrics.csv?cells=true", $"/export/metrics.csv?keys={keys[0]},{keys[^1]}" })
        {
            using var response = await client.GetAsync(url, TestContext.CancellationToken);
            response.EnsureSuccessStatusCode();
            answers.Add(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken)));
        }

        return answers;
    }

    /// <summary>The answer's data as sent (the rate-limit extensions beside it count this host's requests).</summary>
    private static string Body(GraphQLResponse response) => response.Ok().GetRawText();

    /// <summary>
    /// The schema before MetricKeyIds, filled with the ingested archive's rows as the code before wrote them; returns
    /// the number of metric rows and of distinct keys.
    /// </summary>
    private static async Task<(long Rows, long Keys)> WriteInTheSchemaBeforeAsync(string path, string source)
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(StorageServiceCollectionExtensions.ConnectionString(path)).Options;
        await using var db = new ArchiveDbContext(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(MigrationBefore, TestContext.CancellationToken);
        await db.Database.OpenConnectionAsync(TestContext.CancellationToken);
        await db.Database.ExecuteSqlRawAsync("ATTACH DATABASE {0} AS a", [source], TestContext.CancellationToken);

        // The same columns in both schemas for every other table; regions first (the gazetteer the migrations load is
        // replaced by the ingested archive's, the same rows).
        await db.Database.ExecuteSqlRawAsync(
            """
            DELETE FROM main.Regions;
            INSERT INTO main.Regions SELECT * FROM a.Regions;
            INSERT INTO main.Agencies SELECT * FROM a.Agencies;
            INSERT INTO main.Reports SELECT * FROM a.Reports;
            INSERT INTO main.QualityFlags SELECT * FROM a.QualityFlags;
            INSERT INTO main.ReportCells SELECT * FROM a.ReportCells;
            """,
            TestContext.CancellationToken);

        // Ids ascend with the served order within a report and interleave across reports (ordinal-major), as rows of
        // reports stored, replaced and stored again do.
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO main.Metrics (Id, ReportId, Key, Value, Unit, Origin, SourceStart, SourceEnd, SourceText)
            SELECT m.Ordinal * 1000 + (1000 - m.ReportId), m.ReportId, k.Key, m.Value, m.Unit, CASE m.Origin WHEN 1 THEN 'table' WHEN 2 THEN 'prose' END,
                   m.SourceStart, m.SourceEnd, m.SourceText
            FROM a.Metrics m JOIN a.MetricKeys k ON k.Id = m.KeyId;
            """,
            TestContext.CancellationToken);
        var rows = await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS Value FROM main.Metrics").SingleAsync(TestContext.CancellationToken);
        var keys = await db.Database.SqlQueryRaw<long>("SELECT COUNT(DISTINCT Key) AS Value FROM main.Metrics").SingleAsync(TestContext.CancellationToken);
        Assert.Equal(rows, await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS Value FROM a.Metrics").SingleAsync(TestContext.CancellationToken));
        await db.Database.ExecuteSqlRawAsync("DETACH DATABASE a", TestContext.CancellationToken);
        return (rows, keys);
    }

    private static async Task<WebApplication> StartAsync(string data)
    {
        var app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            EnvironmentName = "Testing",
            Configure = configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Archive:DataDirectory"] = data,
                ["Logging:LogLevel:Default"] = "Warning",
                ["Api:ExposeExceptionDetails"] = "true",
            }),
            ConfigureServices = services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)),
            ConfigureWebHost = web => web.UseTestServer(),
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.CancellationToken);
        await app.StartAsync(TestContext.CancellationToken);
        return app;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
