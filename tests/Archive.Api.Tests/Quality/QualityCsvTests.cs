using System.Globalization;
using System.Net;
using System.Text;
using Archive.Api.Export;
using Archive.Api.Tests.Infrastructure;
using Archive.Samples.Generation;

namespace Archive.Api.Tests.Quality;

/// <summary>
/// Issue 24, the CSV of checks (/export/quality.csv) on generated series: the failing rows of the kinds asked are
/// the faults put in (nothing else), every row of a report is its report.quality check as GraphQL gives it, and bad
/// check or verdict names are refused with GraphQL's coded error.
/// </summary>
[Collection(GeneratedSeriesCollection.Name)]
public sealed class QualityCsvTests(GeneratedSeriesHost host)
{
    [Fact]
    public async Task FailingRows_OfTheKindsAsked_AreTheFaultsPutIn()
    {
        var rows = await GetAsync("/export/quality.csv?checks=CARRY_OVER,timeliness&verdicts=FAIL");
        Assert.Equal(QualityCsvEndpoint.Columns, rows[0]);
        var files = await FilesByIdAsync();
        var found = rows.Skip(1).Where(r => files.ContainsKey(r[0]))
            .Select(r => (File: files[r[0]], Check: r[6], Verdict: r[7], Subject: r[8], Amount: double.Parse(r[9], CultureInfo.InvariantCulture))).ToHashSet();
        var expected = new HashSet<(string, string, string, string, double)>();
        foreach (var report in host.Reports.Values)
        {
            foreach (var fault in report.Series!.Faults)
            {
                if (fault.Kind == SeriesFaultKind.PublishedLate)
                {
                    expected.Add((report.FileName, "TIMELINESS", "FAIL", "published", fault.Amount));
                }
                else if (fault.Kind == SeriesFaultKind.CarryOverMismatch)
                {
                    expected.Add((report.FileName, "CARRY_OVER", "FAIL", fault.Subject, -fault.Amount));
                    expected.Add((report.FileName, "CARRY_OVER", "FAIL", "total", -fault.Amount));
                }
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), found.Order());
    }

    [Fact]
    public async Task EveryRowOfAReport_IsItsQualityCheck()
    {
        var rows = await GetAsync("/export/quality.csv?regionCode=" + host.Reports.Values.First().Truth.Region!.Code);
        var byReport = rows.Skip(1).GroupBy(r => r[0]).Take(5).ToList();
        Assert.NotEmpty(byReport);
        foreach (var report in byReport)
        {
            var quality = (await host.Client.PostAsync("query ($id: ID!) { report(id: $id) { quality { score checks { kind verdict subject detail } } } }", new { id = report.Key }))
                .Ok().GetProperty("report").GetProperty("quality");
            var checks = quality.GetProperty("checks").EnumerateArray()
                .Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("verdict").GetString(), c.GetProperty("subject").GetString(), c.GetProperty("detail").GetString())).ToList();
            Assert.Equal(checks, report.Select(r => ((string?)r[6], (string?)r[7], (string?)r[8], (string?)r[10])).ToList());
            Assert.All(report, r => Assert.Equal(quality.GetProperty("score").ToString(), r[5]));
        }
    }

    [Theory]
    [InlineData("/export/quality.csv?checks=NO_SUCH_CHECK")]
    [InlineData("/export/quality.csv?verdicts=MAYBE")]
    [InlineData("/export/quality.csv?regionCode=64")]
    public async Task BadParameters_Are400WithACodedError(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var response = await GraphQLClient.SendAsync(host.Client, request);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    private async Task<List<string[]>> GetAsync(string url)
    {
        using var response = await host.Client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        return CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
    }

    private async Task<Dictionary<string, string>> FilesByIdAsync()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = (await host.Client.PostAsync("query ($after: String) { reports(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id fileName } } }", new { after })).Ok().GetProperty("reports");
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                files[node.GetProperty("id").GetString()!] = Path.GetFileName(node.GetProperty("fileName").GetString()!);
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return files.Where(p => host.Reports.ContainsKey(p.Value)).ToDictionary();
    }
}
