namespace Archive.Search.Facets;

/// <summary>Keys of <see cref="Querying.SearchResult.Facets"/>.</summary>
public static class FacetNames
{
    public const string Year = "year";
    public const string Province = "province";
    public const string Prefecture = "prefecture";
    public const string County = "county";
    public const string Template = "template";
    public const string AgencyKind = "agencyKind";
    public const string HasFlags = "hasFlags";
    public const string Timeliness = "timeliness";

    public static IReadOnlyList<string> All { get; } = [Year, Province, Prefecture, County, Template, AgencyKind, HasFlags, Timeliness];
}
