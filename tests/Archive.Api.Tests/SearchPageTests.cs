using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// A search page reads its reports and, when the response shows them, their regions over one database connection
/// (on the Lucene index, so the search itself needs none).
/// </summary>
public sealed class SearchPageTests(SearchPageTests.SearchPageHost host) : IClassFixture<SearchPageTests.SearchPageHost>
{
    public sealed class SearchPageHost : ApiHost
    {
        public ConnectionOpenCounter ConnectionOpens { get; } = new();

        protected override bool SearchWithSql => false;

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<Archive.Storage.IAdditionalDbInterceptor>(ConnectionOpens);
    }

    private const string Phrase = "\\\"依申请公开\\\"";

    [Fact]
    public async Task SearchPage_WithRegions_OpensOneConnectionAndGivesEachReportItsRegion()
    {
        const string query = "{ search(query: \"" + Phrase + "\", first: 10) { edges { node { fileName region { code name fullName parent { name } } } } } }";

        var (nodes, opens, _) = await SearchCountingAsync(query);

        Assert.Equal(1, opens);
        AssertRegionsMatchTheDatabase(nodes);
    }

    [Fact]
    public async Task SearchPage_WithRegionsInANamedFragment_StillReadsThemAhead()
    {
        const string query = "{ search(query: \"" + Phrase + "\", first: 10) { edges { ...Hit } } } "
            + "fragment Hit on SearchEdge { node { ... on Report { fileName region { code name fullName parent { name } } } } }";

        var (nodes, opens, _) = await SearchCountingAsync(query);

        Assert.Equal(1, opens);
        AssertRegionsMatchTheDatabase(nodes);
    }

    [Fact]
    public async Task SearchPage_WithoutRegions_ReadsOnlyTheReports()
    {
        const string query = "{ search(query: \"" + Phrase + "\", first: 10) { edges { node { fileName title } } } }";

        var (nodes, opens, commands) = await SearchCountingAsync(query);

        Assert.NotEmpty(nodes);
        Assert.Equal(1, opens);
        Assert.Equal(1, commands);
    }

    private async Task<(List<JsonElement> Nodes, int Opens, int Commands)> SearchCountingAsync(string query)
    {
        host.ConnectionOpens.Reset();
        host.SqlCommands.Reset();
        var data = (await host.Client.PostAsync(query)).Ok();
        var opens = host.ConnectionOpens.Count;
        var commands = host.SqlCommands.Count;
        return ([.. data.GetProperty("search").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))], opens, commands);
    }

    private void AssertRegionsMatchTheDatabase(List<JsonElement> nodes)
    {
        Assert.NotEmpty(nodes);
        Assert.Contains(nodes, n => n.GetProperty("region").ValueKind == JsonValueKind.Object);
        foreach (var node in nodes)
        {
            var fileName = node.GetProperty("fileName").GetString()!;
            var expected = host.Query(
                "SELECT g.Code, g.Name, p.Name FROM Reports r JOIN Regions g ON g.Code = r.RegionCode LEFT JOIN Regions p ON p.Code = g.ParentCode WHERE r.FileName = $f",
                r => (Code: r.GetString(0), Name: r.GetString(1), Parent: r.IsDBNull(2) ? null : r.GetString(2)),
                ("$f", fileName)).SingleOrDefault();
            var region = node.GetProperty("region");
            if (expected.Code is null)
            {
                Assert.Equal(JsonValueKind.Null, region.ValueKind);
                continue;
            }

            Assert.Equal(expected.Code, region.GetProperty("code").GetString());
            Assert.Equal(expected.Name, region.GetProperty("name").GetString());
            Assert.EndsWith(expected.Name, region.GetProperty("fullName").GetString(), StringComparison.Ordinal);
            Assert.Equal(expected.Parent, region.GetProperty("parent").ValueKind == JsonValueKind.Null ? null : region.GetProperty("parent").GetProperty("name").GetString());
        }
    }
}
