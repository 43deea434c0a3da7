using System.Diagnostics;
using Archive.Cli.Infrastructure;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Xunit.Abstractions;

namespace Archive.Cli.Tests;

/// <summary>
/// Issue 20: `archive serve` taking uploads, `archive ingest` and `archive reindex` at once, as real processes
/// on one data directory. Before the OS write lock and the database queue, the CLI ingest crashed in 3 of 3
/// runs (a second process had obtained an IndexWriter) and a reindex during ingest lost a batch.
/// </summary>
[Collection(RealProcessCollection.Name)]
public sealed class ConcurrentWritersTests(ITestOutputHelper output)
{
    private const int PreloadFiles = 100;
    private const int Workers = 8;
    private const int UploadsPerWorker = 10;

    /// <summary>
    /// 250 by default to keep the suite within CI's time on 2 cores (400 took 65 s); the 2,000 with
    /// ARCHIVE_STRESS_FILES=2000 (see README, "Several writers").
    /// </summary>
    private static readonly int IngestFiles = int.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_STRESS_FILES"), out var n) && n > 0 ? n : 250;

    [Fact]
    public async Task ServeUploadsIngestAndReindexAtOnce_AllExitZero_AndTheLiveIndexHoldsExactlyTheStoredReports()
    {
        using var data = new TempDirectory("archive-concurrent");
        using var input = new TempDirectory("archive-concurrent-in");
        var seeds = TestPaths.SeedFiles.Select(File.ReadAllText).ToArray();
        var preload = Path.Combine(input.Path, "preload");
        var batch = Path.Combine(input.Path, "batch");
        System.IO.Directory.CreateDirectory(preload);
        System.IO.Directory.CreateDirectory(batch);
        for (var i = 0; i < PreloadFiles + IngestFiles; i++)
        {
            var folder = i < PreloadFiles ? preload : batch;
            await File.WriteAllTextAsync(Path.Combine(folder, $"r{i:D5}.txt"), seeds[i % seeds.Length] + $"\n（编号 {i}）\n");
        }

        var clock = Stopwatch.StartNew();
        using (var first = ArchiveProcess.Start("ingest", preload, "--data", data.Path))
        {
            Assert.True(await first.ExitCodeAsync(TimeSpan.FromMinutes(3)) == ExitCodes.Ok, first.Output);
        }

        output.WriteLine($"preload of {PreloadFiles}: {clock.Elapsed.TotalSeconds:F1} s");
        using var server = await ServedArchiveProcess.StartAsync(data.Path);

        // One upload before the race, so the workers do not all meet a cold server (JIT, first SQLite writes).
        Assert.Equal(1, await UploadAsync(server, seeds, -1, count: 1));
        clock.Restart();

        using var ingest = ArchiveProcess.Start("ingest", batch, "--data", data.Path);
        var uploads = Enumerable.Range(0, Workers).Select(w => UploadAsync(server, seeds, w)).ToList();

        // The rebuild starts once the ingest is storing, so both overlap; a second one runs after it.
        while (await ArchiveDatabase.TryScalarAsync(data.Path, "SELECT COUNT(*) FROM Reports") < PreloadFiles + (IngestFiles / 10) && !ingest.Process.HasExited)
        {
            await Task.Delay(50);
        }

        var reindexCodes = new List<int>();
        for (var r = 0; r < 2; r++)
        {
            using var reindex = ArchiveProcess.Start("reindex", "--data", data.Path);
            var code = await reindex.ExitCodeAsync(TimeSpan.FromMinutes(4));
            Assert.True(code == ExitCodes.Ok, reindex.Output);
            reindexCodes.Add(code);
            output.WriteLine($"reindex {r + 1} done at {clock.Elapsed.TotalSeconds:F1} s");
        }

        Assert.True(await ingest.ExitCodeAsync(TimeSpan.FromMinutes(6)) == ExitCodes.Ok, ingest.Output);
        output.WriteLine($"ingest done at {clock.Elapsed.TotalSeconds:F1} s");
        var uploaded = (await Task.WhenAll(uploads)).Sum();
        Assert.Equal(Workers * UploadsPerWorker, uploaded);
        output.WriteLine($"uploads done at {clock.Elapsed.TotalSeconds:F1} s");

        var stored = await ArchiveDatabase.ScalarAsync(data.Path, "SELECT COUNT(*) FROM Reports");
        Assert.Equal(PreloadFiles + IngestFiles + (Workers * UploadsPerWorker) + 1, stored);

        // The server drains whatever is still queued; then it stops on SIGTERM and exits 0.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await ArchiveDatabase.ScalarAsync(data.Path, "SELECT COUNT(*) FROM Reports WHERE Indexed = 0") > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.True(await server.SearchCountAsync("编号") == stored, "the server did not find every stored report");
        server.Archive.Terminate();
        Assert.True(await server.Archive.ExitCodeAsync(TimeSpan.FromSeconds(10)) == ExitCodes.Ok, server.Archive.Output);

        var inDatabase = await ArchiveDatabase.ReportIdsAsync(data.Path);
        var inIndex = LiveIndexIds(Path.Combine(data.Path, "index"));
        output.WriteLine($"stored {inDatabase.Count}, live index {inIndex.Count}, missing {inDatabase.Except(inIndex).Count()}, extra {inIndex.Except(inDatabase).Count()}");
        Assert.Empty(inDatabase.Except(inIndex));
        Assert.Empty(inIndex.Except(inDatabase));
        Assert.Equal(stored, inIndex.Count);
    }

    /// <summary>The report ids of the live generation, read as a searcher would (no writer, no lock).</summary>
    internal static HashSet<long> LiveIndexIds(string indexRoot)
    {
        var generation = IndexGenerations.Current(indexRoot) ?? throw new InvalidOperationException("no live generation");
        using var directory = FSDirectory.Open(generation);
        using var reader = DirectoryReader.Open(directory);
        var ids = new HashSet<long>();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(IndexFields.IdValues);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; values is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    Assert.True(ids.Add(values.Get(doc)), "a report is in the index twice");
                }
            }
        }

        return ids;
    }

    private static async Task<int> UploadAsync(ServedArchiveProcess server, string[] seeds, int worker, int count = UploadsPerWorker)
    {
        var done = 0;
        for (var i = 0; i < count; i++)
        {
            var text = seeds[(worker + 1 + i) % seeds.Length] + $"\n（编号 上传 {worker}-{i}）\n";
            var (status, body) = await server.GraphQLAsync(
                "mutation($f: String!, $t: String!) { ingestReport(fileName: $f, text: $t) { status report { id } } }",
                new { f = $"w{worker}-{i}.txt", t = text });
            Assert.True(status == System.Net.HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"upload {worker}-{i}: {status} {body}\n{server.Archive.Output}");
            done++;
        }

        return done;
    }
}

/// <summary>Tests that start several real `archive` processes run one at a time (2 cores).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProcessCollection
{
    public const string Name = "real archive processes";
}
