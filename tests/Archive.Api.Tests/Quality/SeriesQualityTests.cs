using System.Text;
using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Core.Metrics;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Ingest.Pipeline;
using Archive.Storage;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Quality;

/// <summary>
/// Issue 24 through GraphQL on the real host: one body renamed over the years (经济和信息化局 → 工信局 →
/// 工业和信息化局), another body in the same region, late and timely publication, a missing table, a wholly blank
/// table, a missing section and cross-year mismatches. The reports go through the real preparer and store; the
/// extractor's reading is given (metadata and cells as a table reader reports them), the texts are real text.
/// Its own host, so the reports added here change no count other tests rely on.
/// </summary>
public sealed class SeriesQualityTests(ApiHost host) : IClassFixture<ApiHost>, IAsyncLifetime
{
    private static readonly RegionRef County = new("640521", "中宁县", ["宁夏回族自治区", "中卫市", "中宁县"], RegionLevel.County);

    private const string Query = """
        query ($id: ID!) { report(id: $id) {
          id year
          previous { id } next { id }
          series { regionCode agencyName reports { id } links { from { id } to { id } evidence { kind detail } } }
          quality { score checks { kind verdict subject detail amount evidence { report { id } cell { key state value } text } } }
          fails: quality { checks(verdicts: [FAIL]) { kind verdict subject } }
        } }
        """;

    private readonly Dictionary<string, long> _ids = [];

