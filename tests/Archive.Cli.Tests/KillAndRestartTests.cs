using System.Diagnostics;
using Archive.Cli.Infrastructure;
using Archive.Testing;
using Xunit.Abstractions;

namespace Archive.Cli.Tests;

/// <summary>
/// Issue 20: kill -9 of the server mid-upload, of an ingest and of a reindex, then a plain `archive serve`:
/// every stored report is searchable within 10 s. Before, reports stored but not indexed when a process died
/// stayed unsearchable until the same files were ingested again. And SIGTERM ends a busy server within 5 s.
/// </summary>
[Collection(RealProcessCollection.Name)]
public sealed class KillAndRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KillNineOfServerIngestAndReindex_ThenServe_EveryStoredReportSearchableWithin10s()
    {
        using var data = new TempDirectory("archive-kill");
        using var input = new TempDirectory("archive-kill-in");
        var seeds = TestPaths.SeedFiles.Select(File.ReadAllText).ToArray();
        for (var i = 0; i < 300; i++)
        {
            await File.WriteAllTextAsync(input.File($"r{i:D4}.txt"), seeds[i % seeds.Length] + $"\n（编号 {i}）\n");
        }

        // 1. Ingest killed once it has stored some reports (its first index batch comes at 256).
        using (var ingest = ArchiveProcess.Start("ingest", input.Path, "--data", data.Path))
        {
            await WaitForAsync(async () => await ArchiveDatabase.TryScalarAsync(data.Path, "SELECT COUNT(*) FROM Reports") >= 60, ingest, "ingest stored nothing");
            ingest.KillHard();
        }

        var afterIngestKill = await ArchiveDatabase.ScalarAsync(data.Path, "SELECT COUNT(*) FROM Reports");
        output.WriteLine($"ingest killed with {afterIngestKill} stored, {await ArchiveDatabase.ScalarAsync(data.Path, "SELECT COUNT(*) FROM Reports WHERE Indexed = 0")} unindexed");

        // 2. Reindex killed mid-rebuild.
        var indexRoot = Path.Combine(data.Path, "index");
        int Generations() => Directory.Exists(indexRoot) ? Directory.GetDirectories(indexRoot, "gen-*").Length : 0;
        var generationsBefore = Generations();
        using (var reindex = ArchiveProcess.Start("reindex", "--data", data.Path))
        {
            await WaitForAsync(() => Task.FromResult(Generations() > generationsBefore), reindex, "reindex made no generation");
            await Task.Delay(300);
            Assert.False(reindex.Process.HasExited, "the rebuild ended before it could be killed");
            reindex.KillHard();
        }

        // 3. Server killed while uploads are in flight.
        using (var server = await ServedArchiveProcess.StartAsync(data.Path))
        {
            using var stop = new CancellationTokenSource();
            var uploads = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        await server.GraphQLAsync(
                            "mutation($f: String!, $t: String!) { ingestReport(fileName: $f, text: $t) { status } }",
                            new { f = $"k{w}-{i}.txt", t = seeds[(w + i) % seeds.Length] + $"\n（编号 上传 {w}-{i}）\n" },
                            stop.Token);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
                    {
                        return;
                    }
                }
            })).ToList();
            await WaitForAsync(async () => await ArchiveDatabase.ScalarAsync(data.Path, "SELECT COUNT(*) FROM Reports WHERE SourcePath LIKE 'api/%'") >= 8, server.Archive, "no upload stored");
            server.Archive.KillHard();
            await stop.CancelAsync();
            await Task.WhenAll(uploads);
        }

        var stored = await ArchiveDatabase.ScalarAsync(data.Path, "SELECT COUNT(*) FROM Reports");
        output.WriteLine($"stored before restart: {stored}, unindexed {await ArchiveDatabase.ScalarAsync(data.Path, "SELECT COUNT(*) FROM Reports WHERE Indexed = 0")}");

        var started = Stopwatch.StartNew();
        using var restarted = await ServedArchiveProcess.StartAsync(data.Path);
        output.WriteLine($"restarted server answered /health after {started.Elapsed.TotalSeconds:F1} s");
        var clock = Stopwatch.StartNew();
        long found = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(10) && (found = await restarted.SearchCountAsync("编号")) != stored)
        {
            await Task.Delay(200);
        }

        output.WriteLine($"searchable {found} of {stored} after {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(stored == found, $"searchable {found} of {stored} after {clock.Elapsed.TotalSeconds:F1} s:\n{restarted.Archive.Output}");
    }

    [Fact]
    public async Task Sigterm_StopsAServerWithRequestsRunning_Within5s()
    {
        using var data = new TempDirectory("archive-term");
        using (var ingest = ArchiveProcess.Start("ingest", TestPaths.SeedsDir, "--data", data.Path))
        {
            Assert.True(await ingest.ExitCodeAsync(TimeSpan.FromMinutes(3)) == ExitCodes.Ok, ingest.Output);
        }

        using var server = await ServedArchiveProcess.StartAsync(data.Path);
        var seeds = TestPaths.SeedFiles.Select(File.ReadAllText).ToArray();
        using var stop = new CancellationTokenSource();
        var busy = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    // Uploads (extraction, SQLite, indexing) and searches, all running when the signal comes.
                    await (w % 2 == 0
                        ? server.GraphQLAsync("mutation($f: String!, $t: String!) { ingestReport(fileName: $f, text: $t) { status } }", new { f = $"t{w}-{i}.txt", t = seeds[i % seeds.Length] + $"\n（{w}-{i}）\n" }, stop.Token)
                        : server.GraphQLAsync("{ search(query: \"政府信息公开\", first: 20) { totalCount edges { snippets { html } } } }", null, stop.Token));
                }
                catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException or System.Text.Json.JsonException)
                {
                    return;
                }
            }
        })).ToList();

        await Task.Delay(1500);
        var clock = Stopwatch.StartNew();
        server.Archive.Terminate();
        var exited = await Task.WhenAny(server.Archive.Process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(5))) is var done && server.Archive.Process.HasExited;
        output.WriteLine($"exited {exited} after {clock.Elapsed.TotalSeconds:F1} s");
        await stop.CancelAsync();
        await Task.WhenAll(busy);
        Assert.True(exited, $"archive serve still running 5 s after SIGTERM:\n{server.Archive.Output}");
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, ArchiveProcess process, string failure)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.Process.HasExited, $"{failure}: the process ended first\n{process.Output}");
            if (await condition())
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail(failure);
    }
}
