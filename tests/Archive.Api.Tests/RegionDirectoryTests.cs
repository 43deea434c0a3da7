using System.Data.Common;
using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Application.Querying;
using Archive.Core.Vocabulary;
using Archive.Storage;
using Archive.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>Regions are read from the database once and then served from memory, equal to what the table holds.</summary>
[Collection(ApiCollection.Name)]
/// <remarks>Not sealed: <see cref="RegionDirectoryPostgreSqlTests"/> runs the same tests on PostgreSQL.</remarks>
public class RegionDirectoryTests(ApiHost host)
{
    private const string RegionFields = """
        query ($code: String!) {
          region(code: $code) { code name level parent { code name } path { code name level } fullName }
          ningxia: regions(parent: "640000") { code name parent { code } }
          provinces: regions { code name }
          counties: regions(level: COUNTY) { code path { code } }
        }
        """;

    [StorageFact]
    public async Task RegionFields_OnceLoaded_CostNoSqlCommands()
    {
        (await host.Client.PostAsync(RegionFields, new { code = "640221" })).Ok();

        host.SqlCommands.Reset();
        var data = (await host.Client.PostAsync(RegionFields, new { code = "370826" })).Ok();

        Assert.Equal("微山县", data.GetProperty("region").GetProperty("name").GetString());
        Assert.NotEmpty(data.GetProperty("counties").EnumerateArray());
        Assert.Equal(0, host.SqlCommands.Count);
    }

    [StorageFact]
    public async Task ReportsPage_AskingForRegionsWithAncestors_CostsNoMoreSqlThanWithoutThem()
    {
        const string withRegions = "{ reports(first: 50) { edges { node { title region { name parent { name } path { code } fullName } agency { region { name } } } } } }";
        const string withoutRegions = "{ reports(first: 50) { edges { node { title agency { name } } } } }";
        (await host.Client.PostAsync(withRegions)).Ok();

        host.SqlCommands.Reset();
        var data = (await host.Client.PostAsync(withRegions)).Ok();
        var commandsWithRegions = host.SqlCommands.Count;
        host.SqlCommands.Reset();
        (await host.Client.PostAsync(withoutRegions)).Ok();
        var commandsWithoutRegions = host.SqlCommands.Count;

        Assert.Contains(data.GetProperty("reports").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("region").ValueKind == JsonValueKind.Object);
        Assert.Equal(commandsWithoutRegions, commandsWithRegions);
    }

    [StorageFact]
    public async Task Directory_EveryRegion_EqualsTheTableWithItsPathFromTheProvinceDown()
    {
        var rows = host.Query("SELECT Code, Name, Level, ParentCode FROM Regions", r => (Code: r.GetString(0), Name: r.GetString(1), Level: r.GetString(2), Parent: r.IsDBNull(3) ? null : r.GetString(3)))
            .ToDictionary(r => r.Code, StringComparer.Ordinal);
        var directory = host.Services.GetRequiredService<RegionDirectory>();

        var all = await directory.GetAllAsync(TestContext.CancellationToken);

        Assert.Equal(rows.Keys.Order(StringComparer.Ordinal), all.Select(r => r.Code));
        foreach (var view in all)
        {
            var row = rows[view.Code];
            Assert.Equal((row.Name, row.Level, row.Parent), (view.Name, view.Level.StableId(), view.ParentCode));
            Assert.Equal(row.Parent, view.Parent?.Code);
            Assert.Equal(PathOf(row.Code, rows), view.Path.Select(r => r.Code));
            Assert.Equal(view.Path.Select(r => rows[r.Code].Name), view.Path.Select(r => r.Name));
        }
    }

    [StorageFact]
    public async Task Region_ForACounty_IsServedWithItsPrefectureAndProvinceAsStored()
    {
        var data = (await host.Client.PostAsync(RegionFields, new { code = "640221" })).Ok();
        var expected = host.Query(
            """
            SELECT c.Name, c.Level, p.Code, p.Name, p.Level, g.Code, g.Name, g.Level
            FROM Regions c JOIN Regions p ON p.Code = c.ParentCode JOIN Regions g ON g.Code = p.ParentCode WHERE c.Code = '640221'
            """,
            r => Enumerable.Range(0, 8).Select(r.GetString).ToArray()).Single();
        var region = data.GetProperty("region");
        var path = region.GetProperty("path").EnumerateArray()
            .Select(p => (p.GetProperty("code").GetString(), p.GetProperty("name").GetString(), p.GetProperty("level").GetString())).ToList();

        Assert.Equal(expected[0], region.GetProperty("name").GetString());
        Assert.Equal(expected[2], region.GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal(expected[3], region.GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal(
            [(expected[5], expected[6], expected[7].ToUpperInvariant()), (expected[2], expected[3], expected[4].ToUpperInvariant()), ("640221", expected[0], expected[1].ToUpperInvariant())],
            path);
        Assert.Equal(expected[6] + expected[3] + expected[0], region.GetProperty("fullName").GetString());
    }

    [StorageFact]
    public async Task Directory_AfterACancelledLoad_LoadsOnTheNextCall()
    {
        using var cancel = new CancellationTokenSource();
        var firstRead = new OnFirstRead(cancel.Cancel);
        using var pool = PoolWith(firstRead);
        var directory = new RegionDirectory(pool);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await directory.GetByCodeAsync(cancel.Token));
        var regions = await directory.GetByCodeAsync(TestContext.CancellationToken);

        Assert.Equal(2, firstRead.Reads);
        Assert.Equal(host.Scalar("SELECT COUNT(*) FROM Regions"), regions.Count);
        Assert.Equal("石嘴山市", regions["640221"].Parent?.Name);
    }

    [StorageFact]
    public async Task Directory_AfterAFailedLoad_LoadsOnTheNextCallAndThenNoMore()
    {
        var firstRead = new OnFirstRead(() => throw new InvalidOperationException("database unavailable"));
        using var pool = PoolWith(firstRead);
        var directory = new RegionDirectory(pool);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await directory.GetAllAsync(TestContext.CancellationToken));
        var first = await directory.GetAllAsync(TestContext.CancellationToken);
        var again = await directory.GetAllAsync(TestContext.CancellationToken);

        Assert.Equal(2, firstRead.Reads);
        Assert.Same(first, again);
        Assert.Equal(host.Scalar("SELECT COUNT(*) FROM Regions"), first.Count);
    }

    /// <summary>A pool of its own over the host's database, whose contexts also run <paramref name="interceptor"/>.</summary>
    private ReadContextPool PoolWith(IInterceptor interceptor) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>(host.Services.GetRequiredService<DbContextOptions<ArchiveDbContext>>())
            .AddInterceptors(interceptor).Options);

    private static List<string> PathOf(string code, Dictionary<string, (string Code, string Name, string Level, string? Parent)> rows)
    {
        var path = new List<string>();
        for (string? at = code; at is not null && rows.TryGetValue(at, out var row); at = row.Parent)
        {
            path.Insert(0, at);
        }

        return path;
    }

    /// <summary>Counts reads and runs <paramref name="first"/> as the first one starts (to cancel or fail the load in flight).</summary>
    private sealed class OnFirstRead(Action first) : DbCommandInterceptor
    {
        public int Reads { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (++Reads == 1)
            {
                first();
            }

            return ValueTask.FromResult(result);
        }
    }
}

[Collection(PostgreSqlApiCollection.Name)]
[PostgreSqlTests]
public sealed class RegionDirectoryPostgreSqlTests(PostgreSqlApiHost host) : RegionDirectoryTests(host);
