using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// A parsed human query: the Lucene query to run, and what to mark in the body text of hits — the SmartCn
/// terms and phrases (for the FastVectorHighlighter) and the exact unit sequences (found by plain search).
/// </summary>
internal sealed record ParsedQuery(Query Query, Query? BodyWordQuery, IReadOnlyList<IReadOnlyList<string>> BodyExactSequences);
