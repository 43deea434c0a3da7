using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Archive.Cli.Infrastructure;
using Archive.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Archive.Cli.Tests;

/// <summary>
/// Issue 21: `archive search` takes the filters of the API's `search` and goes through the same search service, so
/// the same question gives the same ids in the same order on both surfaces.
/// </summary>
public sealed class SearchParityTests
{
    public static TheoryData<string, string[], string> Cases => new()
    {
        { "依申请公开", [], "{}" },
        { "行政复议", ["--region", "640000", "--year-from", "2019"], "{ regionCode: \"640000\", yearFrom: 2019 }" },
        { "\"不予公开\"", ["--template", "V2021"], "{ template: V2021 }" },
        { "政府信息公开", ["--has-flags", "true"], "{ hasFlags: true }" },
        { "政府信息公开", ["--flag-kind", "identity_violation"], "{ flagKind: \"identity_violation\" }" },
        { "公开", ["--agency-kind", "people_government", "--year", "2020"], "{ agencyKind: \"people_government\", year: 2020 }" },
    };

    [Fact]
    public async Task CliSearch_AndGraphQLSearch_GiveTheSameIdsInTheSameOrder_ForEveryFilter()
    {
        using var data = new TempDirectory();
        var dataDir = await InProcessArchive.BuildAsync(data, 150, 21);
        await using var app = await InProcessArchive.ServeAsync(dataDir);
        using var http = app.GetTestClient();

        var nonEmpty = 0;
        foreach (var row in Cases)
        {
            var (query, options, filter) = ((string)row[0], (string[])row[1], (string)row[2]);
            foreach (var (sort, order) in new[] { ("relevance", "RELEVANCE"), ("year-asc", "YEAR_ASC") })
            {
                using var response = await http.PostAsJsonAsync("/graphql", new
                {
                    query = $"query ($q: String!) {{ search(query: $q, first: 50, orderBy: {order}, filter: {filter}) {{ totalCount edges {{ node {{ id }} }} }} }}",
                    variables = new { q = query },
                });
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                Assert.True(body["errors"] is null, body.ToJsonString());
                var api = body["data"]!["search"]!;
                var apiIds = api["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();

                var cli = await CliRunner.RunAsync(["search", query, "--json", "--first", "50", "--sort", sort, "--data", dataDir, .. options]);
                Assert.True(cli.ExitCode == ExitCodes.Ok, cli.Error);
                var json = JsonNode.Parse(cli.Output)!;
                var cliIds = json["hits"]!.AsArray().Select(h => (string)h!["id"]!).ToList();

                Assert.Equal((int)api["totalCount"]!, (int)json["totalCount"]!);
                Assert.Equal(apiIds, cliIds);
                nonEmpty += apiIds.Count > 0 ? 1 : 0;
            }
        }

        // Every case but a rare one finds something, so the comparison is not of empty lists.
        Assert.True(nonEmpty >= 10, $"only {nonEmpty} of 12 searches found anything");
    }

    [Fact]
    public async Task CliSearch_BadFilter_IsAUsageErrorWithTheApisMessage()
    {
        using var data = new TempDirectory();
        var run = await CliRunner.RunAsync("search", "公开", "--region", "64", "--data", data.Path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("regionCode", run.Error, StringComparison.Ordinal);
    }
}
