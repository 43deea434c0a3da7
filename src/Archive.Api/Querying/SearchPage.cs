namespace Archive.Api.Querying;

/// <summary>What <see cref="SearchPageReader"/> read: the page's reports by id, and the regions asked for (codes) with those found.</summary>
public sealed record SearchPage(
    IReadOnlyDictionary<long, ReportView> Reports,
    IReadOnlyList<string> RegionCodes,
    IReadOnlyDictionary<string, RegionView> Regions);
