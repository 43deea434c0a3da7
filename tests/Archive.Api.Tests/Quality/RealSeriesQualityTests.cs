using System.Globalization;
using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Archive.Api.Tests.Quality;

/// <summary>
/// Issue 24, acceptance 1: the real corpus holds one body's reports over many years. Through GraphQL on the real
/// host: its series links the years (and nothing of another body), and every cross-year check gives what a hand
/// calculation here, on the truth JSON's values, gives. Which body and which files: read from the truth, not named.
/// </summary>
public sealed class RealSeriesQualityTests(RealSeriesHost host, ITestOutputHelper output) : IClassFixture<RealSeriesHost>
{
    private static readonly string[] Columns = ["natural", "business", "research", "social_org", "legal_service", "other_org", "total"];
    private static readonly string[] InForceRows = ["active.rules", "active.normative_docs"];

    private const string QualityQuery = """
        query ($id: ID!) { report(id: $id) {
          id year published template
          previous { id year } next { id year }
          quality { score checks { kind verdict subject detail amount evidence { report { id year } cell { key state value } text } } }
        } }
        """;

    [Fact]
    public async Task Series_OfTheBodyWithMostYears_LinksEveryYearAndNoOtherBody()
    {
        var truths = Truths();
        var body = LongestSeries(truths);
        var expected = truths.Where(t => t.Body == body).OrderBy(t => t.Year).ToList();
        Assert.True(expected.Count >= 10, $"the real corpus should hold one body's series, has {expected.Count}");

        var anyId = Id(expected[^1].Name);
        var series = (await host.Client.PostAsync(
            """
            query ($id: ID!) { report(id: $id) { series { regionCode agencyName
              reports { id year fileName }
              links { from { id year } to { id year } evidence { kind detail } } } } }
            """,
            new { id = anyId })).Ok().GetProperty("report").GetProperty("series");

        var files = series.GetProperty("reports").EnumerateArray().Select(r => Path.GetFileNameWithoutExtension(r.GetProperty("fileName").GetString()!)).ToList();
        Assert.Equal(expected.Select(t => t.Name), files);
        Assert.Equal(body.Region, series.GetProperty("regionCode").GetString());

        // Reports of another body of the same region exist in the corpus and stay out.
        Assert.Contains(truths, t => t.Body.Region == body.Region && t.Body != body);

        var links = series.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(expected.Count - 1, links.Count);
        for (var i = 0; i < links.Count; i++)
        {
            Assert.Equal(Id(expected[i].Name), links[i].GetProperty("from").GetProperty("id").GetString());
            Assert.Equal(Id(expected[i + 1].Name), links[i].GetProperty("to").GetProperty("id").GetString());
            var kinds = links[i].GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
            Assert.Contains("SAME_REGION", kinds);
            Assert.Contains("SAME_NAME", kinds);
        }

        output.WriteLine($"series of {expected.Count} reports, {expected[0].Year}–{expected[^1].Year}, {links.Count} links");
    }

    [Fact]
    public async Task PreviousAndNext_AreTheNeighbouringYearsOfTheSeries()
    {
        var truths = Truths();
        var body = LongestSeries(truths);
        var series = truths.Where(t => t.Body == body).OrderBy(t => t.Year).ToList();
        for (var i = 0; i < series.Count; i++)
        {
            var report = (await host.Client.PostAsync(QualityQuery, new { id = Id(series[i].Name) })).Ok().GetProperty("report");
            Assert.Equal(i == 0 ? null : Id(series[i - 1].Name), IdOrNull(report.GetProperty("previous")));
            Assert.Equal(i == series.Count - 1 ? null : Id(series[i + 1].Name), IdOrNull(report.GetProperty("next")));
        }
    }

