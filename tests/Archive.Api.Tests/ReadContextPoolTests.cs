using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Application.Querying;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// The batch reads behind every request (a search page's reports, their regions) reuse open connections, and still
/// see what other connections commit.
/// </summary>
public sealed class ReadContextPoolTests(ReadContextPoolTests.PoolHost host) : IClassFixture<ReadContextPoolTests.PoolHost>
{
    public sealed class PoolHost : ApiHost
    {
        public ConnectionOpenCounter ConnectionOpens { get; } = new();

        // On the Lucene index, so the search itself reads nothing from SQLite.
        protected override bool IndexTestArchiveData => false;

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<Archive.Storage.IAdditionalDbInterceptor>(ConnectionOpens);
    }

    private const string Search = """
        { search(query: "\"依申请公开\"", first: 10) { edges { node { id fileName title region { code name parent { name } } } } } }
        """;

    [Fact]
    public async Task Searches_OneAfterAnother_ReuseOpenConnectionsAndGiveEachReportItsRegion()
    {
        host.ConnectionOpens.Reset();
        for (var i = 0; i < 5; i++)
        {
            AssertRegionsMatchTheDatabase(await SearchAsync());
        }

        // Reports, then regions: sequential reads of one request, so one pooled connection serves all five requests.
        Assert.InRange(host.ConnectionOpens.Count, 0, 1);
    }

    [Fact]
    public async Task PooledRead_AfterAnotherConnectionCommits_SeesTheNewData()
    {
        var node = (await SearchAsync())[0];
        var id = node.GetProperty("id").GetString();
        var fileName = node.GetProperty("fileName").GetString()!;
        var title = node.GetProperty("title").GetString();
        const string changed = "改过的标题（测试）";

        SetTitle(fileName, changed);
        try
        {
            var reread = (await host.Client.PostAsync("query ($id: ID!) { report(id: $id) { title } }", new { id })).Ok();
            var searched = (await SearchAsync()).Single(n => n.GetProperty("fileName").GetString() == fileName);

            Assert.Equal(changed, reread.GetProperty("report").GetProperty("title").GetString());
            Assert.Equal(changed, searched.GetProperty("title").GetString());
        }
        finally
        {
            SetTitle(fileName, title);
        }
    }

    [Fact]
    public async Task Pool_AfterAFailedRead_DoesNotReuseThatContext()
    {
        var pool = host.Services.GetRequiredService<ReadContextPool>();
        var failed = default(Archive.Storage.ArchiveDbContext);
        await Assert.ThrowsAsync<InvalidOperationException>(() => pool.ReadAsync<int>((db, _) =>
        {
            failed = db;
            throw new InvalidOperationException("a failing read");
        }, TestContext.CancellationToken));

        var next = await pool.ReadAsync((db, _) => Task.FromResult(db), TestContext.CancellationToken);

        Assert.NotNull(failed);
        Assert.NotSame(failed, next);
    }

    private async Task<List<JsonElement>> SearchAsync()
    {
        var data = (await host.Client.PostAsync(Search)).Ok();
        return [.. data.GetProperty("search").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))];
    }

    private void SetTitle(string fileName, string? title)
    {
        using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE Reports SET Title = $t WHERE FileName = $f";
        command.Parameters.AddWithValue("$t", (object?)title ?? DBNull.Value);
        command.Parameters.AddWithValue("$f", fileName);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private void AssertRegionsMatchTheDatabase(List<JsonElement> nodes)
    {
        Assert.NotEmpty(nodes);
        Assert.Contains(nodes, n => n.GetProperty("region").ValueKind == JsonValueKind.Object);
        foreach (var node in nodes)
        {
            var expected = host.Query(
                "SELECT g.Code, g.Name, p.Name FROM Reports r JOIN Regions g ON g.Code = r.RegionCode LEFT JOIN Regions p ON p.Code = g.ParentCode WHERE r.FileName = $f",
                r => (Code: r.GetString(0), Name: r.GetString(1), Parent: r.IsDBNull(2) ? null : r.GetString(2)),
                ("$f", node.GetProperty("fileName").GetString())).SingleOrDefault();
            var region = node.GetProperty("region");
            if (expected.Code is null)
            {
                Assert.Equal(JsonValueKind.Null, region.ValueKind);
                continue;
            }

            Assert.Equal(expected.Code, region.GetProperty("code").GetString());
            Assert.Equal(expected.Name, region.GetProperty("name").GetString());
            Assert.Equal(expected.Parent, region.GetProperty("parent").ValueKind == JsonValueKind.Null ? null : region.GetProperty("parent").GetProperty("name").GetString());
        }
    }
}
