using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Cli.Infrastructure;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands.Search;

public static class SearchHandler
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static async Task<int> RunAsync(SearchInput input, CliContext context, CancellationToken cancellationToken)
    {
        if (input.First is < 1 or > Archive.Search.SearchLimits.MaxPageSize)
        {
            context.Error.WriteLine($"archive search: --first must be 1 to {Archive.Search.SearchLimits.MaxPageSize}");
            return ExitCodes.Usage;
        }

        if (!SearchCommand.Sorts.TryGetValue(input.Sort.Replace('_', '-'), out var sort))
        {
            context.Error.WriteLine($"archive search: --sort must be one of {string.Join(", ", SearchCommand.Sorts.Keys)}");
            return ExitCodes.Usage;
        }

        ReportFilter filter;
        try
        {
            filter = FilterOptions.Parse(input.Filter);
        }
        catch (Archive.Api.GraphQL.Errors.ArchiveError error)
        {
            context.Error.WriteLine($"archive search: {error.Message}");
            return ExitCodes.Usage;
        }

        if (DataDirectory.Check("search", input.DataDirectory, mustHoldArchive: true, context, input.Database) is { } refused)
        {
            return refused;
        }

        await using var services = CommandServices.Build(input.DataDirectory, input.Verbose, input.Database);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        SearchRunResult result;
        try
        {
            result = await SearchRun.RunAsync(services, input.Query, filter, input.First, input.Facets, sort, cancellationToken);
        }
        catch (SearchSyntaxException ex)
        {
            // The query is the user's input: wrong usage, like a bad option.
            context.Error.WriteLine($"archive search: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (IndexAnalysisMismatchException ex)
        {
            context.Error.WriteLine($"archive search: {ex.Message}");
            return ExitCodes.Error;
        }

        if (input.Json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new { totalCount = result.TotalCount, hits = result.Hits, facets = input.Facets ? result.Facets : null }, JsonOptions));
            return ExitCodes.Ok;
        }

        WriteText(result, input.Query, context);
        return ExitCodes.Ok;
    }

    /// <summary>"1 report matches", "12 reports match"; hits by rank; matches marked for the terminal; facets by name.</summary>
    public static void WriteText(SearchRunResult result, string query, CliContext context)
    {
        context.Out.WriteLine(result.TotalCount switch
        {
            0 => $"no report matches {query}",
            1 => $"1 report matches {query}",
            var n => $"{n:N0} reports match {query}" + (result.Hits.Count < n ? $" (the first {result.Hits.Count} shown; --first up to 100)" : string.Empty),
        });
        foreach (var hit in result.Hits)
        {
            context.Out.WriteLine($"{hit.Rank,3}. {hit.Title ?? hit.FileName}");
            var meta = new[] { hit.AgencyName, hit.RegionName, hit.Year is { } y ? $"{y}年" : null, SearchRun.TemplateLabel(hit.Template) }.Where(s => !string.IsNullOrEmpty(s));
            context.Out.WriteLine($"     {string.Join(" · ", meta)}");
            foreach (var snippet in hit.Snippets)
            {
                context.Out.WriteLine("     " + PlainSnippet(snippet.Html, context.OutIsTerminal).ReplaceLineEndings(" "));
            }
        }

        foreach (var facet in result.Facets.Where(f => f.Values.Count > 0))
        {
            context.Out.WriteLine($"{SearchRun.FacetLabel(facet.Name)}: {string.Join(", ", facet.Values.Take(10).Select(v => $"{SearchRun.FacetValueLabel(facet.Name, v.Value)} ({v.Count})"))}");
        }
    }

    /// <summary>A snippet's HTML as terminal text: matches bold on a terminal, 【in brackets】 when piped; entities decoded.</summary>
    public static string PlainSnippet(string html, bool terminal)
    {
        var (open, close) = terminal ? ("\u001b[1;33m", "\u001b[0m") : ("【", "】");
        return WebUtility.HtmlDecode(html.Replace("<mark>", open, StringComparison.Ordinal).Replace("</mark>", close, StringComparison.Ordinal));
    }
}
