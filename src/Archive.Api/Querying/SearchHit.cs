namespace Archive.Api.Querying;

/// <summary>One matching report with its score and highlighted passages of its normalized text.</summary>
public sealed record SearchHit(long ReportId, double Score, IReadOnlyList<HighlightedText> Snippets);
