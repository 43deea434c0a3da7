using System.Diagnostics;
using System.Globalization;
using Archive.Application;
using Archive.Application.Quality.Similarity;
using Archive.Core.Configuration;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `similar DATA_DIR [LOOKUPS]`: cross-agency copy detection on a built archive (issue 24, acceptance 3). Signs every
/// report from its stored text (the signature file is a cache: it is deleted and written again), loads the
/// signatures into a fresh index as a restarted server does, then times lookups of random reports — candidates
/// only (the in-memory LSH) and whole (candidates, both texts read from SQLite, the exact share and passages).
/// </summary>
internal static class SimilarLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dataDirectory = Path.GetFullPath(args.Length > 0 ? args[0] : throw new ArgumentException("usage: similar DATA_DIR [LOOKUPS]"));
        var lookups = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var signatures = Path.Combine(dataDirectory, SignatureFile.FileName);
        File.Delete(signatures);

        long[] ids;
        using (var services = Open(dataDirectory))
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            var signed = await services.GetRequiredService<SimilarityService>().CatchUpAsync(CancellationToken.None);
            var index = await services.GetRequiredService<SimilarityService>().CurrentAsync(CancellationToken.None);
            var built = clock.Elapsed;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"signed {signed} reports from their texts and built the index in {built.TotalSeconds:F1} s ({signed / Math.Max(built.TotalSeconds, 1e-9):F0} reports/s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index arrays {index.ApproximateBytes / 1e6:F1} MB, managed heap +{(after - before) / 1e6:F1} MB, signature file {new FileInfo(signatures).Length / 1e6:F1} MB"));
            var factory = services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            ids = [.. await db.Reports.AsNoTracking().Select(r => r.Id).ToListAsync()];
        }

        using (var services = Open(dataDirectory))
        {
            var similarity = services.GetRequiredService<SimilarityService>();
            var clock = Stopwatch.StartNew();
            var index = await similarity.CurrentAsync(CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"a fresh process loads {index.Count} signatures and builds the bands in {clock.Elapsed.TotalSeconds:F2} s"));

            var random = new Random(24);
            var sample = Enumerable.Range(0, lookups).Select(_ => ids[random.Next(ids.Length)]).ToArray();
            // Warm-up: JIT tiers and the read contexts.
            foreach (var id in sample.Take(Math.Min(100, sample.Length)))
            {
                await similarity.FindAsync(id, 3, CancellationToken.None);
            }

            var candidates = new List<double>();
            var whole = new List<double>();
            var found = 0;
            var copies = 0;
            foreach (var id in sample)
            {
                clock.Restart();
                var near = index.Candidates(id, 3 + SimilarityService.ExtraCandidates);
                candidates.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                var similar = await similarity.FindAsync(id, 3, CancellationToken.None);
                whole.Add(clock.Elapsed.TotalMilliseconds);
                found += near.Count > 0 ? 1 : 0;
                copies += similar.Count > 0 && similar[0].Share >= 0.5 ? 1 : 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lookups} lookups of random reports: {found} with a candidate, {copies} with another agency's report holding ≥ 50% of their prose"));
            Console.WriteLine($"  candidates (in-memory LSH)          {Percentiles.Summary(candidates)}");
            Console.WriteLine($"  report.similar(first: 3), whole     {Percentiles.Summary(whole)}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
        }

        return 0;
    }

    private static ServiceProvider Open(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ArchiveOptions.SectionName}:{nameof(ArchiveOptions.DataDirectory)}"] = dataDirectory,
        }).Build();
        return new ServiceCollection().AddLogging().AddArchiveServices(configuration).BuildServiceProvider();
    }
}
