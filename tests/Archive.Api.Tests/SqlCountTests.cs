using Archive.Api.Tests.Infrastructure;
using Archive.Testing.Databases;

namespace Archive.Api.Tests;

[Collection(ApiCollection.Name)]
/// <remarks>Not sealed: <see cref="SqlCountPostgreSqlTests"/> runs the same tests on PostgreSQL.</remarks>
public class SqlCountTests(ApiHost host, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Page = """
        query ($first: Int!) { reports(first: $first, orderBy: INGESTED_ASC) {
          totalCount
          edges { cursor node {
            id title year template ingestedAt
            agency { name kind region { name parent { name } } }
            region { code name level fullName parent { name } path { code } }
            metrics { key label value unit source { start end text } }
            flags { kind }
          } }
        } }
        """;

    [StorageFact]
    public async Task ReportsPage_WithRegionAgencyMetricsAndFlags_CostsTheSameFewSqlCommandsFor10Or100Reports()
    {
        // Regions load once per process (RegionDirectory), not per request: load them before counting.
        await CountCommandsAsync(1);
        var small = await CountCommandsAsync(10);
        var large = await CountCommandsAsync(100);

        // count + page + ingestedAt + metrics + flags, regions from memory: a constant, not 1 + N per field.
        output.WriteLine($"SQL commands: {small} for 10 reports, {large} for 100 reports:");
        output.WriteLine(string.Join("\n\n", host.SqlCommands.Texts));
        Assert.InRange(large, 1, 8);
        Assert.Equal(small, large);
    }

    [StorageFact]
    public async Task SearchPage_WithTheSameFields_CostsAConstantNumberOfSqlCommands()
    {
        const string search = """
            query ($first: Int!) { search(query: "政府信息公开", first: $first, facets: [YEAR]) {
              totalCount facets { values { value } }
              edges { node { title region { fullName } agency { name } metrics { label value } flags { kind } } }
            } }
            """;

        // Regions load once per process (RegionDirectory), not per request: load them before counting.
        (await host.Client.PostAsync(search, new { first = 1 })).Ok();
        host.SqlCommands.Reset();
        (await host.Client.PostAsync(search, new { first = 10 })).Ok();
        var small = host.SqlCommands.Count;
        host.SqlCommands.Reset();
        var data = (await host.Client.PostAsync(search, new { first = 100 })).Ok();
        var large = host.SqlCommands.Count;

        Assert.Equal(100, data.GetProperty("search").GetProperty("edges").GetArrayLength());
        Assert.InRange(large, 1, 10);
        Assert.Equal(small, large);
    }

    private async Task<int> CountCommandsAsync(int first)
    {
        host.SqlCommands.Reset();
        var data = (await host.Client.PostAsync(Page, new { first })).Ok();
        Assert.Equal(first, data.GetProperty("reports").GetProperty("edges").GetArrayLength());
        Assert.Contains(data.GetProperty("reports").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("metrics").GetArrayLength() > 0);
        return host.SqlCommands.Count;
    }
}

[Collection(PostgreSqlApiCollection.Name)]
[PostgreSqlTests]
public sealed class SqlCountPostgreSqlTests(PostgreSqlApiHost host, Xunit.Abstractions.ITestOutputHelper output) : SqlCountTests(host, output);
