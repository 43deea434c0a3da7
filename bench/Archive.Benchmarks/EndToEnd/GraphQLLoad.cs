using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `load URL [CONCURRENCY[,CONCURRENCY...]] [SECONDS] [SCENARIO|all] [DB_PATH] [--server-pid=N] [--warmup=S]`: a
/// loopback load generator for the GraphQL endpoint — CONCURRENCY clients each sending search queries back to back
/// (closed loop, no think time) for SECONDS per scenario; prints requests, req/s, p50/p90/p99/max and errors. Scenarios:
/// fixed (five terms in turn), zipf (Zipf(s=1) over ≥ 2000 queries from the corpus vocabulary) and distinct (never a
/// repeated query); the last two read a sample of report texts from the archive database DB_PATH (read-only). Only for
/// a server on this machine.
/// </summary>
internal static class GraphQLLoad
{
    public const string SearchQuery = """
        query ($q: String!) { search(query: $q, first: 10) { totalCount edges { score snippets { text } node { title year region { name } } } } }
        """;

    private const string Usage = "usage: load URL [CONCURRENCY[,CONCURRENCY...]] [SECONDS] [fixed|zipf|distinct|all] [DB_PATH] [--server-pid=N] [--warmup=S]";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    public static async Task<int> RunAsync(string[] allArgs)
    {
        // --server-pid=N: also report the server's CPU time per request (from /proc, this machine only).
        var serverPid = IntOption(allArgs, "--server-pid=");
        var args = allArgs.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var url = args.Length > 0 ? args[0] : throw new ArgumentException(Usage);
        var concurrencies = args.Length > 1 ? args[1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList() : [50];
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var scenarioName = args.Length > 3 ? args[3] : "fixed";
        var databasePath = args.Length > 4 ? args[4] : null;
        var names = scenarioName == "all" ? LoadScenario.Names : [scenarioName];
        if (names.Any(n => !LoadScenario.Names.Contains(n, StringComparer.Ordinal)))
        {
            throw new ArgumentException(Usage);
        }

        CorpusVocabulary? vocabulary = null;
        if (names.Any(n => n != "fixed"))
        {
            vocabulary = LoadScenario.ReadVocabulary(databasePath ?? throw new ArgumentException($"zipf and distinct need DB_PATH. {Usage}"));
            Console.WriteLine($"vocabulary: {vocabulary.Words.Count} words, {vocabulary.RankedQueries.Count} ranked queries (e.g. {string.Join(" | ", vocabulary.RankedQueries.Take(4))})");
        }

        // --warmup=S: first S seconds of each scenario at its concurrency with other seeds, unmeasured, so the figures are
        // the server's steady state. The runtime promotes hot code only after 100 ms without a first-time compilation,
        // and new queries keep reaching code for the first time: at 10 clients of them, the JIT took 7.7 % of the
        // server's samples 20–30 s after start and 0.04 % at 95 s (BENCHMARKS.md, fourteenth session).
        var warmup = IntOption(allArgs, "--warmup=") ?? 0;
        var failed = false;
        foreach (var name in names)
        {
            // One scenario for all the concurrencies: the distinct one then never repeats a query of an earlier run
            // (made afresh per concurrency, its first requests at 10 clients were the 1-client run's, answered from
            // the result cache).
            var scenario = name switch
            {
                "zipf" => LoadScenario.Zipf(vocabulary!.RankedQueries),
                "distinct" => LoadScenario.Distinct(vocabulary!.Words),
                _ => LoadScenario.Fixed(),
            };
            foreach (var concurrency in concurrencies)
            {
                if (warmup > 0)
                {
                    await RunScenarioAsync(url, concurrency, warmup, scenario, null, seedBase: 9000);
                }

                var result = await RunScenarioAsync(url, concurrency, seconds, scenario, serverPid);
                Console.WriteLine(result);
                failed |= result.Errors > 0;
            }
        }

        return failed ? 1 : 0;
    }

    /// <summary>The value of the last <c>NAME=N</c> option among <paramref name="args"/>; null when it is not given.</summary>
    private static int? IntOption(string[] args, string name) =>
        args.Where(a => a.StartsWith(name, StringComparison.Ordinal))
            .Select(a => (int?)int.Parse(a[name.Length..], CultureInfo.InvariantCulture)).LastOrDefault();

    /// <summary>One closed-loop run: <paramref name="concurrency"/> clients for <paramref name="seconds"/>, after a short warm-up.</summary>
    /// <param name="serverPid">The server's process id, to measure its CPU time; null for no CPU figure.</param>
    /// <param name="seedBase">Client i draws its queries from seed <paramref name="seedBase"/> + i.</param>
    public static async Task<LoadResult> RunScenarioAsync(string url, int concurrency, int seconds, LoadScenario scenario, int? serverPid = null, int seedBase = 1000)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsLoopback)
        {
            throw new ArgumentException("the load generator only targets a server on this machine (loopback)");
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = TimeSpan.FromSeconds(10) };

        // Warm-up with the fixed terms (JIT, connections, the searcher's first refresh), so a distinct run stays distinct.
        for (var i = 0; i < 20; i++)
        {
            await SendAsync(http, uri, LoadScenario.FixedTerms[i % LoadScenario.FixedTerms.Count]);
        }

        var samples = new List<double>[concurrency];
        var errors = 0;
        var cpuBefore = CpuTime(serverPid);
        var deadline = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(client => Task.Run(async () =>
        {
            var random = new Random(seedBase + client);
            var mine = samples[client] = [];
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                var query = scenario.Next(random);
                var started = Stopwatch.GetTimestamp();
                if (!await SendAsync(http, uri, query))
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        await Task.WhenAll(clients);
        var elapsed = deadline.Elapsed.TotalSeconds;
        var cpu = CpuTime(serverPid) - cpuBefore;
        var all = samples.SelectMany(s => s).ToList();
        all.Sort();
        return new LoadResult(scenario.Name, concurrency, seconds, all.Count, all.Count / elapsed,
            Percentiles.Of(all, 50), Percentiles.Of(all, 90), Percentiles.Of(all, 99), all.Count > 0 ? all[^1] : double.NaN, errors,
            all.Count > 0 ? cpu.TotalMilliseconds / all.Count : double.NaN);
    }

    /// <summary>CPU time (user + system) of a process: this one when <paramref name="pid"/> is null.</summary>
    private static TimeSpan CpuTime(int? pid)
    {
        using var process = pid is { } id ? System.Diagnostics.Process.GetProcessById(id) : System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static async Task<bool> SendAsync(HttpClient http, Uri url, string term)
    {
        try
        {
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { query = SearchQuery, variables = new { q = term } }));
            content.Headers.ContentType = JsonContentType;
            using var response = await http.PostAsync(url, content);
            var body = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode && body.AsSpan().IndexOf("\"errors\""u8) < 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
