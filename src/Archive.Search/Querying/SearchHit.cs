using Archive.Search.Highlighting;

namespace Archive.Search.Querying;

/// <summary>One matching report, its relevance score (BM25, computed whatever the sort) and its snippets.</summary>
public sealed record SearchHit(long ReportId, float Score, IReadOnlyList<Snippet> Snippets);
