using System.Diagnostics;
using Archive.Search.Querying;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `search-repeat DATA_DIR QUERY SECONDS [SNIPPETS] [--index-texts] [--facets]`: one search sent again and again with the result cache off,
/// for a profiler to watch (dotnet-trace collect -- ...); prints the time per search, the bytes it allocates and the share of time in GC pauses.
/// </summary>
internal static class SearchRepeat
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            throw new ArgumentException("usage: search-repeat DATA_DIR QUERY SECONDS [SNIPPETS] [--index-texts] [--facets]");
        }

        var seconds = double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var snippets = args.Length > 3 && !args[3].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
        using var archive = InProcessArchive.Open(Path.GetFullPath(args[0]), 0, indexTexts: args.Contains("--index-texts", StringComparer.Ordinal));
        var searcher = archive.Searcher;
        var request = new SearchRequest(args[1], First: 20, SnippetCount: snippets, Facets: args.Contains("--facets", StringComparer.Ordinal));
        var samples = new List<double>();
        searcher.Search(request);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            var clock = Stopwatch.StartNew();
            searcher.Search(request);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{args[1]}: {samples.Count} searches, {Percentiles.Summary(samples)}");
        var cpuPerSearch = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / samples.Count;
        Console.WriteLine(
            $"  per search: {cpuPerSearch:F2} ms CPU against {samples.Average():F2} ms wall (mean); {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / samples.Count:F0} KB allocated; " +
            $"{GC.CollectionCount(0) - collections} gen0 collections, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / total.Elapsed.TotalMilliseconds:P1} of the time");
        return 0;
    }
}
