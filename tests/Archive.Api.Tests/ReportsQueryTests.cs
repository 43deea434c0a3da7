using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Testing.Databases;

namespace Archive.Api.Tests;

[Collection(ApiCollection.Name)]
/// <remarks>Not sealed: <see cref="ReportsQueryPostgreSqlTests"/> runs the same tests on PostgreSQL.</remarks>
public class ReportsQueryTests(ApiHost host)
{
    private const string PageQuery = """
        query Page($filter: ReportFilter, $order: ReportOrder!, $first: Int!, $after: String) {
          reports(filter: $filter, orderBy: $order, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id year published title region { code } } }
          }
        }
        """;

    [StorageFact]
    public async Task IngestedAt_LoadedApartFromThePage_IsEachReportsStoredTime()
    {
        var edges = (await host.Client.PostAsync("{ reports(first: 100) { edges { node { fileName ingestedAt } } } }")).Ok()
            .GetProperty("reports").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        Assert.NotEmpty(edges);
        foreach (var node in edges)
        {
            var stored = host.Query(
                "SELECT IngestedAt FROM Reports WHERE FileName = $f",
                // SQLite keeps the time as text, PostgreSQL as a timestamp with time zone.
                r => r.GetValue(0) is DateTime time
                    ? time.ToUniversalTime()
                    : DateTime.Parse(r.GetString(0), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal),
                ("$f", node.GetProperty("fileName").GetString())).Single();
            var served = DateTime.Parse(node.GetProperty("ingestedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
            Assert.Equal(stored, served, TimeSpan.FromMilliseconds(1));
        }
    }

    [StorageTheory]
    [InlineData("YEAR_DESC")]
    [InlineData("YEAR_ASC")]
    [InlineData("PUBLISHED_DESC")]
    [InlineData("INGESTED_ASC")]
    public async Task Reports_PagedForwardToTheEnd_ReturnEveryReportOnceInOrder(string order)
    {
        var ids = new List<string>();
        var years = new List<int>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var data = (await host.Client.PostAsync(PageQuery, new { order, first = 17, after })).Ok().GetProperty("reports");
            foreach (var edge in data.GetProperty("edges").EnumerateArray())
            {
                ids.Add(edge.GetProperty("node").GetProperty("id").GetString()!);
                years.Add(edge.GetProperty("node").GetProperty("year") is { ValueKind: JsonValueKind.Number } y ? y.GetInt32() : -1);
            }

            Assert.Equal(after is not null, data.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            pages++;
            if (!data.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = data.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        var total = host.Scalar("SELECT COUNT(*) FROM Reports");
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal((int)Math.Ceiling(total / 17.0), pages);
        if (order == "YEAR_DESC")
        {
            Assert.Equal(years.OrderByDescending(y => y), years);
        }
        else if (order == "YEAR_ASC")
        {
            Assert.Equal(years.Order(), years);
        }
    }

    [StorageTheory]
    [InlineData("640000")]
    [InlineData("640200")]
    [InlineData("370000")]
    [InlineData("640221")]
    public async Task Reports_FilteredByRegionCode_ReturnReportsOfThatRegionAndEveryRegionBelow(string code)
    {
        var edges = new List<JsonElement>();
        int? totalCount = null;
        string? after = null;
        do
        {
            var page = (await host.Client.PostAsync(PageQuery, new { order = "INGESTED_ASC", first = 100, after, filter = new { regionCode = code } })).Ok().GetProperty("reports");
            totalCount ??= page.GetProperty("totalCount").GetInt32();
            edges.AddRange(page.GetProperty("edges").EnumerateArray());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        // Expected from the region tree itself (ParentCode links), not from the level columns the API filters on.
        var expected = host.Query(
            """
            WITH RECURSIVE below(Code) AS (SELECT Code FROM Regions WHERE Code = @code UNION ALL SELECT r.Code FROM Regions r JOIN below b ON r.ParentCode = b.Code)
            SELECT Id FROM Reports WHERE RegionCode IN (SELECT Code FROM below) ORDER BY Id
            """,
            r => r.GetInt64(0),
            ("@code", code));
        var returned = edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, totalCount);
        Assert.Equal(expected.Select(id => Api.GraphQL.GlobalId.Encode("Report", id)), returned);
        if (code.EndsWith("0000", StringComparison.Ordinal))
        {
            // A province's reports include its counties' reports.
            var counties = edges
                .Select(e => e.GetProperty("node").GetProperty("region").GetProperty("code").GetString()!)
                .Where(c => !c.EndsWith("00", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(counties);
            Assert.All(counties, c => Assert.StartsWith(code[..2], c, StringComparison.Ordinal));
        }
    }

    [StorageFact]
    public async Task Reports_FilteredByYearRangeKindTemplateAndFlags_MatchSql()
    {
        var data = (await host.Client.PostAsync(
            PageQuery,
            new { order = "YEAR_ASC", first = 100, filter = new { yearFrom = 2015, yearTo = 2020, agencyKind = "finance", hasFlags = false } })).Ok();
        var expected = host.Scalar(
            """
            SELECT COUNT(*) FROM Reports r WHERE r.Year BETWEEN 2015 AND 2020 AND r.AgencyKind = 'finance'
            AND NOT EXISTS (SELECT 1 FROM QualityFlags f WHERE f.ReportId = r.Id)
            """);
        Assert.True(expected > 0);
        Assert.Equal(expected, data.GetProperty("reports").GetProperty("totalCount").GetInt32());
        Assert.All(data.GetProperty("reports").GetProperty("edges").EnumerateArray(), e =>
            Assert.InRange(e.GetProperty("node").GetProperty("year").GetInt32(), 2015, 2020));

        var templated = (await host.Client.PostAsync(
            "{ reports(filter: {template: V2021, hasFlags: true}) { totalCount edges { node { template flags { kind } } } } }")).Ok();
        Assert.Equal(
            host.Scalar("SELECT COUNT(*) FROM Reports r WHERE r.Template = '2021' AND EXISTS (SELECT 1 FROM QualityFlags f WHERE f.ReportId = r.Id)"),
            templated.GetProperty("reports").GetProperty("totalCount").GetInt32());
        Assert.All(templated.GetProperty("reports").GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Equal("V2021", e.GetProperty("node").GetProperty("template").GetString());
            Assert.NotEqual(0, e.GetProperty("node").GetProperty("flags").GetArrayLength());
        });
    }

    [StorageFact]
    public async Task Report_WithMetrics_ServesValuesLabelsAndSourcesThatPointIntoTheText()
    {
        var id = host.Scalar("SELECT r.Id FROM Reports r WHERE r.FileName = '001_7afa714d70970faa.txt'");
        var data = (await host.Client.PostAsync(
            """
            query ($id: ID!) { report(id: $id) {
              id title agency { name kind region { name } } region { code name level fullName parent { code } path { code } }
              year published template text
              metrics { key label value unit origin source { start end text sentence { text highlights { start end } } } }
              flags { kind detail }
            } }
            """,
            new { id = Api.GraphQL.GlobalId.Encode("Report", id) })).Ok().GetProperty("report");

        Assert.Equal("中卫市工业和信息化局2020年政府信息公开工作年度报告", data.GetProperty("title").GetString());
        Assert.Equal("industry_and_it", data.GetProperty("agency").GetProperty("kind").GetString());
        Assert.Equal("640500", data.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("PREFECTURE", data.GetProperty("region").GetProperty("level").GetString());
        Assert.Equal("宁夏回族自治区中卫市", data.GetProperty("region").GetProperty("fullName").GetString());
        Assert.Equal("640000", data.GetProperty("region").GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal(2020, data.GetProperty("year").GetInt32());
        Assert.Equal("2020-01-26", data.GetProperty("published").GetString());
        Assert.Equal("V2019", data.GetProperty("template").GetString());
        Assert.Equal(2, data.GetProperty("flags").GetArrayLength());

        var text = data.GetProperty("text").GetString()!;
        var metrics = data.GetProperty("metrics").EnumerateArray().ToList();
        Assert.Equal(host.Scalar("SELECT COUNT(*) FROM Metrics WHERE ReportId = @id", ("@id", id)), metrics.Count);
        Assert.True(metrics.Count > 100);
        foreach (var metric in metrics)
        {
            var source = metric.GetProperty("source");
            var (start, end) = (source.GetProperty("start").GetInt32(), source.GetProperty("end").GetInt32());
            Assert.Equal(source.GetProperty("text").GetString(), text[start..end]);
            var sentence = source.GetProperty("sentence");
            var highlight = sentence.GetProperty("highlights")[0];
            Assert.Equal(
                source.GetProperty("text").GetString(),
                sentence.GetProperty("text").GetString()![highlight.GetProperty("start").GetInt32()..highlight.GetProperty("end").GetInt32()]);
        }

        var selected = (await host.Client.PostAsync(
            "query ($id: ID!) { report(id: $id) { metrics(keys: [\"apply.new.total\", \"review.total\"]) { key value } } }",
            new { id = Api.GraphQL.GlobalId.Encode("Report", id) })).Ok().GetProperty("report").GetProperty("metrics");
        Assert.Equal(["apply.new.total"], selected.EnumerateArray().Select(m => m.GetProperty("key").GetString()).Where(k => k == "apply.new.total"));
        Assert.All(selected.EnumerateArray(), m => Assert.Contains(m.GetProperty("key").GetString(), new[] { "apply.new.total", "review.total" }));
    }

    [StorageFact]
    public async Task Node_WithIdsOfEachType_LoadsReportAgencyAndRegion()
    {
        var reportId = host.Scalar("SELECT MIN(Id) FROM Reports");
        var agencyId = host.Scalar("SELECT MIN(Id) FROM Agencies");
        var data = (await host.Client.PostAsync(
            """
            query ($r: ID!, $a: ID!, $g: ID!) {
              r: node(id: $r) { __typename id ... on Report { title } }
              a: node(id: $a) { __typename id ... on Agency { name } }
              g: node(id: $g) { __typename id ... on Region { name } }
              missing: report(id: "UmVwb3J0Ojk5OTk5OTk=") { id }
            }
            """,
            new { r = Api.GraphQL.GlobalId.Encode("Report", reportId), a = Api.GraphQL.GlobalId.Encode("Agency", agencyId), g = Api.GraphQL.GlobalId.Encode("Region", "640221") })).Ok();

        Assert.Equal("Report", data.GetProperty("r").GetProperty("__typename").GetString());
        Assert.Equal("Agency", data.GetProperty("a").GetProperty("__typename").GetString());
        Assert.Equal("Region", data.GetProperty("g").GetProperty("__typename").GetString());
        Assert.Equal("平罗县", data.GetProperty("g").GetProperty("name").GetString());
        Assert.Equal(Api.GraphQL.GlobalId.Encode("Report", reportId), data.GetProperty("r").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [StorageTheory]
    [InlineData("{ reports(first: 101) { totalCount } }", "PAGE_TOO_LARGE")]
    [InlineData("{ reports(first: 1000) { edges { node { id } } } }", "PAGE_TOO_LARGE")]
    [InlineData("{ reports(first: -1) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ reports(after: \"bm90IGEgY3Vyc29y\") { totalCount } }", "BAD_CURSOR")]
    [InlineData("{ reports(after: \"%%%\") { totalCount } }", "BAD_CURSOR")]
    [InlineData("{ reports(filter: {regionCode: \"64\"}) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ reports(filter: {year: 2018, yearFrom: 2017}) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ report(id: \"not-an-id\") { id } }", "BAD_USER_INPUT")]
    [InlineData("{ node(id: \"QWdlbmN5Ong=\") { id } }", "BAD_USER_INPUT")]
    public async Task Reports_WithBadArguments_AnswerAnErrorWithItsCodeAndPath(string query, string code)
    {
        var response = await host.Client.PostAsync(query);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        Assert.True(response.FirstError.TryGetProperty("path", out _));
        Assert.True(response.FirstError.TryGetProperty("locations", out _));
    }

    [StorageFact]
    public async Task Reports_CursorOfAnotherOrder_IsABadCursor()
    {
        var cursor = (await host.Client.PostAsync("{ reports(orderBy: YEAR_ASC, first: 1) { pageInfo { endCursor } } }")).Ok()
            .GetProperty("reports").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await host.Client.PostAsync("query ($c: String) { reports(orderBy: PUBLISHED_ASC, after: $c) { totalCount } }", new { c = cursor });

        Assert.Equal(["BAD_CURSOR"], response.ErrorCodes);
    }
}

[Collection(PostgreSqlApiCollection.Name)]
[PostgreSqlTests]
public sealed class ReportsQueryPostgreSqlTests(PostgreSqlApiHost host) : ReportsQueryTests(host);
