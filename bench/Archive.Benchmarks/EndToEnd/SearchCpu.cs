using System.Diagnostics;
using Archive.Search.Querying;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `search-cpu DATA_DIR [ROUNDS]`: per query of the search-latency mix and per part of a search (scoring only, with
/// snippets, with facets), the process CPU time per search and the wall p50 — CPU time, as on a machine shared with
/// other work the wall is mostly waiting.
/// </summary>
internal static class SearchCpu
{
    private static readonly string[] Queries = ["依申请公开", "行政诉讼", "政务公开", "培训", "保密审查", "\"依申请公开\"", "\"政府信息公开工作\"", "\"行政复议\"", "\"不予公开\"", "\"政务微博\""];

    public static int Run(string[] args)
    {
        var dataDirectory = Path.GetFullPath(args[0]);
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        var file = Array.IndexOf(args, "--queries");
        var queries = file > 0 ? File.ReadAllLines(args[file + 1]) : Queries;
        if (file > 0)
        {
            var only = Array.IndexOf(args, "--variant");
            return RunMany(dataDirectory, queries, rounds, only > 0 ? args[only + 1] : null);
        }

        using var archive = InProcessArchive.Open(dataDirectory, 0);
        var searcher = archive.Searcher;
        var variants = new (string Name, Func<string, SearchRequest> Request)[]
        {
            ("scoring", q => new SearchRequest(q, First: 20, SnippetCount: 0)),
            ("+snippets", q => new SearchRequest(q, First: 20)),
            ("+facets", q => new SearchRequest(q, First: 20, SnippetCount: 0, Facets: true)),
            ("count", q => new SearchRequest(q, First: 0, SnippetCount: 0)),
            ("filtered", q => new SearchRequest(q, new ReportFilter { RegionCode = "640000", YearFrom = 2015, YearTo = 2022 }, First: 20, SnippetCount: 0)),
            ("filtered+snip", q => new SearchRequest(q, new ReportFilter { RegionCode = "640000", YearFrom = 2015, YearTo = 2022 }, First: 20)),
        };
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(8))
        {
            foreach (var q in Queries)
            {
                foreach (var (_, request) in variants)
                {
                    searcher.Search(request(q));
                }
            }
        }

        var process = Process.GetCurrentProcess();
        var totals = new double[variants.Length];
        Console.WriteLine($"{"query",-24}" + string.Concat(variants.Select(v => $"{v.Name + " cpu/wall",24}")));
        foreach (var q in Queries)
        {
            var line = $"{q,-24}";
            for (var v = 0; v < variants.Length; v++)
            {
                var walls = new List<double>();
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (var i = 0; i < rounds; i++)
                {
                    var clock = Stopwatch.StartNew();
                    searcher.Search(variants[v].Request(q));
                    walls.Add(clock.Elapsed.TotalMilliseconds);
                }

                process.Refresh();
                var cpu = (process.TotalProcessorTime - before).TotalMilliseconds / rounds;
                totals[v] += cpu;
                walls.Sort();
                line += $"{cpu,14:F2} /{walls[walls.Count / 2],7:F2}";
            }

            Console.WriteLine(line);
        }

        Console.WriteLine($"{"mean cpu ms/search",-24}" + string.Concat(totals.Select(t => $"{t / Queries.Length,14:F2}         ")));
        return 0;
    }

    /// <summary>
    /// `--queries FILE`: many queries (one per line, e.g. `load-queries DB text`), each variant over all of them
    /// ROUNDS times after one warm pass (`--variant NAME`: that one only, for a profiler); the CPU per search by kind (quoted, with a field, plain words).
    /// </summary>
    private static int RunMany(string dataDirectory, string[] queries, int rounds, string? only)
    {
        using var archive = InProcessArchive.Open(dataDirectory, 0);
        var searcher = archive.Searcher;
        var variants = new (string Name, Func<string, SearchRequest> Request)[]
        {
            ("count", q => new SearchRequest(q, First: 0, SnippetCount: 0)),
            ("scoring", q => new SearchRequest(q, First: 20, SnippetCount: 0)),
            ("+snippets", q => new SearchRequest(q, First: 20)),
        };
        static string Kind(string q) => q.StartsWith('"') ? "quoted" : q.Contains(':', StringComparison.Ordinal) ? "word + field" : "word";
        var process = Process.GetCurrentProcess();
        foreach (var (name, request) in variants.Where(v => only is null || v.Name == only))
        {
            foreach (var q in queries)
            {
                searcher.Search(request(q));
            }

            var cpu = new Dictionary<string, double>();
            foreach (var group in queries.GroupBy(Kind))
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (var i = 0; i < rounds; i++)
                {
                    foreach (var q in group)
                    {
                        searcher.Search(request(q));
                    }
                }

                process.Refresh();
                cpu[group.Key] = (process.TotalProcessorTime - before).TotalMilliseconds / rounds / group.Count();
            }

            Console.WriteLine($"{name,-10} cpu ms/search " + string.Join("  ", cpu.Select(c => $"{c.Key} {c.Value:F2}")));
        }

        return 0;
    }
}
