using System.Diagnostics;
using System.Net.Http.Json;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `load URL [CONCURRENCY] [SECONDS]`: a loopback load generator for the GraphQL endpoint — CONCURRENCY clients
/// each sending search queries back to back for SECONDS; prints requests/s, p50/p99 and errors. Bounded in count
/// and time; only for a server on this machine.
/// </summary>
internal static class GraphQLLoad
{
    private const string Query = """
        query ($q: String!) { search(query: $q, first: 10) { totalCount edges { score snippets { text } node { title year region { name } } } } }
        """;

    private static readonly string[] Terms = ["依申请公开", "\"行政复议\"", "政务公开 培训", "\"不予公开\" year:2015..2022", "保密审查"];

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 0 ? args[0] : throw new ArgumentException("usage: load URL [CONCURRENCY] [SECONDS]");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsLoopback)
        {
            throw new ArgumentException("the load generator only targets a server on this machine (loopback)");
        }

        var concurrency = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
        var seconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = TimeSpan.FromSeconds(10) };

        // Warm-up: JIT, caches, the searcher's first refresh.
        for (var i = 0; i < 20; i++)
        {
            await SendAsync(http, url, Terms[i % Terms.Length]);
        }

        var samples = new List<double>[concurrency];
        var errors = 0;
        var deadline = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(async client =>
        {
            samples[client] = [];
            for (var i = client; deadline.Elapsed.TotalSeconds < seconds; i++)
            {
                var clock = Stopwatch.StartNew();
                if (!await SendAsync(http, url, Terms[i % Terms.Length]))
                {
                    Interlocked.Increment(ref errors);
                }

                samples[client].Add(clock.Elapsed.TotalMilliseconds);
            }
        });
        await Task.WhenAll(clients);
        var all = samples.SelectMany(s => s).ToList();
        Console.WriteLine($"{concurrency} clients, {seconds} s: {all.Count} requests, {all.Count / deadline.Elapsed.TotalSeconds:F0} req/s, errors {errors}");
        Console.WriteLine($"latency {Percentiles.Summary(all)}");
        return errors == 0 ? 0 : 1;
    }

    private static async Task<bool> SendAsync(HttpClient http, string url, string term)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(url, new { query = Query, variables = new { q = term } });
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal);
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
