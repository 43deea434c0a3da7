using System.CommandLine;
using Archive.Cli.Infrastructure;

namespace Archive.Cli.Commands.Search;

/// <summary>`archive search "QUERY" [--json] [--facets] [--sort ORDER]`: the search the API serves, on the command line.</summary>
public static class SearchCommand
{
    public static readonly Argument<string> Query = new("query") { Description = "Words, \"quoted phrases\", OR, -exclude, title:, agency:, year:2018..2020, region:640221" };

    public static readonly Option<bool> Json = new("--json") { Description = "Print the hits as JSON" };

    public static readonly Option<bool> Facets = new("--facets") { Description = "Also count the matches by year, region, template and agency kind" };

    public static readonly Option<string> Sort = new("--sort")
    {
        Description = "Order of the hits: relevance (default), year-desc, year-asc, published-desc, published-asc, region, ingested-desc",
        DefaultValueFactory = _ => "relevance",
    };

    /// <summary>The orders --sort accepts, by name.</summary>
    public static readonly IReadOnlyDictionary<string, Archive.Search.Querying.SearchSort> Sorts = new Dictionary<string, Archive.Search.Querying.SearchSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["relevance"] = Archive.Search.Querying.SearchSort.Relevance,
        ["year-desc"] = Archive.Search.Querying.SearchSort.YearDesc,
        ["year-asc"] = Archive.Search.Querying.SearchSort.YearAsc,
        ["published-desc"] = Archive.Search.Querying.SearchSort.PublishedDesc,
        ["published-asc"] = Archive.Search.Querying.SearchSort.PublishedAsc,
        ["region"] = Archive.Search.Querying.SearchSort.Region,
        ["ingested-desc"] = Archive.Search.Querying.SearchSort.IngestedDesc,
    };

    public static readonly Option<int> First = new("--first") { Description = "How many hits (1–100)", DefaultValueFactory = _ => 10 };

    public static Command Create(CliContext context)
    {
        var command = new Command("search", "Search the archive's report texts (the filters of the API's search)") { Query, Json, Facets, First, Sort };
        foreach (var option in FilterOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, ct) => SearchHandler.RunAsync(
            new SearchInput(result.GetValue(Query)!, result.GetValue(Json), result.GetValue(Facets), result.GetValue(First), result.GetValue(GlobalOptions.Data), result.GetValue(GlobalOptions.Verbose))
            {
                Sort = result.GetValue(Sort) ?? "relevance",
                Filter = FilterOptions.ToQuery(result),
                Database = result.GetValue(GlobalOptions.Db),
            },
            context,
            ct));
        return command;
    }
}

public sealed record SearchInput(string Query, bool Json, bool Facets, int First, string? DataDirectory, bool Verbose)
{
    /// <summary>A name of <see cref="SearchCommand.Sorts"/>.</summary>
    public string Sort { get; init; } = "relevance";

    /// <summary>--db: a PostgreSQL connection, or null for $ARCHIVE_DB / SQLite.</summary>
    public string? Database { get; init; }

    /// <summary>The filter options as the API's query-string names (<see cref="FilterOptions.ToQuery"/>).</summary>
    public IReadOnlyDictionary<string, Microsoft.Extensions.Primitives.StringValues> Filter { get; init; } =
        new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>();
}
