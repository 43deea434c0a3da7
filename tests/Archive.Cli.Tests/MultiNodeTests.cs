using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Archive.Cli.Infrastructure;
using Archive.Testing;
using Archive.Testing.Databases;
using Npgsql;
using Xunit.Abstractions;

namespace Archive.Cli.Tests;

/// <summary>
/// Issue 26, acceptance 2 and 3 with real processes: a PostgreSQL primary and a streaming standby on loopback, two
/// `archive serve` nodes each with its own index (one reading the standby with --db-read), and two `archive ingest`
/// workers at once on overlapping folders. One node is killed (kill -9) while it follows the feed and restarted.
/// </summary>
[PostgreSqlTests]
[Collection(RealProcessCollection.Name)]
public sealed class MultiNodeTests(ITestOutputHelper output)
{
    /// <summary>
    /// 90 generated reports by default, to keep CI's added time near a minute on 2 cores (120 took 77 s in all) (300 took 60 s of ingest
    /// alone: two workers preparing beside two nodes indexing); the issue's 1,000 with ARCHIVE_MULTINODE_FILES=1000.
    /// </summary>
    private static readonly int Files = int.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_MULTINODE_FILES"), out var n) && n > 0 ? n : 90;

    /// <summary>The acceptance line is 10 s; asserted generously, as the machine is shared (the figure is printed).</summary>
    private static readonly TimeSpan CatchUpBudget = TimeSpan.FromSeconds(45);

    [StorageFact]
    public async Task TwoNodesTwoIngestWorkersAndAStandby_EveryReportStoredOnce_BothNodesAnswerAll_AKilledNodeResumesToTheSameHits()
    {
        var setup = Stopwatch.StartNew();
        var cluster = await PostgresCluster.SharedAsync();
        var primary = await cluster.CreateDatabaseAsync("multinode");
        var database = new NpgsqlConnectionStringBuilder(primary).Database!;
        using var work = new TempDirectory("archive-multinode");
        try
        {
            // The schema first (any command migrates), so the standby starts with it.
            var generated = Path.Combine(work.Path, "generated");
            var generate = await ArchiveProcess.RunAsync("generate", "--count", Files.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "26", "--out", generated);
            Assert.True(generate.ExitCode == ExitCodes.Ok, generate.Error);
            var (first, shared, second) = SplitOverlapping(generated, work.Path);
            output.WriteLine($"cluster and {Files} generated files: {setup.Elapsed.TotalSeconds:F1} s");
            await using var standby = await cluster.StartStandbyAsync();
            output.WriteLine($"standby started: {setup.Elapsed.TotalSeconds:F1} s");
            var readOnly = standby.ConnectionString(database);

            // Node A first: it migrates the new database (nodes started together on an empty one race for that).
            using var nodeA = await ServedArchiveProcess.StartAsync(Path.Combine(work.Path, "node-a"), "--db", primary);
            using var nodeB = await ServedArchiveProcess.StartAsync(Path.Combine(work.Path, "node-b"), "--db", primary, "--db-read", readOnly);
            await WaitReadyAsync(nodeA);
            await WaitReadyAsync(nodeB);
            output.WriteLine($"both nodes ready: {setup.Elapsed.TotalSeconds:F1} s");

            // Two workers at once; both begin with the shared folder, so they race for the same files.
            var clock = Stopwatch.StartNew();
            using var ingest1 = ArchiveProcess.Start("ingest", shared, first, "--db", primary, "--data", Path.Combine(work.Path, "worker-1"));
            using var ingest2 = ArchiveProcess.Start("ingest", shared, second, "--db", primary, "--data", Path.Combine(work.Path, "worker-2"));

            // Node A is killed while it is behind the feed: changes committed that it has not applied (it polls every second).
            var (applied, written) = (0L, 0L);
            while (!ingest1.Process.HasExited || !ingest2.Process.HasExited)
            {
                written = await ScalarAsync(primary, "SELECT coalesce(max(\"Number\"), 0) FROM \"ReportChanges\"");
                applied = (await IndexStatusAsync(nodeA)).GetProperty("appliedChange") is { ValueKind: JsonValueKind.Number } a ? a.GetInt64() : 0;
                if (written > applied)
                {
                    break;
                }

                await Task.Delay(50);
            }

            nodeA.Archive.KillHard();
            output.WriteLine($"node A killed {clock.Elapsed.TotalSeconds:F1} s into the ingest, at applied change {applied} of {written} written");
            Assert.True(written > applied, $"node A was never seen behind the feed ({applied} of {written})");

            Assert.True(await ingest1.ExitCodeAsync(TimeSpan.FromMinutes(4)) == ExitCodes.Ok, ingest1.Output);
            Assert.True(await ingest2.ExitCodeAsync(TimeSpan.FromMinutes(4)) == ExitCodes.Ok, ingest2.Output);
            var ingestEnd = clock.Elapsed;
            output.WriteLine($"both ingests done at {ingestEnd.TotalSeconds:F1} s");
            output.WriteLine($"worker 1: {Summary(ingest1.Output)}; worker 2: {Summary(ingest2.Output)}");
            var added = Added(ingest1.Output) + Added(ingest2.Output);
            Assert.Equal(Files, added);
            Assert.Contains("failed 0", ingest1.Output, StringComparison.Ordinal);
            Assert.Contains("failed 0", ingest2.Output, StringComparison.Ordinal);
            Assert.Equal(Files, await ScalarAsync(primary, "SELECT count(*) FROM \"Reports\""));
            Assert.Equal(Files, await ScalarAsync(primary, "SELECT count(DISTINCT \"SourcePath\") FROM \"Reports\""));

            // Node B (reading the standby) answers all of them shortly after the ingest's end.
            var bAt = await WaitForAllAsync(nodeB, clock);
            output.WriteLine($"node B (standby) answers all {Files}: {(bAt - ingestEnd).TotalSeconds:F1} s after the ingest's end");
            Assert.True(bAt - ingestEnd < CatchUpBudget, $"node B took {(bAt - ingestEnd).TotalSeconds:F1} s");

            // Node A restarts on its index and resumes from the position in its last commit.
            var restart = Stopwatch.StartNew();
            using var restarted = await ServedArchiveProcess.StartAsync(Path.Combine(work.Path, "node-a"), "--db", primary);
            await WaitForAllAsync(restarted, clock);
            output.WriteLine($"node A restarted and answers all {Files} after {restart.Elapsed.TotalSeconds:F1} s");

            var hitsA = await AllHitIdsAsync(restarted);
            var hitsB = await AllHitIdsAsync(nodeB);
            Assert.Equal(Files, hitsA.Count);
            Assert.Equal(hitsA.Count, hitsA.Distinct().Count());
            Assert.Equal(hitsB.Order(StringComparer.Ordinal), hitsA.Order(StringComparer.Ordinal));
            var final = await IndexStatusAsync(restarted);
            var xids = await ScalarTextAsync(primary, "SELECT string_agg(x || ':' || n, ' ') FROM (SELECT \"Xid\"::text AS x, count(*) AS n, min(\"Number\") AS lo FROM \"ReportChanges\" GROUP BY \"Xid\" ORDER BY lo) t");
            output.WriteLine($"node A: {final}; changes by transaction (xid:count): {xids}");
            output.WriteLine($"snapshot {await ScalarTextAsync(primary, "SELECT pg_current_snapshot()::text")}");
            using (var dir = Lucene.Net.Store.FSDirectory.Open(Archive.Search.Indexing.IndexGenerations.Current(Path.Combine(work.Path, "node-a", "index"))!))
            {
                output.WriteLine("commit: " + string.Join(", ", Lucene.Net.Index.DirectoryReader.ListCommits(dir)[^1].UserData.Select(kv => kv.Key + "=" + kv.Value)));
            }

            Assert.True(final.GetProperty("lagChanges").GetInt64() == 0, $"{final} {xids}");
        }
        finally
        {
            await cluster.DropDatabaseAsync(primary);
        }
    }

