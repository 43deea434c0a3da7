using System.CommandLine;
using Archive.Cli.Infrastructure;

namespace Archive.Cli.Commands.Search;

/// <summary>`archive search "QUERY" [--json] [--facets]`: the search the API serves, on the command line.</summary>
public static class SearchCommand
{
    public static readonly Argument<string> Query = new("query") { Description = "Words, \"quoted phrases\", OR, -exclude, title:, agency:, year:2018..2020, region:640221" };

    public static readonly Option<bool> Json = new("--json") { Description = "Print the hits as JSON" };

    public static readonly Option<bool> Facets = new("--facets") { Description = "Also count the matches by year, region, template and agency kind" };

    public static readonly Option<int> First = new("--first") { Description = "How many hits (1–100)", DefaultValueFactory = _ => 10 };

    public static Command Create(CliContext context)
    {
        var command = new Command("search", "Search the archive's report texts") { Query, Json, Facets, First };
        command.SetAction((result, ct) => SearchHandler.RunAsync(
            new SearchInput(result.GetValue(Query)!, result.GetValue(Json), result.GetValue(Facets), result.GetValue(First), result.GetValue(GlobalOptions.Data), result.GetValue(GlobalOptions.Verbose)),
            context,
            ct));
        return command;
    }
}

public sealed record SearchInput(string Query, bool Json, bool Facets, int First, string? DataDirectory, bool Verbose);
