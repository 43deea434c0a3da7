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

    public static readonly Option<string?> Region = new("--region") { Description = "Region code (GB/T 2260), e.g. 640000: the region and everything under it" };

    public static readonly Option<int?> Year = new("--year") { Description = "Reported year" };

    public static readonly Option<int?> YearFrom = new("--year-from") { Description = "First reported year" };

    public static readonly Option<int?> YearTo = new("--year-to") { Description = "Last reported year" };

    public static readonly Option<string?> AgencyKind = new("--agency-kind") { Description = "Agency kind id, e.g. people_government" };

    public static readonly Option<string?> Template = new("--template") { Description = "PRE2019, V2019 or V2021" };

    public static readonly Option<string?> FlagKind = new("--flag-kind") { Description = "Only reports with this quality flag, e.g. identity_violation" };

    public static readonly Option<bool> Cells = new("--cells") { Description = "Every template cell too, with a state column (PRINTED, BLANK, NOT_APPLICABLE, TEXT, UNREAD)" };

    public static readonly Argument<string> Query = new("query") { Description = "The search, in `archive search` syntax" };

    public static readonly Option<int> Limit = new("--limit") { Description = "At most this many hits (1–100000)", DefaultValueFactory = _ => 1000 };

    public static Command Create(CliContext context)
    {
        var metrics = new Command("metrics", "Every report × metric value matching the filters (columns of /export/metrics.csv)")
        {
            Keys, Region, Year, YearFrom, YearTo, AgencyKind, Template, FlagKind, Cells, Format,
        };
        metrics.SetAction((result, ct) => ExportHandler.MetricsAsync(
            new MetricsExportInput(
                [.. (result.GetValue(Keys) ?? []).SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                result.GetValue(Region), result.GetValue(Year), result.GetValue(YearFrom), result.GetValue(YearTo), result.GetValue(AgencyKind),
                result.GetValue(Template), result.GetValue(FlagKind), result.GetValue(Cells), result.GetValue(Format), result.GetValue(GlobalOptions.Data), result.GetValue(GlobalOptions.Verbose)),
            context,
            ct));

        var search = new Command("search", "Every hit of a search, by rank (the columns of /export/search.csv): reportId, score, title, agency, region, year, template, snippet") { Query, Limit, Format };
        search.SetAction((result, ct) => ExportHandler.SearchAsync(
            result.GetValue(Query)!, result.GetValue(Limit), result.GetValue(Format), result.GetValue(GlobalOptions.Data), result.GetValue(GlobalOptions.Verbose), context, ct));

        return new Command("export", "Write the archive's metrics or a search's hits to stdout as CSV or JSON") { metrics, search };
    }
}

public enum ExportFormat
{
    Csv,
    Json,
}

public sealed record MetricsExportInput(
    IReadOnlyList<string> Keys, string? Region, int? Year, int? YearFrom, int? YearTo, string? AgencyKind, string? Template, string? FlagKind,
    bool Cells, ExportFormat Format, string? DataDirectory, bool Verbose);
