using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Samples.Generation;

namespace Archive.Api.Tests.Quality;

/// <summary>
/// Issue 24, coverage(regionCode, year) over GraphQL on generated series: every year a body skipped inside its span
/// (the generator's MissingYear fault) is listed as missing for its region and that year, with its reports either
/// side; bodies that reported are not; and the counts expected vs present, by year and by region, are what the
/// generated truth gives (computed here from the bodies' years, in regions that hold generated reports only).
/// </summary>
[Collection(GeneratedSeriesCollection.Name)]
public sealed class CoverageTests(GeneratedSeriesHost host)
{
    private const string Query = """
        query ($code: String!, $year: Int!) { coverage(regionCode: $code, year: $year) {
          year known expected present outsideSpan
          missing { regionCode agencyName printedName years before { fileName year } after { fileName year } }
          byRegion { regionCode year expected present missing }
          byYear { regionCode year expected present missing }
        } }
        """;

    [Fact]
    public async Task EveryYearABodySkipped_IsMissing_AndTheCountsFollowFromTheBodiesYears()
    {
        var bodies = host.Reports.Values.GroupBy(r => r.Series!.Body)
            .Select(g => (Region: g.First().Truth.Region!.Code, Files: g.Select(r => r.FileName).ToHashSet(), Years: g.Select(r => r.Truth.Year!.Value).ToHashSet(), Gaps: g.SelectMany(r => r.Series!.Faults).Where(f => f.Kind == SeriesFaultKind.MissingYear).Select(f => (int)f.Amount).ToList()))
            .ToList();
        var gaps = bodies.SelectMany(b => b.Gaps.Select(y => (Body: b, Year: y))).ToList();
        Assert.NotEmpty(gaps);
        var onlyGenerated = 0;
        foreach (var (body, year) in gaps)
        {
            var coverage = (await host.Client.PostAsync(Query, new { code = body.Region, year })).Ok().GetProperty("coverage");
            var missing = coverage.GetProperty("missing").EnumerateArray().ToList();
            var entry = Assert.Single(missing, m => body.Files.Contains(Path.GetFileName(m.GetProperty("before").GetProperty("fileName").GetString()!)));
            Assert.Equal(year - 1, entry.GetProperty("before").GetProperty("year").GetInt32());
            Assert.Equal(year + 1, entry.GetProperty("after").GetProperty("year").GetInt32());
            Assert.Equal(body.Years.Order(), entry.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));

            // No generated body that reported that year is listed.
            var reported = bodies.Where(b => b.Region == body.Region && b.Years.Contains(year)).SelectMany(b => b.Files).ToHashSet();
            Assert.DoesNotContain(missing, m => m.GetProperty("before").ValueKind == JsonValueKind.Object && reported.Contains(Path.GetFileName(m.GetProperty("before").GetProperty("fileName").GetString()!)));

            // The counts, where the region holds generated reports only.
            var inRegion = await FilesInRegionAsync(body.Region);
            if (!inRegion.All(host.Reports.ContainsKey))
            {
                continue;
            }

            onlyGenerated++;
            var here = bodies.Where(b => b.Region == body.Region).ToList();
            Assert.Equal(here.Count, coverage.GetProperty("known").GetInt32());
            foreach (var count in coverage.GetProperty("byYear").EnumerateArray())
            {
                var y = count.GetProperty("year").GetInt32();
                var expected = here.Count(b => b.Years.Min() <= y && b.Years.Max() >= y);
                var present = here.Count(b => b.Years.Contains(y));
                Assert.Equal((expected, present, expected - present), (count.GetProperty("expected").GetInt32(), count.GetProperty("present").GetInt32(), count.GetProperty("missing").GetInt32()));
            }

            Assert.Equal(here.SelectMany(b => b.Years).Distinct().Order(), coverage.GetProperty("byYear").EnumerateArray().Select(c => c.GetProperty("year").GetInt32()));
            Assert.Equal(here.Count(b => b.Years.Min() < year && b.Years.Max() > year && !b.Years.Contains(year)), missing.Count);
            Assert.Equal(here.Count(b => !b.Years.Contains(year) && (b.Years.Min() > year || b.Years.Max() < year)), coverage.GetProperty("outsideSpan").GetInt32());
            var byRegion = Assert.Single(coverage.GetProperty("byRegion").EnumerateArray());
            Assert.Equal(coverage.GetProperty("expected").GetInt32(), byRegion.GetProperty("expected").GetInt32());
        }

        Assert.True(onlyGenerated > 0, "no region with generated reports only");
    }

    [Fact]
    public async Task Coverage_RejectsABadRegionCodeOrYear()
    {
        var bad = await host.Client.PostAsync(Query, new { code = "64", year = 2020 });
        Assert.Contains("BAD_USER_INPUT", bad.ErrorCodes);
        bad = await host.Client.PostAsync(Query, new { code = "640000", year = 20 });
        Assert.Contains("BAD_USER_INPUT", bad.ErrorCodes);
    }

    private async Task<HashSet<string>> FilesInRegionAsync(string code)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = (await host.Client.PostAsync(
                "query ($code: String!, $after: String) { reports(first: 100, after: $after, filter: { regionCode: $code }) { pageInfo { hasNextPage endCursor } nodes { fileName } } }",
                new { code, after })).Ok().GetProperty("reports");
            files.UnionWith(page.GetProperty("nodes").EnumerateArray().Select(n => Path.GetFileName(n.GetProperty("fileName").GetString()!)));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return files;
    }
}
