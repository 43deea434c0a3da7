namespace Archive.Core.Agencies;

/// <summary>A kind of reporting body (metric-dictionary.md §12).</summary>
/// <param name="Id">Stable id stored and served (industry_and_it).</param>
/// <param name="Label">Chinese label for display and facets (工业和信息化).</param>
/// <param name="NameEndings">Name endings that select the kind, as listed in the dictionary.</param>
public sealed record AgencyKind(string Id, string Label, IReadOnlyList<string> NameEndings);
