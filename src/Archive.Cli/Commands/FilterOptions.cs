using System.CommandLine;
using System.Globalization;
using Archive.Api.Export;
using Archive.Application.Querying;
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
    public static readonly Option<string?> Region = new("--region") { Description = "Region code (GB/T 2260), e.g. 640000: the region and everything under it" };

    public static readonly Option<int?> Year = new("--year") { Description = "Reported year" };

    public static readonly Option<int?> YearFrom = new("--year-from") { Description = "First reported year" };

    public static readonly Option<int?> YearTo = new("--year-to") { Description = "Last reported year" };

    public static readonly Option<string?> Agency = new("--agency") { Description = "Agency name as stored, e.g. 平罗县人民政府" };

    public static readonly Option<string?> AgencyKind = new("--agency-kind") { Description = "Agency kind id, e.g. people_government" };

    public static readonly Option<string?> Template = new("--template") { Description = "PRE2019, V2019 or V2021" };

    public static readonly Option<bool?> HasFlags = new("--has-flags") { Description = "true: only reports with quality flags; false: only reports without" };

    public static readonly Option<string?> FlagKind = new("--flag-kind") { Description = "Only reports with this quality flag, e.g. identity_violation" };

    public static IReadOnlyList<Option> All { get; } = [Region, Year, YearFrom, YearTo, Agency, AgencyKind, Template, HasFlags, FlagKind];

    /// <summary>The options given, as the API's query-string names (regionCode, yearFrom, flagKind …).</summary>
    public static Dictionary<string, StringValues> ToQuery(ParseResult result)
    {
        var query = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        void Set(string name, object? value)
        {
            if (value is not null)
            {
                query[name] = value is bool b ? (b ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }

        Set("regionCode", result.GetValue(Region));
        Set("year", result.GetValue(Year));
        Set("yearFrom", result.GetValue(YearFrom));
        Set("yearTo", result.GetValue(YearTo));
        Set("agency", result.GetValue(Agency));
        Set("agencyKind", result.GetValue(AgencyKind));
        Set("template", result.GetValue(Template));
        Set("hasFlags", result.GetValue(HasFlags));
        Set("flagKind", result.GetValue(FlagKind));
        return query;
    }

    /// <exception cref="Archive.Api.GraphQL.Errors.ArchiveError">A value the API would refuse (BAD_USER_INPUT).</exception>
    public static ReportFilter Parse(IReadOnlyDictionary<string, StringValues> query) =>
        MetricExportQuery.ParseFilter(new QueryCollection(query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));
}
