using Archive.Search.Highlighting;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// A parsed human query: the Lucene query to run, and the exact unit sequences to mark in the body text of hits
/// (quoted phrases, words, and the SmartCn words of a multi-word word, marked where the word's sequence is absent).
/// </summary>
internal sealed record ParsedQuery(Query Query, IReadOnlyList<HighlightTerm> Highlights)
{
    /// <summary>The unit sequences of every highlight term, typed or part.</summary>
    public IReadOnlyList<IReadOnlyList<string>> BodyExactSequences => [.. Highlights.Select(h => h.Units)];
}
