using System.CommandLine;
using System.Globalization;
using Archive.Api.Export;
using Archive.Application.Querying;
using Archive.Search.Querying;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Archive.Cli.Commands;

/// <summary>
/// The report filters of the GraphQL <c>ReportFilter</c> as command-line options, read by the same parser as
/// /export/metrics.csv (<see cref="MetricExportQuery.ParseFilter"/>): `archive search` and `archive export` filter
/// exactly as the API does, with the same checks and messages.
/// </summary>
public static class FilterOptions
{
    /// <summary>One option per filter field that has a CLI spelling (<see cref="FilterField.CliOption"/>), typed by its kind.</summary>
    private static readonly IReadOnlyList<(FilterField Field, Option Option)> Options =
    [
        .. ReportFilterFields.All.Where(f => f.CliOption is not null).Select(f => (f, f.Kind switch
        {
            FilterValueKind.Year => (Option)new Option<int?>(f.CliOption!) { Description = f.CliDescription },
            FilterValueKind.Boolean => new Option<bool?>(f.CliOption!) { Description = f.CliDescription },
            _ => new Option<string?>(f.CliOption!) { Description = f.CliDescription },
        })),
    ];

    public static IReadOnlyList<Option> All { get; } = [.. Options.Select(o => o.Option)];

    /// <summary>The options given, as the API's query-string names (regionCode, yearFrom, flagKind …).</summary>
    public static Dictionary<string, StringValues> ToQuery(ParseResult result)
    {
        var query = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (field, option) in Options)
        {
            object? value = option switch
            {
                Option<int?> year => result.GetValue(year),
                Option<bool?> flag => result.GetValue(flag),
                Option<string?> text => result.GetValue(text),
                _ => null,
            };
            if (value is not null)
            {
                query[field.Name] = value is bool b ? (b ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }

        return query;
    }

    /// <exception cref="Archive.Api.GraphQL.Errors.ArchiveError">A value the API would refuse (BAD_USER_INPUT).</exception>
    public static ReportFilter Parse(IReadOnlyDictionary<string, StringValues> query) =>
        MetricExportQuery.ParseFilter(new QueryCollection(query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));
}
