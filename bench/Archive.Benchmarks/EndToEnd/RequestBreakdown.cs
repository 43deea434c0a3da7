using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Archive.Api;
using Archive.Api.GraphQL;
using Archive.Application.Querying;
using Archive.Core.Configuration;
using Archive.Search.Querying;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `request-breakdown DATA [REPS] [SECONDS]`: where a GraphQL search request's time goes, in one process over the
/// archive in DATA. Times each stage of the fixed-mix search alone (Lucene, the API's search mapping, the SQL
/// for the page's reports and regions, GraphQL execution, serialization, the whole HTTP round trip), then runs
/// the load generator's closed loop against a second host whose search answers from a recording of the real
/// one — what the request path costs when the search itself costs nothing.
/// </summary>
internal static class RequestBreakdown
{
    public static async Task<int> RunAsync(string[] args)
    {
        var data = args.Length > 0 ? args[0] : throw new ArgumentException("usage: request-breakdown DATA [REPS] [SECONDS] | request-breakdown DATA --serve-recorded URL");
        if (args.Length > 2 && args[1] == "--serve-recorded")
        {
            // The recorded-search host alone, for an outside load generator (`load URL ... --server-pid=N`), until Ctrl+C.
            await using var served = await StartAsync(data, recorded: true, args[2]);
            Console.WriteLine($"recorded-search host at {UrlOf(served)}, pid {Environment.ProcessId}");
            await served.WaitForShutdownAsync();
            return 0;
        }

        var reps = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;

        await using (var app = await StartAsync(data, recorded: false))
        {
            await StagesAsync(app, reps);
            await app.StopAsync();
        }

        await using (var recordedApp = await StartAsync(data, recorded: true))
        {
            var url = UrlOf(recordedApp);
            foreach (var concurrency in new[] { 1, 50 })
            {
                var result = await GraphQLLoad.RunScenarioAsync(url, concurrency, seconds, LoadScenario.Fixed());
                Console.WriteLine($"recorded search, {result}");
            }

            await recordedApp.StopAsync();
        }

        return 0;
    }

    private static async Task StagesAsync(WebApplication app, int reps)
    {
        var services = app.Services;
        var searcher = services.GetRequiredService<ArchiveSearcher>();
        var search = services.GetRequiredService<IReportSearch>();
        var reports = services.GetRequiredService<ReportReader>();
        var regions = services.GetRequiredService<RegionReader>();
        var executer = services.GetRequiredService<IDocumentExecuter<ArchiveSchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        using var http = new HttpClient();
        var url = UrlOf(app);

        var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Add(string stage, long started) =>
            (stages.TryGetValue(stage, out var list) ? list : stages[stage] = []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        var terms = LoadScenario.FixedTerms;
        for (var rep = -5; rep < reps; rep++)
        {
            foreach (var term in terms)
            {
                var measured = rep >= 0;
                var t = Stopwatch.GetTimestamp();
                searcher.Search(new SearchRequest(term, ReportFilter.None, SearchSort.Relevance, 10, SnippetCount: 3));
                if (measured)
                {
                    Add("1 lucene ArchiveSearcher.Search", t);
                }

                t = Stopwatch.GetTimestamp();
                var result = await search.SearchAsync(new SearchRequest(term, ReportFilter.None, SearchSort.Relevance, 10), CancellationToken.None);
                if (measured)
                {
                    Add("2 IReportSearch.SearchAsync (1 + filter resolution)", t);
                }

                t = Stopwatch.GetTimestamp();
                var views = await reports.GetByIdsAsync([.. result.Hits.Select(h => h.ReportId)], CancellationToken.None);
                if (measured)
                {
                    Add("3 SQL reports by id (page)", t);
                }

                t = Stopwatch.GetTimestamp();
                await regions.GetAsync([.. views.Values.Select(v => v.RegionCode).OfType<string>().Distinct(StringComparer.Ordinal)], CancellationToken.None);
                if (measured)
                {
                    Add("4 SQL regions (page)", t);
                }

                t = Stopwatch.GetTimestamp();
                ExecutionResult executed;
                using (var scope = scopes.CreateScope())
                {
                    executed = await executer.ExecuteAsync(new ExecutionOptions
                    {
                        Query = GraphQLLoad.SearchQuery,
                        Variables = new Inputs(new Dictionary<string, object?> { ["q"] = term }),
                        RequestServices = scope.ServiceProvider,
                        UserContext = new ArchiveUserContext(),
                    });
                }

                if (measured)
                {
                    Add("5 GraphQL parse+validate+execute (2+3+4 inside)", t);
                }

                t = Stopwatch.GetTimestamp();
                using (var body = new MemoryStream())
                {
                    await serializer.WriteAsync(body, executed);
                }

                if (measured)
                {
                    Add("6 serialize result", t);
                }

                t = Stopwatch.GetTimestamp();
                using (var response = await http.PostAsJsonAsync(url, new { query = GraphQLLoad.SearchQuery, variables = new { q = term } }))
                {
                    await response.Content.ReadAsByteArrayAsync();
                }

                if (measured)
                {
                    Add("7 whole HTTP round trip", t);
                }

                t = Stopwatch.GetTimestamp();
                using (var scope = scopes.CreateScope())
                {
                    await executer.ExecuteAsync(new ExecutionOptions
                    {
                        Query = "{ __typename }",
                        RequestServices = scope.ServiceProvider,
                        UserContext = new ArchiveUserContext(),
                    });
                }

                if (measured)
                {
                    Add("8 GraphQL trivial document ({ __typename })", t);
                }
            }
        }

        Console.WriteLine($"sequential, {reps} x {terms.Count} fixed-mix searches (mean / p50 ms):");
        foreach (var (stage, samples) in stages.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {stage,-52} {samples.Average(),8:F3} {Percentiles.Of([.. samples.Order()], 50),8:F3}");
        }
    }

    private static async Task<WebApplication> StartAsync(string data, bool recorded, string urls = "http://127.0.0.1:0")
    {
        var app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            Urls = urls,
            Configure = configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{ArchiveOptions.SectionName}:{nameof(ArchiveOptions.DataDirectory)}"] = Path.GetFullPath(data),
            }),
            ConfigureServices = services =>
            {
                services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
                if (recorded)
                {
                    services.AddSingleton<LuceneReportSearch>();
                    services.AddSingleton<IReportSearch>(provider => new RecordedReportSearch(provider.GetRequiredService<LuceneReportSearch>()));
                }
            },
        });
        await app.StartAsync();
        return app;
    }

    private static string UrlOf(WebApplication app) =>
        app.Urls.First().TrimEnd('/') + "/graphql";

    /// <summary>The real search, asked once per distinct request and then answered from memory.</summary>
    private sealed class RecordedReportSearch(IReportSearch inner) : IReportSearch
    {
        // SearchRequest is a record of records: equal requests are equal keys.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<SearchRequest, Task<SearchResult>> _answers = new();

        public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
            _answers.GetOrAdd(request, _ => inner.SearchAsync(request, CancellationToken.None));
    }
}