    public async Task InitializeAsync()
    {
        // A: the body under its old name, pre-2019 template, published 10 days after 3月31日.
        _ids["A"] = await StoreAsync("中宁县经济和信息化局", 2018, ReportTemplate.Pre2019, "2019-04-10", "全年主动公开政府信息120条。", sections: false);

        // B: renamed (says so: 原…), 2019 template, 3 days after 1月31日; table 四 missing, section 五 missing.
        _ids["B"] = await StoreAsync(
            "中宁县工业和信息化局", 2020, ReportTemplate.V2019, "2021-02-03", "我局（原中宁县经济和信息化局）认真贯彻条例。",
            missingTables: [StandardTables.ReviewsTableId], withoutSection5: true,
            cells: Carried("apply.carried_out", natural: 2, research: 1, total: 3));

        // C: short name, 2021 template, on time; 上年结转 natural 3 against B's 2, research left blank; table 四 blank.
        var c = Carried("apply.carried_in", natural: 3, research: null, total: 3);
        c["active.rules.in_force"] = 5;
        c["active.normative_docs.in_force"] = 10;
        _ids["C"] = await StoreAsync("中宁县工信局", 2021, ReportTemplate.V2021, "2022-01-20", "本局坚持公开为常态。", blankTables: [StandardTables.ReviewsTableId], cells: c);

        // D: 29 days late; 规章 5 + 2 − 1 = 6 holds, 规范性文件 10 + 3 − 0 = 13 against 12 printed.
        _ids["D"] = await StoreAsync("中宁县工业和信息化局", 2022, ReportTemplate.V2021, "2023-03-01", "全面推进政务公开。", cells: new()
        {
            ["active.rules.issued"] = 2,
            ["active.rules.repealed"] = 1,
            ["active.rules.in_force"] = 6,
            ["active.normative_docs.issued"] = 3,
            ["active.normative_docs.repealed"] = 0,
            ["active.normative_docs.in_force"] = 12,
        });

        // E: another body of the same region: the government's own report, due 3月31日, on time.
        _ids["E"] = await StoreAsync("中宁县人民政府", 2021, ReportTemplate.V2021, "2022-03-30", "县政府高度重视。");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Series_RenameTheTableDoesNotKnow_LinkedByTheReportSaying原_Only()
    {
        // F → G: no line of the rename table maps 商务和经济技术合作局 onto 商务局; G's first report says 原….
        _ids["F"] = await StoreAsync("中宁县商务和经济技术合作局", 2018, ReportTemplate.Pre2019, "2019-03-20", "全年主动公开政府信息80条。", sections: false);
        _ids["G"] = await StoreAsync("中宁县商务局", 2019, ReportTemplate.V2019, "2020-01-15", "我局（原中宁县商务和经济技术合作局）于2019年组建。");
        _ids["H"] = await StoreAsync("中宁县商务局", 2020, ReportTemplate.V2019, "2021-01-15", "我局持续推进政务公开。");
        // I: a body whose years do not overlap either, never named as 原…: stays alone.
        _ids["I"] = await StoreAsync("中宁县统计局", 2017, ReportTemplate.Pre2019, "2018-03-01", "全年主动公开统计信息30条。", sections: false);

        foreach (var name in new[] { "F", "H" })
        {
            var series = (await ReportAsync(name)).GetProperty("series");
            Assert.Equal(Ids("F", "G", "H"), series.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
            var links = series.GetProperty("links").EnumerateArray().ToList();
            Assert.Equal(2, links.Count);
            var first = links[0].GetProperty("evidence").EnumerateArray().Select(e => (Kind: e.GetProperty("kind").GetString()!, Detail: e.GetProperty("detail").GetString()!)).ToList();
            Assert.Equal(["SAME_REGION", "FORMER_NAME_IN_TEXT"], first.Select(e => e.Kind));
            Assert.Contains("原中宁县商务和经济技术合作局", first[1].Detail, StringComparison.Ordinal);
            Assert.Contains(links[1].GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "SAME_NAME");
        }

        Assert.Equal(Ids("I"), (await ReportAsync("I")).GetProperty("series").GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        // The renamed body of the other test keeps its own four reports.
        Assert.Equal(Ids("A", "B", "C", "D"), (await ReportAsync("C")).GetProperty("series").GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Series_RenamedBody_LinkedWithEvidence_OtherBodyApart()
    {
        var c = await ReportAsync("C");

        var series = c.GetProperty("series");
        Assert.Equal("640521", series.GetProperty("regionCode").GetString());
        Assert.Equal("工业和信息化局", series.GetProperty("agencyName").GetString());
        Assert.Equal(Ids("A", "B", "C", "D"), series.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()));

        var links = series.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal([(Id("A"), Id("B")), (Id("B"), Id("C")), (Id("C"), Id("D"))], links.Select(l => (From: l.GetProperty("from").GetProperty("id").GetString(), To: l.GetProperty("to").GetProperty("id").GetString())));
        var evidence = links.Select(l => l.GetProperty("evidence").EnumerateArray().Select(e => (Kind: e.GetProperty("kind").GetString()!, Detail: e.GetProperty("detail").GetString()!)).ToList()).ToList();
        Assert.All(evidence, e => Assert.Contains(e, x => x.Kind == "SAME_REGION"));
        Assert.All(evidence, e => Assert.DoesNotContain(e, x => x.Kind == "SAME_NAME"));
        Assert.Contains(evidence[0], x => x.Kind == "RENAME_TABLE" && x.Detail.StartsWith("经济和信息化局 → 工业和信息化局", StringComparison.Ordinal));
        Assert.Contains(evidence[0], x => x.Kind == "FORMER_NAME_IN_TEXT" && x.Detail.Contains("原中宁县经济和信息化局", StringComparison.Ordinal));
        Assert.Contains(evidence[1], x => x.Kind == "RENAME_TABLE" && x.Detail.StartsWith("工信局 → 工业和信息化局", StringComparison.Ordinal));
        Assert.DoesNotContain(evidence[1], x => x.Kind == "FORMER_NAME_IN_TEXT");
        Assert.Contains(evidence[2], x => x.Kind == "RENAME_TABLE" && x.Detail.StartsWith("工信局 → 工业和信息化局", StringComparison.Ordinal));

        Assert.Equal((Id("B"), Id("D")), (c.GetProperty("previous").GetProperty("id").GetString(), c.GetProperty("next").GetProperty("id").GetString()));
        var a = await ReportAsync("A");
        Assert.Equal(JsonValueKind.Null, a.GetProperty("previous").ValueKind);
        Assert.Equal(Id("B"), a.GetProperty("next").GetProperty("id").GetString());

        var e = await ReportAsync("E");
        Assert.Equal(Ids("E"), e.GetProperty("series").GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, e.GetProperty("previous").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task CopiedFromPrevious_ShareOfTheProse_WithTheSharedPassages()
    {
        const string Prose2020 = "2020年，我局坚持以人民为中心的发展思想，把政务公开作为转变政府职能的重要抓手。全年围绕社会救助、养老服务和婚姻登记等重点领域发布信息，及时回应群众关切。"
            + "我局进一步健全信息发布审核机制，做到先审查后公开、一事一审、全面审查。我局依托门户网站开设惠民政策专栏，集中发布救助标准和办事指南，方便群众查询。";
        // 2021: the same prose with its year and figures changed; 2022: prose of its own.
        var copied = Prose2020.Replace("2020年", "2021年", StringComparison.Ordinal);
        const string Own2022 = "二〇二二年度，本单位着力推进基层政务公开标准化规范化建设，梳理公开事项目录并动态更新。同时开展政策解读进社区活动，面对面讲清低保认定条件与申请流程，"
            + "受到居民普遍欢迎。针对去年群众反映较多的查询不便问题，本单位优化了网站检索功能，新增按事项分类的导航入口。";
        var r2020 = await StoreAsync("中宁县民政局", 2020, ReportTemplate.V2019, "2021-01-20", Prose2020);
        var r2021 = await StoreAsync("中宁县民政局", 2021, ReportTemplate.V2021, "2022-01-20", copied);
        var r2022 = await StoreAsync("中宁县民政局", 2022, ReportTemplate.V2021, "2023-01-20", Own2022);
        _ids["M20"] = r2020;
        _ids["M21"] = r2021;
        _ids["M22"] = r2022;

        var first = Single(await ReportAsync("M20"), "COPIED_FROM_PREVIOUS", "previous");
        Assert.Equal(("UNKNOWN", (double?)null), (first.GetProperty("verdict").GetString(), Amount(first)));

        var copy = Single(await ReportAsync("M21"), "COPIED_FROM_PREVIOUS", "previous");
        Assert.Equal(("FAIL", 100d), (copy.GetProperty("verdict").GetString(), Amount(copy)));
        Assert.Contains("≥ 90%", copy.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var evidence = copy.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(Id("M20"), evidence[0].GetProperty("report").GetProperty("id").GetString());
        Assert.Equal(Id("M21"), evidence[1].GetProperty("report").GetProperty("id").GetString());
        Assert.StartsWith("2021年，我局坚持以人民为中心的发展思想", evidence[1].GetProperty("text").GetString(), StringComparison.Ordinal);

        var own = Single(await ReportAsync("M22"), "COPIED_FROM_PREVIOUS", "previous");
        Assert.Equal(("PASS", 0d), (own.GetProperty("verdict").GetString(), Amount(own)));
    }

    [Theory]
    [InlineData("A", "FAIL", 10d)]
    [InlineData("B", "FAIL", 3d)]
    [InlineData("C", "PASS", null)]
    [InlineData("D", "FAIL", 29d)]
    [InlineData("E", "PASS", null)]
    public async Task Timeliness_ByLegalPeriodAndBody(string report, string verdict, double? daysLate)
    {
        var check = Single(await ReportAsync(report), "TIMELINESS", "published");

        Assert.Equal(verdict, check.GetProperty("verdict").GetString());
        Assert.Equal(daysLate, Amount(check));
    }

    [Fact]
    public async Task Completeness_MissingTable_BlankTable_MissingSection()
    {
        var b = await ReportAsync("B");
        Assert.Equal("FAIL", Single(b, "TABLE_PRESENT", "table4").GetProperty("verdict").GetString());
        Assert.Equal("PASS", Single(b, "TABLE_PRESENT", "table3").GetProperty("verdict").GetString());
        Assert.Equal("FAIL", Single(b, "SECTION_PRESENT", "五").GetProperty("verdict").GetString());
        Assert.All(["一", "二", "三", "四", "六"], n => Assert.Equal("PASS", Single(b, "SECTION_PRESENT", n).GetProperty("verdict").GetString()));

        var c = await ReportAsync("C");
        Assert.Equal("PASS", Single(c, "TABLE_PRESENT", "table4").GetProperty("verdict").GetString());
        Assert.Equal("FAIL", Single(c, "TABLE_FILLED", "table4").GetProperty("verdict").GetString());
        Assert.Equal("PASS", Single(c, "TABLE_FILLED", "table3").GetProperty("verdict").GetString());

        // A pre-2019 report has no template tables or sections to check.
        var a = await ReportAsync("A");
        Assert.DoesNotContain(Checks(a), k => k.GetProperty("kind").GetString() is "TABLE_PRESENT" or "SECTION_PRESENT" or "CARRY_OVER");
    }

    [Fact]
    public async Task CarryOver_EveryColumn_MismatchNamesBothCells_BlankIsNoEvidence()
    {
        var c = await ReportAsync("C");

        var natural = Single(c, "CARRY_OVER", "natural");
        Assert.Equal(("FAIL", -1d), (natural.GetProperty("verdict").GetString(), Amount(natural)));
        Assert.Equal(
            [(Id("B"), "apply.carried_out.natural", 2d), (Id("C"), "apply.carried_in.natural", 3d)],
            natural.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("report").GetProperty("id").GetString(), e.GetProperty("cell").GetProperty("key").GetString(), e.GetProperty("cell").GetProperty("value").GetDouble())));
        Assert.Equal("UNKNOWN", Single(c, "CARRY_OVER", "research").GetProperty("verdict").GetString());
        Assert.Equal(("PASS", 0d), (Single(c, "CARRY_OVER", "business").GetProperty("verdict").GetString(), Amount(Single(c, "CARRY_OVER", "business"))));
        Assert.Equal("PASS", Single(c, "CARRY_OVER", "total").GetProperty("verdict").GetString());

        // B's predecessor is a pre-2019 report (no table 三); C's has no 现行有效 (2019 template): no verdict.
        Assert.Equal("UNKNOWN", Single(await ReportAsync("B"), "CARRY_OVER", "previous").GetProperty("verdict").GetString());
        Assert.Equal("UNKNOWN", Single(c, "IN_FORCE_BALANCE", "previous").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task InForceBalance_RulesAndNormativeDocs()
    {
        var d = await ReportAsync("D");

        Assert.Equal(("PASS", 0d), (Single(d, "IN_FORCE_BALANCE", "active.rules").GetProperty("verdict").GetString(), Amount(Single(d, "IN_FORCE_BALANCE", "active.rules"))));
        var docs = Single(d, "IN_FORCE_BALANCE", "active.normative_docs");
        Assert.Equal(("FAIL", 1d), (docs.GetProperty("verdict").GetString(), Amount(docs)));
        Assert.Equal(
            [(Id("C"), "active.normative_docs.in_force"), (Id("D"), "active.normative_docs.issued"), (Id("D"), "active.normative_docs.repealed"), (Id("D"), "active.normative_docs.in_force")],
            docs.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("report").GetProperty("id").GetString(), e.GetProperty("cell").GetProperty("key").GetString())));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    [InlineData("D")]
    [InlineData("E")]
    public async Task Score_FollowsTheWrittenRule_AndTheVerdictFilterKeepsOnlyFails(string report)
    {
        var r = await ReportAsync(report);
        var checks = Checks(r);
        var pass = checks.Count(k => k.GetProperty("verdict").GetString() == "PASS");
        var fail = checks.Count(k => k.GetProperty("verdict").GetString() == "FAIL");

        var score = r.GetProperty("quality").GetProperty("score");
        int? expected = pass + fail == 0 ? null : (int)Math.Round(100.0 * pass / (pass + fail), MidpointRounding.AwayFromZero);
        int? actual = score.ValueKind == JsonValueKind.Null ? null : score.GetInt32();
        Assert.Equal(expected, actual);
        var fails = r.GetProperty("fails").GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(fail, fails.Count);
        Assert.All(fails, k => Assert.Equal("FAIL", k.GetProperty("verdict").GetString()));
    }

    private async Task<JsonElement> ReportAsync(string name) =>
        (await host.Client.PostAsync(Query, new { id = Id(name) })).Ok().GetProperty("report");

    private static List<JsonElement> Checks(JsonElement report) => [.. report.GetProperty("quality").GetProperty("checks").EnumerateArray()];

    private static JsonElement Single(JsonElement report, string kind, string subject) =>
        Assert.Single(Checks(report), k => k.GetProperty("kind").GetString() == kind && k.GetProperty("subject").GetString() == subject);

    private static double? Amount(JsonElement check) => check.GetProperty("amount").ValueKind == JsonValueKind.Null ? null : check.GetProperty("amount").GetDouble();

    private string Id(string name) => Api.GraphQL.GlobalId.Encode("Report", _ids[name]);

    private string[] Ids(params string[] names) => [.. names.Select(Id)];

    private static Dictionary<string, decimal?> Carried(string row, decimal? natural, decimal? research, decimal? total) => new()
    {
        [row + ".natural"] = natural,
        [row + ".business"] = 0,
        [row + ".research"] = research,
        [row + ".social_org"] = 0,
        [row + ".legal_service"] = 0,
        [row + ".other_org"] = 0,
        [row + ".total"] = total,
    };

    private async Task<long> StoreAsync(
        string agency, int year, ReportTemplate template, string published, string body, bool sections = true, bool withoutSection5 = false,
        string[]? missingTables = null, string[]? blankTables = null, Dictionary<string, decimal?>? cells = null)
    {
        var text = new StringBuilder($"{agency}{year}年政府信息公开工作年度报告\n");
        if (sections)
        {
            text.Append("一、总体情况\n").Append(body).Append('\n').Append("二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n");
            text.Append(withoutSection5 ? string.Empty : "五、存在的主要问题及改进情况\n").Append("六、其他需要报告的事项\n无。\n");
        }
        else
        {
            text.Append("一、概述\n").Append(body).Append('\n');
        }

        var tableCells = new List<TableCell>();
        foreach (var table in StandardTables.ForTemplate(template))
        {
            foreach (var key in table.Keys())
            {
                if (missingTables?.Contains(table.Id) == true)
                {
                    tableCells.Add(new TableCell(key, CellState.Unread, null, null, -1, -1));
                }
                else if (blankTables?.Contains(table.Id) == true || (cells is not null && cells.TryGetValue(key, out var v) && v is null))
                {
                    tableCells.Add(new TableCell(key, CellState.Blank, null, null, -1, -1));
                }
                else
                {
                    var value = cells is not null && cells.TryGetValue(key, out var given) ? given!.Value : 0m;
                    tableCells.Add(new TableCell(key, CellState.Printed, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture), -1, -1));
                }
            }
        }

        var services = host.Services;
        var reading = new Given(services.GetRequiredService<IReportExtractor>(), r => r with
        {
            Agency = agency,
            AgencyKind = Archive.Core.Agencies.AgencyKinds.Classify(agency),
            Region = County,
            Year = year,
            Published = published,
            Template = template,
            Metrics = [],
            Flags = [],
            Cells = tableCells,
        });
        var preparer = new ReportPreparer(reading, services.GetRequiredService<IngestOptions>());
        var prepared = preparer.Prepare($"series-{agency}-{year}.txt", Encoding.UTF8.GetBytes(text.ToString()));
        return (await services.GetRequiredService<ReportStore>().UpsertAsync(prepared, TestContext.CancellationToken)).ReportId;
    }

    /// <summary>The real extractor's reading with the metadata and cells of the test report given.</summary>
    private sealed class Given(IReportExtractor inner, Func<ExtractedReport, ExtractedReport> given) : IReportExtractor
    {
        public ExtractedReport Extract(string decodedText, string fileName) => given(inner.Extract(decodedText, fileName));
    }
}