    [Fact]
    public async Task CrossYearChecks_EveryColumn_EqualTheHandCalculationOnTheTruth()
    {
        var truths = Truths();
        var body = LongestSeries(truths);
        var series = truths.Where(t => t.Body == body).OrderBy(t => t.Year).ToList();
        int decided = 0, failed = 0, compared = 0;
        foreach (var later in series.Where(t => t.Template is "2019" or "2021"))
        {
            var report = (await host.Client.PostAsync(QualityQuery, new { id = Id(later.Name) })).Ok().GetProperty("report");
            var checks = report.GetProperty("quality").GetProperty("checks").EnumerateArray().ToList();
            var earlier = series.SingleOrDefault(t => t.Year == later.Year - 1);

            var carry = checks.Where(c => c.GetProperty("kind").GetString() == "CARRY_OVER").ToList();
            if (earlier is null || earlier.Template is not ("2019" or "2021"))
            {
                // No report of the year before (or one without table 三): one UNKNOWN, never a verdict.
                var only = Assert.Single(carry);
                Assert.Equal(("UNKNOWN", "previous"), (only.GetProperty("verdict").GetString(), only.GetProperty("subject").GetString()));
            }
            else
            {
                Assert.Equal(Columns, carry.Select(c => c.GetProperty("subject").GetString()));
                foreach (var column in Columns)
                {
                    // By hand: 结转下年度 of Y−1 against 上年结转 of Y, only where the truth holds both numbers.
                    var before = earlier.Value("apply.carried_out." + column);
                    var now = later.Value("apply.carried_in." + column);
                    var check = carry.Single(c => c.GetProperty("subject").GetString() == column);
                    Expect(check, before, now, before - now, earlier, later, "apply.carried_out." + column, "apply.carried_in." + column);
                    compared++;
                    decided += before is not null && now is not null ? 1 : 0;
                    failed += before is not null && now is not null && before != now ? 1 : 0;
                }
            }

            if (later.Template != "2021")
            {
                continue;
            }

            var inForce = checks.Where(c => c.GetProperty("kind").GetString() == "IN_FORCE_BALANCE").ToList();
            if (earlier is null || earlier.Template != "2021")
            {
                Assert.Equal("UNKNOWN", Assert.Single(inForce).GetProperty("verdict").GetString());
                continue;
            }

            foreach (var row in InForceRows)
            {
                // By hand: 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y) against 现行有效(Y).
                var lhs = earlier.Value(row + ".in_force") + later.Value(row + ".issued") - later.Value(row + ".repealed");
                var rhs = later.Value(row + ".in_force");
                var check = inForce.Single(c => c.GetProperty("subject").GetString() == row);
                Expect(check, lhs, rhs, lhs - rhs, earlier, later, row + ".in_force", row + ".in_force");
                compared++;
                decided += lhs is not null && rhs is not null ? 1 : 0;
                failed += lhs is not null && rhs is not null && lhs != rhs ? 1 : 0;
            }
        }

        output.WriteLine($"cross-year checks compared with the hand calculation: {compared}, with both values printed: {decided}, of them failing: {failed}");
        Assert.True(decided >= 7, $"the real series should give at least one year pair with every carry-over column printed, gave {decided} decided checks");
    }

    [Fact]
    public async Task Timeliness_EqualsTheHandCalculationOnThePrintedDate()
    {
        var truths = Truths();
        var body = LongestSeries(truths);
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var truth in truths.Where(t => t.Body == body))
        {
            var report = (await host.Client.PostAsync(QualityQuery, new { id = Id(truth.Name) })).Ok().GetProperty("report");
            var check = report.GetProperty("quality").GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "TIMELINESS");
            var published = report.GetProperty("published").ValueKind == JsonValueKind.Null ? null : report.GetProperty("published").GetString();

            // By hand: 2008–2018 → 3月31日 of the next year for every body; from 2019 a department by 1月31日, a
            // government's own report by 3月31日, other kinds (this body's: a development-zone committee) no deadline.
            string expected;
            double? days = null;
            if (published is null)
            {
                expected = "UNKNOWN";
            }
            else if (truth.Year <= 2018)
            {
                var late = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - new DateOnly(truth.Year + 1, 3, 31).DayNumber;
                expected = late <= 0 ? "PASS" : "FAIL";
                days = late > 0 ? late : null;
            }
            else
            {
                var dueDay = truth.Kind switch
                {
                    "people_government" => new DateOnly(truth.Year + 1, 3, 31),
                    "development_zone" or "township" or "subdistrict" or "other" => (DateOnly?)null,
                    _ => new DateOnly(truth.Year + 1, 1, 31),
                };
                var late = dueDay is { } due ? DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - due.DayNumber : (int?)null;
                expected = late is null ? "UNKNOWN" : late <= 0 ? "PASS" : "FAIL";
                days = late > 0 ? late : null;
            }

