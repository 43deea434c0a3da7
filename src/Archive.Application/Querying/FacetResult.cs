namespace Archive.Application.Querying;

/// <summary>Counts of one facet over all matches, largest first.</summary>
public sealed record FacetResult(string Name, IReadOnlyList<FacetCount> Values);
