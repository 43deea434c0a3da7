using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Api.Export;
using Archive.Api.Tests.Infrastructure;
using Archive.Core.Reports;
using Archive.Ingest.Pipeline;
using Archive.Storage;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// Issue 19: a report whose extraction carries printed-0, blank, not-applicable and unread cells goes through the
/// real preparer (offsets mapped to the stored text), the real store, GraphQL and the CSV export with every state intact.
/// Its own host, so the report added here changes no count the shared host's tests rely on.
/// </summary>
public sealed class TableCellsTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Agency = "状态测试县财政局";

    // CRLF line ends and trailing spaces: the stored (normalized) text is shorter, so decoded offsets must be mapped.
    private const string Text =
        "状态测试县财政局2021年政府信息公开工作年度报告  \r\n"
        + "三、收到和处理政府信息公开申请情况\r\n"
        + "申请人情况\t自然人\t商业企业\t科研机构\t总计  \r\n"
        + "一、本年新收政府信息公开申请数量\t0\t\t／\t \r\n";

    [Fact]
    public async Task Cells_EveryState_RoundTripsThroughStoreGraphQLAndCsv()
    {
        var id = await StoreAsync("cells-roundtrip.txt");

        var report = (await host.Client.PostAsync(
            """
            query ($id: ID!) { report(id: $id) {
              text tableCellsRecorded
              tableCells { key label state value source { start end text } }
              blankOrUnread: tableCells(states: [BLANK, UNREAD]) { key state }
              one: tableCells(keys: ["apply.new.natural"]) { key value }
              metrics { key value }
            } }
            """,
            new { id = Api.GraphQL.GlobalId.Encode("Report", id) })).Ok().GetProperty("report");

        Assert.True(report.GetProperty("tableCellsRecorded").GetBoolean());
        var text = report.GetProperty("text").GetString()!;
        var cells = report.GetProperty("tableCells").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!);
        Assert.Equal(["apply.new.natural", "apply.new.business", "apply.new.research", "apply.new.total"], cells.Keys);
        Assert.Equal(
            ["PRINTED", "BLANK", "NOT_APPLICABLE", "UNREAD"],
            cells.Values.Select(c => c.GetProperty("state").GetString()));

        var zero = cells["apply.new.natural"];
        Assert.Equal(0d, zero.GetProperty("value").GetDouble());
        Assert.Equal("0", zero.GetProperty("source").GetProperty("text").GetString());
        Assert.Equal("0", Cut(text, zero.GetProperty("source")));
        Assert.EndsWith("自然人", zero.GetProperty("label").GetString(), StringComparison.Ordinal);

        var slash = cells["apply.new.research"].GetProperty("source");
        Assert.Equal(("／", "／"), (slash.GetProperty("text").GetString(), Cut(text, slash)));
        foreach (var key in new[] { "apply.new.business", "apply.new.total", "apply.new.research" })
        {
            Assert.Equal(JsonValueKind.Null, cells[key].GetProperty("value").ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, cells["apply.new.business"].GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, cells["apply.new.total"].GetProperty("source").ValueKind);
        Assert.Equal(
            [("apply.new.business", "BLANK"), ("apply.new.total", "UNREAD")],
            report.GetProperty("blankOrUnread").EnumerateArray().Select(c => (c.GetProperty("key").GetString(), c.GetProperty("state").GetString())));
        Assert.Equal("apply.new.natural", Assert.Single(report.GetProperty("one").EnumerateArray()).GetProperty("key").GetString());

        // A blank cell is never a metric of value 0: the only metric is the printed 0.
        var metric = Assert.Single(report.GetProperty("metrics").EnumerateArray());
        Assert.Equal(("apply.new.natural", 0d), (metric.GetProperty("key").GetString(), metric.GetProperty("value").GetDouble()));

        // The CSV as today: the metric only, today's columns.
        var plain = await CsvAsync($"/export/metrics.csv?agency={Uri.EscapeDataString(Agency)}");
        Assert.Equal(MetricsCsvEndpoint.Columns, plain[0]);
        var plainRow = Assert.Single(plain.Skip(1));
        Assert.Equal(("apply.new.natural", "0", "TABLE"), (plainRow[8], plainRow[10], plainRow[12]));

        // cells=true: one row per template cell, the state said, no value where nothing is printed.
        var withCells = await CsvAsync($"/export/metrics.csv?agency={Uri.EscapeDataString(Agency)}&cells=true");
        Assert.Equal(MetricsCsvEndpoint.CellColumns, withCells[0]);
        Assert.Equal(
            [("apply.new.business", string.Empty, "BLANK"), ("apply.new.natural", "0", "PRINTED"), ("apply.new.research", string.Empty, "NOT_APPLICABLE"), ("apply.new.total", string.Empty, "UNREAD")],
            withCells.Skip(1).Select(r => (r[8], r[10], r[13])));
        Assert.All(withCells.Skip(1), r => Assert.Equal(plainRow[..8], r[..8]));

        var onlyBlank = await CsvAsync($"/export/metrics.csv?agency={Uri.EscapeDataString(Agency)}&cells=true&keys=apply.new.business");
        Assert.Equal([("apply.new.business", string.Empty, "BLANK")], onlyBlank.Skip(1).Select(r => (r[8], r[10], r[13])));
    }

    [Fact]
    public async Task RealReports_ThroughTheWholePipeline_BlankCellsStayBlank_NeverZero()
    {
        // The real pipeline (reader, extractor, preparer, store) over the real corpus, as `archive ingest` runs it.
        var raw = Path.Combine(TestPaths.SharedDir, "corpus", "real", "raw");
        await host.Services.GetRequiredService<Archive.Application.Ingestion.IngestService>()
            .IngestAsync(Directory.GetFiles(raw).Order(StringComparer.Ordinal), progress: null, TestContext.CancellationToken);

        var blanks = 0;
        foreach (var truthFile in Directory.GetFiles(Path.Combine(TestPaths.SharedDir, "corpus", "real", "truth"), "*.json"))
        {
            using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(truthFile, TestContext.CancellationToken));
            var notNumbers = truth.RootElement.TryGetProperty("unscored_keys", out var unscored)
                ? unscored.EnumerateArray().Select(k => k.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [];
            var name = Path.GetFileNameWithoutExtension(truthFile);
            var id = host.Scalar("SELECT Id FROM Reports WHERE FileName LIKE $name", ("$name", name + ".%"));
            var report = (await host.Client.PostAsync(
                "query ($id: ID!) { report(id: $id) { tableCellsRecorded blank: tableCells(states: [BLANK]) { key value source { start } } metrics { key } } }",
                new { id = Api.GraphQL.GlobalId.Encode("Report", id) })).Ok().GetProperty("report");

            // A cell read blank is one the truth says holds no number, and it is never also a metric.
            var blankKeys = report.GetProperty("blank").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).ToList();
            var metricKeys = report.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("key").GetString()!).ToHashSet(StringComparer.Ordinal);
            Assert.All(blankKeys, key => Assert.Contains(key, notNumbers));
            Assert.All(blankKeys, key => Assert.DoesNotContain(key, metricKeys));
            Assert.All(report.GetProperty("blank").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("value").ValueKind));
            blanks += blankKeys.Count;

            if (blankKeys.Count > 0)
            {
                // The CSV says the same: the blank cell's row has state BLANK and no value.
                var rows = await CsvAsync($"/export/metrics.csv?cells=true&keys={string.Join(',', blankKeys)}");
                var mine = rows.Skip(1).Where(r => r[0] == Api.GraphQL.GlobalId.Encode("Report", id)).ToList();
                Assert.Equal(blankKeys.Order(StringComparer.Ordinal), mine.Select(r => r[8]));
                Assert.All(mine, r => Assert.Equal((string.Empty, "BLANK"), (r[10], r[13])));
            }
        }

        // The corpus prints at least one blank template cell that a table reader can tell apart (sh_2024_skw's 结转).
        Assert.True(blanks >= 1, "no blank cell of the real corpus was read as blank");
    }

    [Fact]
    public async Task Cells_ReportStoredWithoutCells_IsServedAsNotRecordedAndExportedAsToday()
    {
        var id = host.Scalar("SELECT r.Id FROM Reports r WHERE r.Id NOT IN (SELECT ReportId FROM ReportCells) AND EXISTS (SELECT 1 FROM Metrics m WHERE m.ReportId = r.Id) ORDER BY r.Id LIMIT 1");

        var report = (await host.Client.PostAsync(
            "query ($id: ID!) { report(id: $id) { tableCellsRecorded tableCells { key } } }",
            new { id = Api.GraphQL.GlobalId.Encode("Report", id) })).Ok().GetProperty("report");

        Assert.False(report.GetProperty("tableCellsRecorded").GetBoolean());
        Assert.Equal(0, report.GetProperty("tableCells").GetArrayLength());
    }

    [Fact]
    public async Task Csv_CellsParameterNotABoolean_Is400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/metrics.csv?cells=yes");
        var response = await GraphQLClient.SendAsync(host.Client, request);

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    private static string Cut(string text, JsonElement source) => text[source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()];

    private async Task<List<string[]>> CsvAsync(string url)
    {
        using var response = await host.Client.GetAsync(url, TestContext.CancellationToken);
        response.EnsureSuccessStatusCode();
        return CsvReader.Parse(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken))[3..]));
    }

    /// <summary>Prepares <see cref="Text"/> with the real preparer and extractor, the cells given as an extractor would, and stores it.</summary>
    private async Task<long> StoreAsync(string fileName)
    {
        var services = host.Services;
        var preparer = new ReportPreparer(new WithCells(services.GetRequiredService<IReportExtractor>()), services.GetRequiredService<IngestOptions>());
        var prepared = preparer.Prepare(fileName, Encoding.UTF8.GetBytes(Text));
        var outcome = await services.GetRequiredService<ReportStore>().UpsertAsync(prepared, TestContext.CancellationToken);
        return outcome.ReportId;
    }

    /// <summary>The real extractor's reading, with the cells and the one metric of the test table as a table reader reports them.</summary>
    private sealed class WithCells(IReportExtractor inner) : IReportExtractor
    {
        public ExtractedReport Extract(string decodedText, string fileName)
        {
            var row = decodedText.IndexOf("一、本年新收", StringComparison.Ordinal);
            var zero = decodedText.IndexOf("\t0\t", row, StringComparison.Ordinal) + 1;
            var slash = decodedText.IndexOf('／', row);
            var rowEnd = decodedText.IndexOf('\r', row);
            TableCell[] cells =
            [
                new("apply.new.natural", CellState.Printed, 0m, "0", zero, zero + 1),
                new("apply.new.business", CellState.Blank, null, null, -1, -1),
                new("apply.new.research", CellState.NotApplicable, null, "／", slash, slash + 1),
                new("apply.new.total", CellState.Unread, null, null, -1, -1),
            ];
            var metric = new ExtractedMetric("apply.new.natural", 0m, "件", MetricOrigin.Table, decodedText[row..rowEnd], row, rowEnd);
            return inner.Extract(decodedText, fileName) with { Agency = Agency, Metrics = [metric], Cells = cells, Year = 2021 };
        }
    }
}
