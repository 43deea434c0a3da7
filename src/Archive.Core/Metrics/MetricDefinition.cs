namespace Archive.Core.Metrics;

/// <summary>One key of the metric dictionary (metric-dictionary.md Appendix A).</summary>
/// <param name="Key">Stable dotted key, e.g. apply.new.total.</param>
/// <param name="Label">Chinese label as the template prints it (row + column).</param>
/// <param name="Unit">Canonical unit; for money keys the printed unit wins.</param>
/// <param name="Templates">Templates the key belongs to: "2019", "2021", or "any" (pre2019 table or prose).</param>
public sealed record MetricDefinition(string Key, string Label, string? Unit, IReadOnlyList<string> Templates);
