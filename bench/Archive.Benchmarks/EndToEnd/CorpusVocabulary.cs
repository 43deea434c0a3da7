namespace Archive.Benchmarks.EndToEnd;

/// <summary>Search strings taken from the archive's own text: single words by frequency, and the Zipf scenario's ranked queries.</summary>
internal sealed record CorpusVocabulary(IReadOnlyList<string> Words, IReadOnlyList<string> RankedQueries);
