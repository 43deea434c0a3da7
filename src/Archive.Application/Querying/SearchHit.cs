namespace Archive.Application.Querying;

/// <summary>One matching report with its score and highlighted passages of its normalized text.</summary>
public sealed record SearchHit(long ReportId, double Score, IReadOnlyList<HighlightedText> Snippets)
{
    /// <summary>Its key in the index's result order, for the next page's cursor; null in a cursor issued before sort keys.</summary>
    public long? SortKey { get; init; }
}
