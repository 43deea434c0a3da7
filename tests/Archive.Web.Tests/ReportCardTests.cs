using System.Text.Json;
using Microsoft.Playwright;

namespace Archive.Web.Tests;

/// <summary>
/// Issue 24 acceptance 5: the report card (each check with its verdict, evidence and the score with its rule; the
/// series' previous and next report) and the two-year view (the three tables of a report beside the year before's,
/// differences marked, cross-year failures highlighted), opened in a real browser on a generated series report whose
/// cross-year fault series.tsv names. What the page shows is compared with what the API answers for the same report.
/// </summary>
public sealed class ReportCardTests(ServedSeriesArchive archive) : IClassFixture<ServedSeriesArchive>
{
    private const string ApiQuery = """
        query ($id: ID!) { report(id: $id) { id year
          previous { id year tableCells { key state value } } next { id }
          tableCells { key state value }
          quality { score checks { kind verdict subject detail evidence { report { id year } cell { key } } } } } }
        """;

    [BrowserFact]
    public async Task ReportCard_ShowsTheInjectedCrossYearFailure_WithItsEvidence_AndWalksTheSeries()
    {
        var (id, previousId, kind, subject) = await FaultyReportAsync();
        var expected = (await archive.QueryAsync(ApiQuery, new { id })).GetProperty("report");
        var check = FailingCheck(expected, kind, subject);

        var page = await archive.NewPageAsync();
        await page.GotoAsync($"{archive.BaseUrl}/?view=card&id={Uri.EscapeDataString(id)}");
        await page.WaitForSelectorAsync("table.checks tbody tr");

        // Every check of the API is a row, with its verdict; the score and its rule are shown.
        var checks = expected.GetProperty("quality").GetProperty("checks");
        Assert.Equal(checks.GetArrayLength(), await page.Locator("table.checks tbody tr").CountAsync());
        var score = expected.GetProperty("quality").GetProperty("score");
        Assert.Equal(score.ValueKind == JsonValueKind.Null ? "—" : score.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InnerTextAsync("[data-score]"));
        Assert.Contains("round(100 × PASS ÷ (PASS + FAIL))", await page.InnerTextAsync("p.rule"), StringComparison.Ordinal);

        // The injected fault: its check row says FAIL, with the API's detail and every evidence cell, in both reports.
        var row = page.Locator($"table.checks tr[data-kind='{kind}'][data-subject='{subject}']");
        Assert.Equal("FAIL", await row.GetAttributeAsync("data-verdict"));
        Assert.Contains("FAIL", await row.Locator("td .verdict").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(check.GetProperty("detail").GetString(), await row.Locator("td.detail").InnerTextAsync());
        var evidence = check.GetProperty("evidence").EnumerateArray().Where(e => e.GetProperty("cell").ValueKind == JsonValueKind.Object)
            .Select(e => (Report: e.GetProperty("report").GetProperty("id").GetString()!, Key: e.GetProperty("cell").GetProperty("key").GetString()!)).ToList();
        Assert.Contains(evidence, e => e.Report == id);
        Assert.Contains(evidence, e => e.Report == previousId);
        var shown = await row.Locator("ul.evidence li[data-evidence-key]").EvaluateAllAsync<string[]>(
            "items => items.map(i => i.dataset.evidenceReport + '|' + i.dataset.evidenceKey)");
        Assert.Equal(evidence.Select(e => $"{e.Report}|{e.Key}").Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));

        // previous → that report's card, whose next leads back here.
        await page.ClickAsync("[data-previous] a");
        await page.WaitForURLAsync(url => url.Contains("view=card", StringComparison.Ordinal) && url.Contains("id=" + Uri.EscapeDataString(previousId), StringComparison.Ordinal));
        await page.WaitForSelectorAsync("table.checks tbody tr");
        await page.ClickAsync("[data-next] a");
        await page.WaitForURLAsync(url => url.Contains("id=" + Uri.EscapeDataString(id), StringComparison.Ordinal));
        await page.WaitForSelectorAsync($"table.checks tr[data-kind='{kind}'][data-subject='{subject}'][data-verdict='FAIL']");
    }

