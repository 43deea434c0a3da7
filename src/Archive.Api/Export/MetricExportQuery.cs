using System.Globalization;
using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Types;
using Archive.Api.Vocabulary;
using Archive.Core.Reports;
using Archive.Search.Querying;
using Microsoft.AspNetCore.Http;

namespace Archive.Api.Export;

/// <summary>
/// Reads the export's query string: the names of the GraphQL ReportFilter fields (regionCode, year, yearFrom,
/// yearTo, agency, agencyId, agencyKind, template, hasFlags, flagKind) plus keys (comma-separated or repeated) and
/// cells (true: every template cell with its state).
/// </summary>
public static class MetricExportQuery
{
    private const int MaxKeys = 200;

    public static MetricExportRequest Parse(IQueryCollection query)
    {
        var keys = query["keys"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > MaxKeys)
        {
            throw ArchiveError.BadUserInput($"keys: at most {MaxKeys} keys");
        }

        return new MetricExportRequest(keys, ParseFilter(query), Boolean(query, "cells") ?? false);
    }

    /// <summary>The report filter of a query string: the GraphQL ReportFilter's field names, checked as GraphQL checks them.</summary>
    public static ReportFilter ParseFilter(IQueryCollection query)
    {
        var input = FilterArguments.Input(field => field.Kind switch
        {
            FilterValueKind.Year => Integer(query, field.Name),
            FilterValueKind.Boolean => Boolean(query, field.Name),
            FilterValueKind.Template => Template(Single(query, field.Name)),
            _ => Single(query, field.Name),
        });
        return FilterArguments.ToFilter(input);
    }

    internal static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw ArchiveError.BadUserInput($"{name} is given {values.Count} times"),
        };
    }

    internal static int? Integer(IQueryCollection query, string name) => Single(query, name) is { } text
        ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw ArchiveError.BadUserInput($"{name}: '{text}' is not a year")
        : null;

    internal static bool? Boolean(IQueryCollection query, string name) => Single(query, name) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => throw ArchiveError.BadUserInput($"{name}: '{other}' is not true or false"),
    };

    /// <summary>The ReportTemplate names (PRE2019, V2019, V2021); the dictionary's strings (pre2019, 2019) are still understood.</summary>
    private static ReportTemplate? Template(string? text) => text is null
        ? null
        : PublicNames.TemplateFromAny(text) ?? throw ArchiveError.BadUserInput($"template: '{text}' is not PRE2019, V2019 or V2021");
}
