using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Cli.Infrastructure;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands.Search;

public static class SearchHandler
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static async Task<int> RunAsync(SearchInput input, CliContext context, CancellationToken cancellationToken)
    {
        if (input.First is < 1 or > 100)
        {
            context.Error.WriteLine("archive search: --first must be 1 to 100");
            return ExitCodes.Usage;
        }

        if (!SearchCommand.Sorts.TryGetValue(input.Sort, out var sort))
        {
            context.Error.WriteLine($"archive search: --sort must be one of {string.Join(", ", SearchCommand.Sorts.Keys)}");
            return ExitCodes.Usage;
        }

        await using var services = CommandServices.Build(input.DataDirectory, input.Verbose);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var searcher = services.GetRequiredService<ArchiveSearcher>();
        searcher.MaybeRefresh();
        SearchResult result;
        try
        {
            result = searcher.Search(new SearchRequest(input.Query, Sort: sort, First: input.First, Facets: input.Facets), cancellationToken);
        }
        catch (Exception ex) when (ex is SearchSyntaxException or IndexAnalysisMismatchException)
        {
            context.Error.WriteLine($"archive search: {ex.Message}");
            return ExitCodes.Error;
        }

        // The index returns ids and scores; the facts come from the database, read as the API reads them.
        using var readContexts = new Archive.Api.Querying.ReadContextPool(services.GetRequiredService<DbContextOptions<ArchiveDbContext>>());
        var reports = await new Archive.Api.Querying.ReportReader(services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>(), readContexts)
            .GetByIdsAsync([.. result.Hits.Select(h => h.ReportId)], cancellationToken);

        var hits = result.Hits.Where(h => reports.ContainsKey(h.ReportId)).Select(h =>
        {
            var report = reports[h.ReportId];
            return new
            {
                reportId = h.ReportId,
                score = h.Score,
                title = report.Title,
                agency = report.AgencyName,
                regionCode = report.RegionCode,
                year = report.Year,
                fileName = report.FileName,
                snippets = h.Snippets.Select(s => s.Marked).ToList(),
            };
        }).ToList();

        if (input.Json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new { totalHits = result.TotalHits, hits, facets = input.Facets ? result.Facets : null }, JsonOptions));
            return ExitCodes.Ok;
        }

        context.Out.WriteLine($"{result.TotalHits} reports match");
        foreach (var hit in hits)
        {
            context.Out.WriteLine($"[{hit.reportId}] {hit.title ?? hit.fileName} · {hit.agency} · {hit.year} (score {hit.score:F2})");
            foreach (var snippet in hit.snippets)
            {
                context.Out.WriteLine("    " + snippet.ReplaceLineEndings(" "));
            }
        }

        if (input.Facets)
        {
            foreach (var (name, values) in result.Facets)
            {
                context.Out.WriteLine($"{name}: {string.Join(", ", values.Take(10).Select(v => $"{v.Value} ({v.Count})"))}");
            }
        }

        return ExitCodes.Ok;
    }
}
