using Archive.Search.Facets;

namespace Archive.Search.Querying;

/// <summary>
/// A page of hits. <see cref="TotalHits"/> counts every matching report; <see cref="NextCursor"/> is null on the
/// last page. <see cref="Facets"/> is empty unless requested; keys are <see cref="FacetNames"/>.
/// </summary>
public sealed record SearchResult(
    int TotalHits,
    IReadOnlyList<SearchHit> Hits,
    string? NextCursor,
    bool HasNextPage,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
