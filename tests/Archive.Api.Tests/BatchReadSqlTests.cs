using Archive.Api.Tests.Infrastructure;
using Archive.Application.Querying;
using Archive.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// The per-request batch reads (compiled queries) send their ids as one JSON-array parameter: one SQL text for every
/// batch size, so neither EF nor SQLite sees a new statement per count of ids.
/// </summary>
[Collection(ApiCollection.Name)]
/// <remarks>Not sealed: <see cref="BatchReadSqlPostgreSqlTests"/> runs the same tests on PostgreSQL.</remarks>
public class BatchReadSqlTests(ApiHost host, Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Reads => ["reports", "ingestedAt", "texts", "agencies", "metrics", "metricsWithKeys", "flags"];

    [StorageTheory]
    [MemberData(nameof(Reads))]
    public async Task BatchRead_OfOneOrManyIds_SendsTheSameSqlWithOneJsonArrayParameter(string read)
    {
        var ids = host.Query("SELECT Id FROM Reports ORDER BY Id LIMIT 23", r => r.GetInt64(0));
        var agencyIds = host.Query("SELECT Id FROM Agencies ORDER BY Id LIMIT 23", r => r.GetInt64(0));
        Assert.Equal(23, ids.Count);

        var one = await SqlOfAsync(read, ids[..1], agencyIds[..1]);
        var many = await SqlOfAsync(read, ids, agencyIds);

        output.WriteLine(many);
        Assert.Equal(one, many);
        // One collection parameter: a JSON array on SQLite (json_each), an array on PostgreSQL (= ANY).
        Assert.Contains(host.Provider == TestProvider.Sqlite ? "json_each" : "= ANY (@", many, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task ReportsByIds_ForAPage_ReturnsEachStoredReport()
    {
        var expected = host.Query("SELECT Id, Title, FileName, Year FROM Reports ORDER BY Id DESC LIMIT 12", r => (Id: r.GetInt64(0), Title: r.IsDBNull(1) ? null : r.GetString(1), FileName: r.GetString(2), Year: r.IsDBNull(3) ? (int?)null : r.GetInt32(3)));
        var reader = host.Services.GetRequiredService<ReportReader>();

        var views = await reader.GetByIdsAsync([.. expected.Select(e => e.Id), -1], TestContext.CancellationToken);

        Assert.Equal(expected.Count, views.Count);
        foreach (var row in expected)
        {
            var view = views[row.Id];
            Assert.Equal((row.Title, row.FileName, row.Year), (view.Title, view.FileName, view.Year));
        }
    }

    private async Task<string> SqlOfAsync(string read, List<long> reportIds, List<long> agencyIds)
    {
        var reports = host.Services.GetRequiredService<ReportReader>();
        var metrics = host.Services.GetRequiredService<MetricReader>();
        var agencies = host.Services.GetRequiredService<AgencyReader>();
        var ct = TestContext.CancellationToken;
        host.SqlCommands.Reset();
        switch (read)
        {
            case "reports":
                Assert.Equal(reportIds.Count, (await reports.GetByIdsAsync(reportIds, ct)).Count);
                break;
            case "ingestedAt":
                Assert.Equal(reportIds.Count, (await reports.GetIngestedAtAsync(reportIds, ct)).Count);
                break;
            case "texts":
                Assert.Equal(reportIds.Count, (await reports.GetTextsAsync(reportIds, ct)).Count);
                break;
            case "agencies":
                Assert.Equal(agencyIds.Count, (await agencies.GetByIdsAsync(agencyIds, ct)).Count);
                break;
            case "metrics":
                await metrics.GetMetricsAsync(reportIds, keys: null, ct);
                break;
            case "metricsWithKeys":
                await metrics.GetMetricsAsync(reportIds, ["a.b", "c.d"], ct);
                break;
            default:
                await metrics.GetFlagsAsync(reportIds, ct);
                break;
        }

        return Assert.Single(host.SqlCommands.Texts);
    }
}

[Collection(PostgreSqlApiCollection.Name)]
[PostgreSqlTests]
public sealed class BatchReadSqlPostgreSqlTests(PostgreSqlApiHost host, Xunit.Abstractions.ITestOutputHelper output) : BatchReadSqlTests(host, output);
