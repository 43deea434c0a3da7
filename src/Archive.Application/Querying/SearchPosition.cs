using Archive.Search.Querying;

namespace Archive.Application.Querying;

/// <summary>
/// A hit's place in the result order: score, then report id as the tie-break; when the index
/// answered, its sort key (<see cref="Archive.Search.Querying.SearchHit.SortKey"/>) in <see cref="Order"/>.
/// </summary>
public sealed record SearchPosition(double Score, long ReportId)
{
    public SearchSort Order { get; init; } = SearchSort.Relevance;

    public long? SortKey { get; init; }
}
