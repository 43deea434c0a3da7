namespace Archive.Application.Querying;

/// <summary>Facet names a search can count.</summary>
public static class SearchFacets
{
    public const string Year = "year";
    public const string Province = "province";
    public const string Prefecture = "prefecture";
    public const string County = "county";
    public const string AgencyKind = "agencyKind";
    public const string Template = "template";

    public static IReadOnlyList<string> All { get; } = [Year, Province, Prefecture, County, AgencyKind, Template];
}
