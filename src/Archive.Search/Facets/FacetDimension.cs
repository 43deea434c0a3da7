namespace Archive.Search.Facets;

/// <summary>
/// One facet dimension as the surfaces offer it: its key in <see cref="Querying.SearchResult.Facets"/>, the SearchFacet
/// enum value GraphQL spells it as, the GraphQL description and the label `archive search` prints. Where its values
/// come from in the index is <see cref="Querying.SegmentColumns"/>'s business.
/// </summary>
public sealed record FacetDimension(string Name, string PublicName, string Description, string Label)
{
    /// <summary>The dimensions a search offers, in the order GraphQL and the CLI list them (the index counts <see cref="FacetNames.HasFlags"/> too, unoffered).</summary>
    public static IReadOnlyList<FacetDimension> Offered { get; } =
    [
        new(FacetNames.Year, "YEAR", "Reported year.", "年度"),
        new(FacetNames.Province, "PROVINCE", "Province code (GB/T 2260).", "省份"),
        new(FacetNames.Prefecture, "PREFECTURE", "Prefecture code (GB/T 2260).", "地市"),
        new(FacetNames.County, "COUNTY", "County code (GB/T 2260).", "区县"),
        new(FacetNames.AgencyKind, "AGENCY_KIND", "Agency kind id (e.g. industry_and_it).", "机关类型"),
        new(FacetNames.Template, "TEMPLATE", "Report template (values as ReportTemplate spells them: PRE2019, V2019, V2021).", "模板"),
        new(FacetNames.Timeliness, "TIMELINESS", "The TIMELINESS check of `report.quality` (values as QualityVerdict spells them: PASS, FAIL, UNKNOWN); filter with `publishedLate`.", "按时公开"),
    ];
}
