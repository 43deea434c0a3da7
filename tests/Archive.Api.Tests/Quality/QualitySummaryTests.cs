using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Samples.Generation;

namespace Archive.Api.Tests.Quality;

/// <summary>
/// Issue 24, quality as a filter and a facet (qualitySummary over a ReportFilter) on generated series: the verdicts
/// counted per check kind are those of each report's report.quality, and the reports failing CARRY_OVER (a filter on
/// the failing check) are exactly the generated reports with a carry-over fault put in, among the generated ones.
/// </summary>
[Collection(GeneratedSeriesCollection.Name)]
public sealed class QualitySummaryTests(GeneratedSeriesHost host)
{
    [Fact]
    public async Task Counts_AreThoseOfEachReportsQuality_AndTheFailingFilter_FindsTheFaultsPutIn()
    {
        var summary = (await host.Client.PostAsync("""
            { qualitySummary { reports
                checks { kind pass fail unknown reportsFailing }
                failing(checks: [CARRY_OVER], first: 100) { report { fileName } checks { kind subject } } } }
            """)).Ok().GetProperty("qualitySummary");

        // The same counts from every report's own quality, page by page.
        var verdicts = new Dictionary<(string Kind, string Verdict), int>();
        var failingReports = new Dictionary<string, int>();
        var total = 0;
        string? after = null;
        do
        {
            var page = (await host.Client.PostAsync(
                "query ($after: String) { reports(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { quality { checks { kind verdict } } } } }", new { after }))
                .Ok().GetProperty("reports");
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                total++;
                var checks = node.GetProperty("quality").GetProperty("checks").EnumerateArray().Select(c => (Kind: c.GetProperty("kind").GetString()!, Verdict: c.GetProperty("verdict").GetString()!)).ToList();
                foreach (var check in checks)
                {
                    verdicts[check] = verdicts.GetValueOrDefault(check) + 1;
                }

                foreach (var kind in checks.Where(c => c.Verdict == "FAIL").Select(c => c.Kind).Distinct())
                {
                    failingReports[kind] = failingReports.GetValueOrDefault(kind) + 1;
                }
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(total, summary.GetProperty("reports").GetInt32());
        foreach (var count in summary.GetProperty("checks").EnumerateArray())
        {
            var kind = count.GetProperty("kind").GetString()!;
            Assert.Equal(verdicts.GetValueOrDefault((kind, "PASS")), count.GetProperty("pass").GetInt32());
            Assert.Equal(verdicts.GetValueOrDefault((kind, "FAIL")), count.GetProperty("fail").GetInt32());
            Assert.Equal(verdicts.GetValueOrDefault((kind, "UNKNOWN")), count.GetProperty("unknown").GetInt32());
            Assert.Equal(failingReports.GetValueOrDefault(kind), count.GetProperty("reportsFailing").GetInt32());
        }

        var failing = summary.GetProperty("failing").EnumerateArray().ToList();
        Assert.All(failing, f => Assert.All(f.GetProperty("checks").EnumerateArray(), c => Assert.Equal("CARRY_OVER", c.GetProperty("kind").GetString())));
        var generated = failing.Select(f => Path.GetFileName(f.GetProperty("report").GetProperty("fileName").GetString()!)).Where(host.Reports.ContainsKey).Order(StringComparer.Ordinal);
        var putIn = host.Reports.Values.Where(r => r.Series!.Faults.Any(f => f.Kind == SeriesFaultKind.CarryOverMismatch)).Select(r => r.FileName).Order(StringComparer.Ordinal);
        Assert.NotEmpty(putIn);
        Assert.Equal(putIn, generated);
    }

    [Fact]
    public async Task Summary_OfAFilter_CoversOnlyItsReports()
    {
        var region = host.Reports.Values.First().Truth.Region!.Code;
        var data = (await host.Client.PostAsync(
            "query ($r: String!) { qualitySummary(filter: { regionCode: $r }) { reports } reports(filter: { regionCode: $r }) { totalCount } }", new { r = region })).Ok();
        Assert.Equal(data.GetProperty("reports").GetProperty("totalCount").GetInt32(), data.GetProperty("qualitySummary").GetProperty("reports").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, data.GetProperty("qualitySummary").ValueKind);
    }
}
