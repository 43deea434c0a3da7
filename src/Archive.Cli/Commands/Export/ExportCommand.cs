using System.CommandLine;
using Archive.Cli.Infrastructure;

namespace Archive.Cli.Commands.Export;

/// <summary>
/// `archive export metrics|search`: the archive's data as CSV (the same columns and spellings as
/// /export/metrics.csv) or JSON on stdout, for spreadsheets and scripts.
/// </summary>
public static class ExportCommand
{
    public static readonly Option<ExportFormat> Format = new("--format") { Description = "csv (UTF-8, no BOM on stdout) or json", DefaultValueFactory = _ => ExportFormat.Csv };

    public static readonly Option<string[]> Keys = new("--keys") { Description = "Metric keys, comma-separated (default: every key)", AllowMultipleArgumentsPerToken = true };

    public static readonly Option<bool> Cells = new("--cells") { Description = "Every template cell too, with a state column (PRINTED, BLANK, NOT_APPLICABLE, TEXT, UNREAD)" };

    public static readonly Argument<string> Query = new("query") { Description = "The search, in `archive search` syntax" };

    public static readonly Option<int> Limit = new("--limit") { Description = "At most this many hits (1–100000)", DefaultValueFactory = _ => 1000 };

    public static Command Create(CliContext context)
    {
        var metrics = new Command("metrics", "Every report × metric value matching the filters (columns of /export/metrics.csv)") { Keys };
        foreach (var option in FilterOptions.All)
        {
            metrics.Options.Add(option);
        }

        metrics.Options.Add(Cells);
        metrics.Options.Add(Format);
        metrics.SetAction((result, ct) => ExportHandler.MetricsAsync(
            new MetricsExportInput(
                [.. (result.GetValue(Keys) ?? []).SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                FilterOptions.ToQuery(result), result.GetValue(Cells), result.GetValue(Format), result.GetValue(GlobalOptions.Data), result.GetValue(GlobalOptions.Verbose))
            {
                Database = result.GetValue(GlobalOptions.Db),
            },
            context,
            ct));

        var search = new Command("search", "Every hit of a search, by rank (the columns of /export/search.csv): reportId, score, title, agency, region, year, template, snippet") { Query, Limit, Format };
        search.SetAction((result, ct) => ExportHandler.SearchAsync(
            result.GetValue(Query)!, result.GetValue(Limit), result.GetValue(Format), result.GetValue(GlobalOptions.Data), result.GetValue(GlobalOptions.Verbose), context, ct, result.GetValue(GlobalOptions.Db)));

        return new Command("export", "Write the archive's metrics or a search's hits to stdout as CSV or JSON") { metrics, search };
    }
}

public enum ExportFormat
{
    Csv,
    Json,
}

/// <param name="Filter">The filter options as the API's query-string names (<see cref="FilterOptions.ToQuery"/>).</param>
public sealed record MetricsExportInput(
    IReadOnlyList<string> Keys, IReadOnlyDictionary<string, Microsoft.Extensions.Primitives.StringValues> Filter,
    bool Cells, ExportFormat Format, string? DataDirectory, bool Verbose)
{
    /// <summary>--db: a PostgreSQL connection, or null for $ARCHIVE_DB / SQLite.</summary>
    public string? Database { get; init; }
}
