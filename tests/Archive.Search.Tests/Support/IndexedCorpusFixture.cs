using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Testing;

namespace Archive.Search.Tests.Support;

/// <summary>The test corpus indexed once into a temporary index root, with a searcher over it.</summary>
public sealed class IndexedCorpusFixture : IDisposable
{
    private readonly TempDirectory _directory = new("archive-search");

    public IndexedCorpusFixture()
    {
        Corpus = TestCorpus.Build();
        using (var writer = ArchiveIndexWriter.Open(_directory.Path))
        {
            foreach (var document in Corpus.Documents)
            {
                writer.Index(document);
            }

            writer.Commit();
        }

        Searcher = new ArchiveSearcher(_directory.Path, new TestRegionNames());
    }

    public TestCorpus Corpus { get; }

    public ArchiveSearcher Searcher { get; }

    public string IndexRoot => _directory.Path;

    /// <summary>Report ids of every hit of <paramref name="query"/>, page after page.</summary>
    public (int Total, HashSet<long> Ids) Ids(string query, ReportFilter? filter = null)
    {
        var ids = new HashSet<long>();
        var request = new SearchRequest(query, filter, First: 100, SnippetCount: 0);
        var result = Searcher.Search(request);
        ids.UnionWith(result.Hits.Select(h => h.ReportId));
        while (result.NextCursor is { } after)
        {
            result = Searcher.Search(request with { After = after });
            ids.UnionWith(result.Hits.Select(h => h.ReportId));
        }

        return (result.TotalHits, ids);
    }

    public void Dispose()
    {
        Searcher.Dispose();
        _directory.Dispose();
    }
}
