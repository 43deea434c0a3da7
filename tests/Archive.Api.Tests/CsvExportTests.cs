using System.Net;
using System.Text;
using Archive.Api.Export;
using Archive.Api.Tests.Infrastructure;
using Archive.Testing.Databases;

namespace Archive.Api.Tests;

[Collection(ApiCollection.Name)]
/// <remarks>Not sealed: <see cref="CsvExportPostgreSqlTests"/> runs the same tests on PostgreSQL.</remarks>
public class CsvExportTests(ApiHost host)
{
    [StorageFact]
    public async Task Export_WithFiltersAndKeys_StreamsUtf8WithBomOneRowPerReportAndKey()
    {
        using var response = await host.Client.GetAsync(
            "/export/metrics.csv?regionCode=640000&yearFrom=2019&keys=apply.new.total,review.total", TestContext.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(MetricsCsvEndpoint.Columns, rows[0]);

        var expected = host.Query(
            """
            SELECT r.Id, r.Title, r.AgencyName, g.Name, r.Year, k.Key, m.Value, m.Unit FROM Metrics m JOIN MetricKeys k ON k.Id = m.KeyId
            JOIN Reports r ON r.Id = m.ReportId LEFT JOIN Regions g ON g.Code = r.RegionCode
            WHERE r.ProvinceCode = '640000' AND r.Year >= 2019 AND k.Key IN ('apply.new.total', 'review.total')
            ORDER BY r.Id, k.Key
            """,
            r => new[]
            {
                Api.GraphQL.GlobalId.Encode("Report", r.GetInt64(0)), r.IsDBNull(1) ? string.Empty : r.GetString(1), r.GetString(2), r.GetString(3),
                r.GetInt32(4).ToString(System.Globalization.CultureInfo.InvariantCulture), r.GetString(5),
                r.GetDouble(6).ToString("R", System.Globalization.CultureInfo.InvariantCulture), r.IsDBNull(7) ? string.Empty : r.GetString(7),
            });
        var body = rows.Skip(1).Select(c => new[] { c[0], c[1], c[2], c[5], c[6], c[8], c[10], c[11] }).ToList();
        Assert.True(expected.Count > 10);
        Assert.Equal(expected, body);
        Assert.All(rows.Skip(1), c => Assert.Equal(MetricsCsvEndpoint.Columns.Count, c.Length));
        Assert.Contains(rows.Skip(1), c => c[5].Contains("宁夏", StringComparison.Ordinal) || c[5].EndsWith('县') || c[5].EndsWith('市'));
    }

    [StorageFact]
    public async Task Export_WithoutKeys_ExportsEveryMetricOfTheFilteredReports()
    {
        using var response = await host.Client.GetAsync("/export/metrics.csv?template=pre2019&agencyKind=people_government", TestContext.CancellationToken);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken))[3..]));

        Assert.Equal(
            host.Scalar("SELECT COUNT(*) FROM Metrics m JOIN MetricKeys k ON k.Id = m.KeyId JOIN Reports r ON r.Id = m.ReportId WHERE r.Template = 'pre2019' AND r.AgencyKind = 'people_government'"),
            rows.Count - 1);
        Assert.All(rows.Skip(1), c => Assert.Equal("people_government", c[3]));
    }

    [StorageTheory]
    [InlineData("/export/metrics.csv?keys=no.such.key", "NOT_FOUND")]
    [InlineData("/export/metrics.csv?year=twenty", "BAD_USER_INPUT")]
    [InlineData("/export/metrics.csv?regionCode=6400", "BAD_USER_INPUT")]
    [InlineData("/export/metrics.csv?template=2030", "BAD_USER_INPUT")]
    public async Task Export_WithBadParameters_Is400WithACodedError(string url, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var response = await GraphQLClient.SendAsync(host.Client, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([code], response.ErrorCodes);
    }
}

[Collection(PostgreSqlApiCollection.Name)]
[PostgreSqlTests]
public sealed class CsvExportPostgreSqlTests(PostgreSqlApiHost host) : CsvExportTests(host);
