using Lucene.Net.Search.Similarities;

namespace Archive.Search.Analysis;

/// <summary>The one ranking function, BM25, shared by the writer (norms) and every searcher (scores).</summary>
public static class ArchiveSimilarity
{
    public static Similarity Instance { get; } = new BM25Similarity();
}