    [BrowserFact]
    public async Task TwoYearView_FromTheReport_PutsTheYearsSideBySide_MarksDifferencesAndTheFailingCells()
    {
        var (id, previousId, kind, subject) = await FaultyReportAsync();
        var expected = (await archive.QueryAsync(ApiQuery, new { id })).GetProperty("report");
        var check = FailingCheck(expected, kind, subject);

        var page = await archive.NewPageAsync();
        await page.GotoAsync($"{archive.BaseUrl}/?view=report&id={Uri.EscapeDataString(id)}");
        await page.ClickAsync("nav.view-tabs a:has-text('两年对比')");
        await page.WaitForURLAsync(url => url.Contains("view=years", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("table.two-year");

        // The cross-year failure is listed with the API's detail, and each of its cells is highlighted in its year.
        var failure = page.Locator($".cross-failures li[data-kind='{kind}'][data-subject='{subject}']");
        Assert.Contains(check.GetProperty("detail").GetString()!, await failure.InnerTextAsync(), StringComparison.Ordinal);
        foreach (var e in check.GetProperty("evidence").EnumerateArray().Where(e => e.GetProperty("cell").ValueKind == JsonValueKind.Object))
        {
            var year = e.GetProperty("report").GetProperty("year").GetInt32();
            var key = e.GetProperty("cell").GetProperty("key").GetString();
            var cell = page.Locator($"table.two-year td[data-key='{key}'][data-year='{year}']");
            Assert.Contains("cross-fail", await cell.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        }

        // Differences: exactly the cells whose state or value the API gives differently for the two years.
        var before = Cells(expected.GetProperty("previous"));
        var now = Cells(expected);
        var differing = now.Where(c => before.TryGetValue(c.Key, out var b) && b != c.Value).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(differing);
        var marked = await page.Locator("table.two-year td.now.changed").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.key)");
        Assert.Equal(differing, marked.Order(StringComparer.Ordinal));

        // A changed printed cell shows both years' numbers side by side, with the difference.
        var printed = differing.First(k => now[k].State == "PRINTED" && before[k].State == "PRINTED");
        var yearBefore = expected.GetProperty("previous").GetProperty("year").GetInt32();
        var yearNow = expected.GetProperty("year").GetInt32();
        var left = await page.InnerTextAsync($"table.two-year td.before[data-key='{printed}'][data-year='{yearBefore}']");
        var right = await page.InnerTextAsync($"table.two-year td.now[data-key='{printed}'][data-year='{yearNow}']");
        Assert.Equal(Format(before[printed].Value!.Value), left.Trim());
        var delta = now[printed].Value!.Value - before[printed].Value!.Value;
        Assert.StartsWith(Format(now[printed].Value!.Value), right.Trim(), StringComparison.Ordinal);
        Assert.EndsWith((delta > 0 ? "+" : string.Empty) + Format(delta), right.Trim(), StringComparison.Ordinal);
        Assert.Equal(previousId, expected.GetProperty("previous").GetProperty("id").GetString());
    }

    /// <summary>The first report series.tsv gives a cross-year fault, its previous report, and the check that must fail.</summary>
    private async Task<(string Id, string PreviousId, string Kind, string Subject)> FaultyReportAsync()
    {
        var ids = await archive.IdsByFileAsync();
        foreach (var row in archive.Rows.Where(r => r.Previous is not null))
        {
            foreach (var fault in row.Faults.Select(f => f.Split(':')))
            {
                var kind = fault[0] switch { "CarryOverMismatch" => "CARRY_OVER", "InForceMismatch" => "IN_FORCE_BALANCE", _ => null };
                if (kind is not null)
                {
                    return (ids[row.File], ids[row.Previous!], kind, fault[1]);
                }
            }
        }

        Assert.Fail("series.tsv names no cross-year fault: generate more reports");
        return default;
    }

    private static JsonElement FailingCheck(JsonElement report, string kind, string subject) =>
        Assert.Single(report.GetProperty("quality").GetProperty("checks").EnumerateArray(),
            c => c.GetProperty("kind").GetString() == kind && c.GetProperty("subject").GetString() == subject && c.GetProperty("verdict").GetString() == "FAIL");

    private static Dictionary<string, (string State, double? Value)> Cells(JsonElement report) =>
        report.GetProperty("tableCells").EnumerateArray().ToDictionary(
            c => c.GetProperty("key").GetString()!,
            c => (c.GetProperty("state").GetString()!, c.GetProperty("value").ValueKind == JsonValueKind.Number ? c.GetProperty("value").GetDouble() : (double?)null),
            StringComparer.Ordinal);

    /// <summary>A number as the page prints it (zh-CN grouping, at most 4 decimals).</summary>
    private static string Format(double value) => value.ToString(Math.Abs(value % 1) < 1e-9 ? "#,0" : "#,0.####", System.Globalization.CultureInfo.InvariantCulture);
}
