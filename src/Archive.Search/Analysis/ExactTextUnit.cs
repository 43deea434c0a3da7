namespace Archive.Search.Analysis;

/// <summary>One unit of <see cref="ExactTextForm"/>: its folded value and where it came from.</summary>
public readonly record struct ExactTextUnit(string Value, int Start, int End);
