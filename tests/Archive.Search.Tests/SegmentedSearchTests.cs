using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;
using Archive.Testing;

namespace Archive.Search.Tests;

/// <summary>Segments are searched in parallel and merged; results are cached per index reader.</summary>
public sealed class SegmentedSearchTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    [Theory]
    [InlineData("公开", SearchSort.Relevance)]
    [InlineData("\"政府信息\"", SearchSort.YearDesc)]
    [InlineData("", SearchSort.PublishedDesc)]
    public void ManySegments_GiveTheSameHitsTotalsAndFacets_AsOne(string query, SearchSort sort)
    {
        using var directory = new TempDirectory("archive-segments");
        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            // A commit every few reports leaves many small segments.
            var count = 0;
            foreach (var document in fixture.Corpus.Documents)
            {
                writer.Index(document);
                if (++count % 4 == 0)
                {
                    writer.Commit();
                }
            }

            writer.Commit();
        }

        using var segmented = new ArchiveSearcher(directory.Path, new TestRegionNames(), resultCacheEntries: 0);
        var request = new SearchRequest(query, Sort: sort, First: 100, Facets: true, SnippetCount: 0);
        var many = segmented.Search(request);
        var one = fixture.Searcher.Search(request);

        Assert.True(many.TotalHits > 0);
        Assert.Equal(one.TotalHits, many.TotalHits);
        Assert.Equal(one.Hits.Select(h => h.ReportId), many.Hits.Select(h => h.ReportId));
        foreach (var (facet, values) in one.Facets)
        {
            Assert.Equal(values, many.Facets[facet]);

            // Largest count first, then by value.
            Assert.Equal(values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal), many.Facets[facet]);
        }

        Assert.Contains(many.Facets.Values, values => values.Count > 1);
    }

    [Fact]
    public void CachedResult_IsNeverServed_AfterNewDataIsVisible()
    {
        using var directory = new TempDirectory("archive-cache");
        using var writer = ArchiveIndexWriter.Open(directory.Path);
        var documents = fixture.Corpus.Documents;
        foreach (var document in documents.Take(documents.Count / 2))
        {
            writer.Index(document);
        }

        writer.Commit();
        using var searcher = new ArchiveSearcher(directory.Path, new TestRegionNames(), resultCacheEntries: 100);
        var request = new SearchRequest("公开", First: 5, Facets: true);
        var before = searcher.Search(request);
        Assert.Same(before, searcher.Search(request));

        foreach (var document in documents.Skip(documents.Count / 2))
        {
            writer.Index(document);
        }

        writer.Commit();
        Assert.True(searcher.MaybeRefresh());
        var after = searcher.Search(request);

        Assert.NotSame(before, after);
        Assert.Equal(fixture.Searcher.Search(request with { First = 0 }).TotalHits, after.TotalHits);
        Assert.True(after.TotalHits > before.TotalHits);
    }
}
