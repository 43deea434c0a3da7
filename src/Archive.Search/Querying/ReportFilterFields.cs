using System.Globalization;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>What a filter value is: how a surface types it (GraphQL), reads it from text (query string, CLI) and checks it.</summary>
public enum FilterValueKind
{
    /// <summary>A six-digit GB/T 2260 code (a string).</summary>
    RegionCode,

    /// <summary>A reported year (an int).</summary>
    Year,

    /// <summary>A name or an id of the vocabulary, at most <see cref="SearchLimits.MaxFilterTextLength"/> characters (a string).</summary>
    Text,

    /// <summary>An agency's global id on the surfaces, its database id (a long) in <see cref="ReportFilter"/>.</summary>
    AgencyId,

    /// <summary>A report template (PRE2019, V2019, V2021 on the surfaces; a <see cref="ReportTemplate"/> in <see cref="ReportFilter"/>).</summary>
    Template,

    /// <summary>true or false.</summary>
    Boolean,
}

/// <summary>
/// One filter of <see cref="ReportFilter"/> as every adapter reads it: its public name (GraphQL input field and
/// query-string parameter), its kind, its descriptions, its CLI option, how it is read from and written to a
/// filter, and its condition on the index. The SQL adapter (Archive.Api ReportFilterExtensions) keys its predicates
/// by <see cref="Name"/>; a test checks that every field has one.
/// </summary>
/// <param name="Name">The public spelling: the GraphQL ReportFilter field, the /export query-string parameter.</param>
/// <param name="Description">The GraphQL description (schema.graphql).</param>
/// <param name="CliOption">The `archive search`/`archive export` option, or null when the CLI does not offer it.</param>
public sealed record FilterField(string Name, FilterValueKind Kind, string Description, string? CliOption, string? CliDescription)
{
    /// <summary>
    /// The value this field holds in a filter, null when unset; null itself for an input alias (<c>year</c>) that only
    /// writes other fields. The cursor fingerprint and the SQL adapter read it.
    /// </summary>
    public Func<ReportFilter, object?>? Read { get; init; }

    /// <summary>The filter with this field set to a checked value (string, int, long, bool or ReportTemplate by <see cref="Kind"/>).</summary>
    public required Func<ReportFilter, object, ReportFilter> Write { get; init; }

    /// <summary>The index's condition for a set value; null when the index cannot answer it (resolved before: agencyId).</summary>
    internal Func<object, Query>? Index { get; init; }
}

/// <summary>
/// Every report filter, in the order GraphQL lists them. A new filter is a <see cref="ReportFilter"/> property, a
/// field here (with its index condition and, for a new index field, the field in <see cref="SearchDocumentMapper"/>),
/// its SQL predicate, and a property of the GraphQL input class; every surface then offers it.
/// </summary>
public static class ReportFilterFields
{
    public static IReadOnlyList<FilterField> All { get; } =
    [
        new("regionCode", FilterValueKind.RegionCode,
            "A six-digit GB/T 2260 code at any level: a province (640000) includes its prefectures and counties, a prefecture (640200) its counties.",
            "--region", "Region code (GB/T 2260), e.g. 640000: the region and everything under it")
        {
            Read = f => f.RegionCode,
            Write = (f, v) => f with { RegionCode = (string)v },
            Index = v => RegionQuery((string)v),
        },
        new("year", FilterValueKind.Year, "Exactly this reported year (not together with yearFrom/yearTo).", "--year", "Reported year")
        {
            Write = (f, v) => f with { YearFrom = (int)v, YearTo = (int)v },
        },
        new("yearFrom", FilterValueKind.Year, "Reported year from (inclusive).", "--year-from", "First reported year")
        {
            Read = f => f.YearFrom,
            Write = (f, v) => f with { YearFrom = (int)v },
            Index = v => HumanQueryParser.YearRangeQuery((int)v, null),
        },
        new("yearTo", FilterValueKind.Year, "Reported year to (inclusive).", "--year-to", "Last reported year")
        {
            Read = f => f.YearTo,
            Write = (f, v) => f with { YearTo = (int)v },
            Index = v => HumanQueryParser.YearRangeQuery(null, (int)v),
        },
        new("agency", FilterValueKind.Text, "The agency's full name, exactly (e.g. 平罗县工业和信息化局).", "--agency", "Agency name as stored, e.g. 平罗县人民政府")
        {
            Read = f => f.AgencyName,
            Write = (f, v) => f with { AgencyName = (string)v },
            Index = v => Term(IndexFields.AgencyKey, (string)v),
        },
        new("agencyId", FilterValueKind.AgencyId, "The agency's global id (`Agency.id`).", null, null)
        {
            Read = f => f.AgencyId,
            Write = (f, v) => f with { AgencyId = (long)v },
        },
        new("agencyKind", FilterValueKind.Text, "Agency kind id (metric-dictionary.md §12), e.g. industry_and_it.", "--agency-kind", "Agency kind id, e.g. people_government")
        {
            Read = f => f.AgencyKind,
            Write = (f, v) => f with { AgencyKind = (string)v },
            Index = v => Term(IndexFields.AgencyKind, (string)v),
        },
        new("template", FilterValueKind.Template, "The report layout.", "--template", "PRE2019, V2019 or V2021")
        {
            Read = f => f.Template,
            Write = (f, v) => f with { Template = (ReportTemplate)v },
            Index = v => Term(IndexFields.Template, ((ReportTemplate)v).StableId()),
        },
        new("hasFlags", FilterValueKind.Boolean, "true: only reports with data-quality flags; false: only reports without.", "--has-flags", "true: only reports with quality flags; false: only reports without")
        {
            Read = f => f.HasFlags,
            Write = (f, v) => f with { HasFlags = (bool)v },
            Index = v => Term(IndexFields.HasFlags, (bool)v ? "1" : "0"),
        },
        new("flagKind", FilterValueKind.Text, "Only reports with a flag of this kind, e.g. identity_violation.", "--flag-kind", "Only reports with this quality flag, e.g. identity_violation")
        {
            Read = f => f.FlagKind,
            Write = (f, v) => f with { FlagKind = (string)v },
            Index = v => Term(IndexFields.FlagKind, (string)v),
        },
        new("publishedLate", FilterValueKind.Boolean,
            "The TIMELINESS check of `report.quality`: true, only reports published after their legal deadline (FAIL); false, only reports published by it (PASS). Reports without a verdict (no calendar date, a date within the reported year, no deadline known for the body) match neither.",
            "--published-late", "true: only reports published after their legal deadline; false: only reports published by it")
        {
            Read = f => f.PublishedLate,
            Write = (f, v) => f with { PublishedLate = (bool)v },
            Index = v => TimelinessQueries.Published((bool)v),
        },
    ];

    /// <summary>The fields a filter holds (every field but input aliases), with their values in <paramref name="filter"/> (null: unset).</summary>
    public static IEnumerable<(FilterField Field, object? Value)> Values(ReportFilter filter) =>
        All.Where(f => f.Read is not null).Select(f => (f, f.Read!(filter)));

    /// <summary>The values of <paramref name="filter"/> as one text, for the cursor fingerprint: every field takes part.</summary>
    internal static string Fingerprint(ReportFilter filter) =>
        string.Join('\u001F', Values(filter).Select(v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)));

    private static TermQuery Term(string field, string value) => new(new Term(field, value));

    private static Query RegionQuery(string code)
    {
        code = code.Trim();
        return RegionCodes.IsCode(code)
            ? HumanQueryParser.RegionFilterQuery(code)
            : throw new SearchSyntaxException($"Region filter '{code}' is not a six-digit GB/T 2260 code.");
    }
}