            Assert.Equal((truth.Name, expected), (truth.Name, check.GetProperty("verdict").GetString()));
            Assert.Equal(days, check.GetProperty("amount").ValueKind == JsonValueKind.Null ? null : check.GetProperty("amount").GetDouble());
            verdicts[expected] = verdicts.GetValueOrDefault(expected) + 1;
        }

        output.WriteLine(string.Join(", ", verdicts.Select(v => $"{v.Key} {v.Value}")));
        Assert.True(verdicts.GetValueOrDefault("PASS") > 0, "dated reports of 2008–2018 should be judged");
    }

    [Fact]
    public async Task Completeness_TablesAndSections_OfTheTemplateReports()
    {
        var truths = Truths();
        foreach (var truth in truths.Where(t => t.Template is "2019" or "2021"))
        {
            var report = (await host.Client.PostAsync(QualityQuery, new { id = Id(truth.Name) })).Ok().GetProperty("report");
            var checks = report.GetProperty("quality").GetProperty("checks").EnumerateArray().ToList();

            // A table the truth holds numbers of (or lists cells of as unscored) is printed in the report.
            foreach (var (table, prefixes) in new[] { ("table2", new[] { "active." }), ("table3", ["apply."]), ("table4", ["review.", "litigation."]) })
            {
                var printed = truth.Keys.Any(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)));
                var present = checks.Single(c => c.GetProperty("kind").GetString() == "TABLE_PRESENT" && c.GetProperty("subject").GetString() == table);
                if (printed)
                {
                    Assert.Equal((truth.Name, table, "PASS"), (truth.Name, table, present.GetProperty("verdict").GetString()));
                }
            }

            // Every real template report here prints all six headings.
            var sections = checks.Where(c => c.GetProperty("kind").GetString() == "SECTION_PRESENT").ToList();
            Assert.Equal(["一", "二", "三", "四", "五", "六"], sections.Select(s => s.GetProperty("subject").GetString()));
            Assert.All(sections, s => Assert.Equal((truth.Name, "PASS"), (truth.Name, s.GetProperty("verdict").GetString())));
        }
    }

    /// <summary>Checks a cross-year verdict against the hand calculation: both sides known → PASS/FAIL and the difference; else UNKNOWN.</summary>
    private void Expect(JsonElement check, decimal? left, decimal? right, decimal? difference, Truth earlier, Truth later, string earlierKey, string laterKey)
    {
        var subject = check.GetProperty("subject").GetString();
        if (left is null || right is null)
        {
            Assert.Equal((later.Name, subject, "UNKNOWN"), (later.Name, subject, check.GetProperty("verdict").GetString()));
            return;
        }

        Assert.Equal((later.Name, subject, left == right ? "PASS" : "FAIL"), (later.Name, subject, check.GetProperty("verdict").GetString()));
        Assert.Equal((double)difference!.Value, check.GetProperty("amount").GetDouble());

        // The evidence names both cells: the earlier report's and the later report's, with their values.
        var cells = check.GetProperty("evidence").EnumerateArray()
            .Select(e => (Report: e.GetProperty("report").GetProperty("id").GetString(), Key: e.GetProperty("cell").GetProperty("key").GetString(), Value: e.GetProperty("cell").GetProperty("value").GetDouble()))
            .ToList();
        Assert.Contains((Id(earlier.Name), earlierKey, (double)earlier.Value(earlierKey)!.Value), cells);
        Assert.Contains((Id(later.Name), laterKey, (double)later.Value(laterKey)!.Value), cells);
    }

    private string Id(string name) =>
        Api.GraphQL.GlobalId.Encode("Report", host.Scalar("SELECT Id FROM Reports WHERE FileName LIKE $name", ("$name", name + ".%")));

    private static string? IdOrNull(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetProperty("id").GetString();

    private static (string? Region, string Agency) LongestSeries(List<Truth> truths) =>
        truths.GroupBy(t => t.Body).OrderByDescending(g => g.Count()).First().Key;

    private static List<Truth> Truths() =>
        [.. Directory.GetFiles(Path.Combine(RealSeriesHost.RealDir, "truth"), "*.json").Order(StringComparer.Ordinal).Select(Truth.Read)];

    private sealed record Truth(string Name, (string? Region, string Agency) Body, string? Kind, int Year, string Template, IReadOnlyDictionary<string, decimal> Values, IReadOnlySet<string> Keys)
    {
        /// <summary>The truth's number for a key; null when the truth holds none (blank, unplaceable, or listed as unscored).</summary>
        public decimal? Value(string key) => Values.TryGetValue(key, out var value) ? value : null;

        public static Truth Read(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var unscored = root.TryGetProperty("unscored_keys", out var u) ? u.EnumerateArray().Select(k => k.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
            var metrics = root.TryGetProperty("metrics", out var m) ? m.EnumerateArray().ToList() : [];
            var values = metrics.Where(x => !unscored.Contains(x.GetProperty("key").GetString()!))
                .ToDictionary(x => x.GetProperty("key").GetString()!, x => x.GetProperty("value").GetDecimal(), StringComparer.Ordinal);
            var keys = metrics.Select(x => x.GetProperty("key").GetString()!).Concat(unscored).ToHashSet(StringComparer.Ordinal);
            var region = root.GetProperty("region").ValueKind == JsonValueKind.Null ? null : root.GetProperty("region").GetProperty("code").GetString();
            return new Truth(
                Path.GetFileNameWithoutExtension(path),
                (region, root.GetProperty("agency").GetString()!),
                root.TryGetProperty("agencyKind", out var kind) ? kind.GetString() : null,
                root.GetProperty("year").GetInt32(),
                root.GetProperty("template").GetString()!,
                values,
                keys);
        }
    }
}
