namespace Archive.Application.Querying;

/// <summary>A text with the ranges that matched a query (offsets into <see cref="Text"/>).</summary>
public sealed record HighlightedText(string Text, IReadOnlyList<TextRange> Highlights);
