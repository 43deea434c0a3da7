using System.Net;
using System.Text;
using System.Text.Json;
using Archive.Api.Export;
using Archive.Api.Tests.Infrastructure;
using Archive.Samples.Generation;

namespace Archive.Api.Tests.Quality;

/// <summary>
/// Issue 24, quality as a filter and a facet: `publishedLate` (ReportFilter) and the TIMELINESS facet of `search`
/// give, on generated series with late publication put in on purpose, exactly the TIMELINESS verdicts of
/// report.quality — through the index (search), the database (reports) and the CSV export.
/// </summary>
[Collection(GeneratedSeriesCollection.Name)]
public sealed class PublishedLateFilterTests(GeneratedSeriesHost host)
{
    private const string Reports = """
        query ($after: String, $filter: ReportFilter) { reports(first: 100, after: $after, filter: $filter) {
          pageInfo { hasNextPage endCursor }
          nodes { id fileName year quality { checks(kinds: [TIMELINESS]) { verdict } } }
        } }
        """;

    private const string Search = """
        query ($after: String, $filter: ReportFilter) { search(query: "信息公开", first: 100, after: $after, filter: $filter, facets: [TIMELINESS, YEAR]) {
          totalCount
          pageInfo { hasNextPage endCursor }
          facets { name values { value count } }
          edges { node { id } }
        } }
        """;

    [Fact]
    public async Task Filter_GivesTheReportsWhoseTimelinessFails_OrPasses_AsReportQualitySaysIt()
    {
        var verdicts = await VerdictsAsync();
        var late = verdicts.Where(v => v.Value == "FAIL").Select(v => v.Key).ToHashSet();
        var onTime = verdicts.Where(v => v.Value == "PASS").Select(v => v.Key).ToHashSet();
        // The generator's late reports are the failing ones (GeneratedSeriesFaultTests checks the verdicts themselves).
        var files = await FilesAsync(null);
        var putIn = host.Reports.Values.Where(r => r.Series!.Faults.Any(f => f.Kind == SeriesFaultKind.PublishedLate)).Select(r => r.FileName).ToHashSet();
        Assert.NotEmpty(putIn);
        Assert.Equal(putIn.Order(StringComparer.Ordinal), late.Select(id => files[id]).Where(host.Reports.ContainsKey).Order(StringComparer.Ordinal));
        Assert.NotEmpty(onTime);
        Assert.Contains(verdicts.Values, v => v == "UNKNOWN");

        Assert.Equal(late.Order(StringComparer.Ordinal), (await FilesAsync(new { publishedLate = true })).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(onTime.Order(StringComparer.Ordinal), (await FilesAsync(new { publishedLate = false })).Keys.Order(StringComparer.Ordinal));

        // Search: of the reports the words match (every generated one), those the verdict says.
        var (allHits, _) = await SearchAsync(null);
        var (lateHits, _) = await SearchAsync(new { publishedLate = true });
        var (onTimeHits, _) = await SearchAsync(new { publishedLate = false });
        Assert.Equal(late.Intersect(allHits).Order(StringComparer.Ordinal), lateHits.Order(StringComparer.Ordinal));
        Assert.Equal(onTime.Intersect(allHits).Order(StringComparer.Ordinal), onTimeHits.Order(StringComparer.Ordinal));
        Assert.Superset(putIn, lateHits.Select(id => files[id]).ToHashSet());

        // With another filter: the conditions combine (AND).
        var year = host.Reports.Values.First(r => putIn.Contains(r.FileName)).Truth.Year!.Value;
        var years = await YearsAsync();
        var (lateThatYear, _) = await SearchAsync(new { publishedLate = true, year });
        Assert.NotEmpty(lateThatYear);
        Assert.Equal(
            late.Intersect(allHits).Where(id => years[id] == year).Order(StringComparer.Ordinal),
            lateThatYear.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Facet_CountsEveryVerdict_OfAllMatches()
    {
        var verdicts = await VerdictsAsync();
        var (hits, facet) = await SearchAsync(null);
        Assert.Subset(verdicts.Keys.ToHashSet(), hits.ToHashSet());
        Assert.Contains(facet, f => f.Key == "FAIL" && f.Value > 0);
        var expected = hits.Select(id => verdicts[id]).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), facet.OrderBy(e => e.Key, StringComparer.Ordinal));

        // Under a filter the facet counts the filtered matches only.
        var (_, lateFacet) = await SearchAsync(new { publishedLate = true });
        Assert.Equal([new KeyValuePair<string, int>("FAIL", expected["FAIL"])], lateFacet);
    }

    [Fact]
    public async Task CsvExport_TakesTheFilter()
    {
        var verdicts = await VerdictsAsync();
        using var response = await host.Client.GetAsync("/export/quality.csv?publishedLate=true&checks=TIMELINESS");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        var header = rows[0];
        var body = rows.Skip(1).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, row => Assert.Equal("FAIL", row[Array.IndexOf(header, "verdict")]));
        Assert.Equal(
            verdicts.Where(v => v.Value == "FAIL").Select(v => v.Key).Order(StringComparer.Ordinal),
            body.Select(row => row[Array.IndexOf(header, "reportId")]).Order(StringComparer.Ordinal));
    }

    /// <summary>Every generated report's TIMELINESS verdict by id, as report.quality gives it.</summary>
    private async Task<Dictionary<string, string>> VerdictsAsync()
    {
        var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var node in ReportNodesAsync(null))
        {
            verdicts[node.GetProperty("id").GetString()!] = node.GetProperty("quality").GetProperty("checks")[0].GetProperty("verdict").GetString()!;
        }

        return verdicts;
    }

    private async Task<Dictionary<string, string>> FilesAsync(object? filter)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var node in ReportNodesAsync(filter))
        {
            files[node.GetProperty("id").GetString()!] = Path.GetFileName(node.GetProperty("fileName").GetString()!);
        }

        return files;
    }

    private async Task<Dictionary<string, int?>> YearsAsync()
    {
        var years = new Dictionary<string, int?>(StringComparer.Ordinal);
        await foreach (var node in ReportNodesAsync(null))
        {
            years[node.GetProperty("id").GetString()!] = node.GetProperty("year").ValueKind == JsonValueKind.Null ? null : node.GetProperty("year").GetInt32();
        }

        return years;
    }

    private async IAsyncEnumerable<JsonElement> ReportNodesAsync(object? filter)
    {
        string? after = null;
        do
        {
            var page = (await host.Client.PostAsync(Reports, new { after, filter })).Ok().GetProperty("reports");
            // Every stored report (the host's own and the generated ones): the filter must agree on all of them.
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                yield return node;
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
    }

    /// <summary>The ids of every hit and the TIMELINESS facet (value → count).</summary>
    private async Task<(List<string> Hits, List<KeyValuePair<string, int>> Facet)> SearchAsync(object? filter)
    {
        var hits = new List<string>();
        List<KeyValuePair<string, int>>? facet = null;
        string? after = null;
        do
        {
            var page = (await host.Client.PostAsync(Search, new { after, filter })).Ok().GetProperty("search");
            hits.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            facet ??= [.. page.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "TIMELINESS")
                .GetProperty("values").EnumerateArray().Select(v => KeyValuePair.Create(v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32()))];
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        return (hits, facet!);
    }
}
