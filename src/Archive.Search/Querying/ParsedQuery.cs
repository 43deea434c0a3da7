using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// A parsed human query: the Lucene query to run, and the exact unit sequences to mark in the body text of hits
/// (quoted phrases, words, and the SmartCn words of a multi-word word).
/// </summary>
internal sealed record ParsedQuery(Query Query, IReadOnlyList<IReadOnlyList<string>> BodyExactSequences);
