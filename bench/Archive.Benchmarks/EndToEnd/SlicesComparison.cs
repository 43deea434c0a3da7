using System.Diagnostics;
using Archive.Search.Querying;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `slices-ab DATA_DIR SECONDS QUERY...`: the same searches (counts, 20 hits, no snippets) with segments scored
/// whole and cut into ranges (<see cref="SearchSlices"/>), alternated query by query in one process so that both
/// see the same machine; prints p50/p99 and CPU per search of each.
/// </summary>
internal static class SlicesComparison
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            throw new ArgumentException("usage: slices-ab DATA_DIR SECONDS QUERY...");
        }

        var index = Path.Combine(Path.GetFullPath(args[0]), "index");
        var seconds = double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        using var whole = new ArchiveSearcher(index, resultCacheEntries: 0) { MinSliceDocs = int.MaxValue };
        using var sliced = new ArchiveSearcher(index, resultCacheEntries: 0);
        var variants = new[] { ("whole segments", whole), ("ranges", sliced) };
        var samples = variants.ToDictionary(v => v.Item1, _ => new List<double>(), StringComparer.Ordinal);
        var cpu = variants.ToDictionary(v => v.Item1, _ => TimeSpan.Zero, StringComparer.Ordinal);
        var process = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        for (var round = 0; total.Elapsed.TotalSeconds < seconds; round++)
        {
            foreach (var query in args[2..])
            {
                // Alternate which goes first, so neither always follows the other's cache footprint.
                foreach (var (name, searcher) in round % 2 == 0 ? variants : variants.Reverse())
                {
                    process.Refresh();
                    var before = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    searcher.Search(new SearchRequest(query, First: 20, SnippetCount: 0));
                    samples[name].Add(clock.Elapsed.TotalMilliseconds);
                    process.Refresh();
                    cpu[name] += process.TotalProcessorTime - before;
                }
            }
        }

        foreach (var (name, _) in variants)
        {
            // The first rounds settle the JIT: only the second half counts.
            var counted = samples[name].Skip(samples[name].Count / 2).ToList();
            Console.WriteLine($"  {name,-16} {Percentiles.Summary(counted)}  CPU {cpu[name].TotalMilliseconds / samples[name].Count:F2} ms/search");
        }

        return 0;
    }
}