    /// <summary>Moves the generated files into three folders; the middle one is ingested by both workers.</summary>
    private static (string First, string Shared, string Second) SplitOverlapping(string generated, string root)
    {
        var files = Directory.GetFiles(generated, "*.txt").Order(StringComparer.Ordinal).ToList();
        var folders = new[] { "first", "shared", "second" }.Select(f => Path.Combine(root, f)).ToArray();
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
        }

        for (var i = 0; i < files.Count; i++)
        {
            var folder = folders[Math.Min(2, i * 3 / files.Count)];
            File.Move(files[i], Path.Combine(folder, Path.GetFileName(files[i])));
        }

        return (folders[0], folders[1], folders[2]);
    }

    private static async Task WaitReadyAsync(ServedArchiveProcess node)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await node.Http.GetAsync("/health/ready");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(200);
        }

        Assert.Fail($"node not ready within 90 s:\n{node.Archive.Output}");
    }

    /// <returns>The time on <paramref name="clock"/> when the node first answered all reports.</returns>
    private static async Task<TimeSpan> WaitForAllAsync(ServedArchiveProcess node, Stopwatch clock)
    {
        var deadline = clock.Elapsed + TimeSpan.FromMinutes(3);
        (long Reports, long Hits) last = default;
        while (clock.Elapsed < deadline)
        {
            var (_, body) = await node.GraphQLAsync("{ reports { totalCount } search(query: \"信息公开\", first: 1) { totalCount } }");
            var data = body.GetProperty("data");
            last = (data.GetProperty("reports").GetProperty("totalCount").GetInt64(), data.GetProperty("search").GetProperty("totalCount").GetInt64());
            if (last == (Files, Files))
            {
                return clock.Elapsed;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"node answered {last} of {Files} within 3 min:\n{node.Archive.Output}");
        return default;
    }

    private static async Task<JsonElement> IndexStatusAsync(ServedArchiveProcess node)
    {
        var (_, body) = await node.GraphQLAsync("{ index { ready appliedChange lagChanges lagSeconds } }");
        return body.GetProperty("data").GetProperty("index");
    }

    private static async Task<List<string>> AllHitIdsAsync(ServedArchiveProcess node)
    {
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var (_, body) = await node.GraphQLAsync(
                "query($after: String) { search(query: \"信息公开\", first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                new { after });
            var search = body.GetProperty("data").GetProperty("search");
            ids.AddRange(search.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var page = search.GetProperty("pageInfo");
            if (!page.GetProperty("hasNextPage").GetBoolean())
            {
                return ids;
            }

            after = page.GetProperty("endCursor").GetString();
        }
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string?> ScalarTextAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    private static string Summary(string processOutput) =>
        processOutput.Split('\n').LastOrDefault(l => l.StartsWith("added ", StringComparison.Ordinal)) ?? "(no summary)";

    private static int Added(string processOutput) =>
        int.Parse(Summary(processOutput).Split(',')[0]["added ".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
