namespace Archive.Application.Querying;

/// <summary>How many matches have this facet value (a year, a region code, an agency kind or a template).</summary>
public sealed record FacetCount(string Value, int Count);
