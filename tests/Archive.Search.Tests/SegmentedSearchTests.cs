using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;

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

    [Theory]
    [InlineData("公开", SearchSort.Relevance)]
    [InlineData("依申请公开 -行政复议", SearchSort.Relevance)]
    [InlineData("信息 OR 工作", SearchSort.Relevance)]
    [InlineData("政府 信息", SearchSort.Relevance)]
    [InlineData("依申请公开 year:2000..2100", SearchSort.Relevance)]
    [InlineData("\"政府信息\"", SearchSort.YearDesc)]
    [InlineData("", SearchSort.PublishedDesc)]
    public void SegmentsCutIntoRanges_GiveTheSameHitsPagesAndFacets_AsWholeSegments(string query, SearchSort sort)
    {
        using var sliced = new ArchiveSearcher(fixture.IndexRoot, new TestRegionNames(), resultCacheEntries: 0) { MinSliceDocs = 5 };
        using var whole = new ArchiveSearcher(fixture.IndexRoot, new TestRegionNames(), resultCacheEntries: 0) { MinSliceDocs = int.MaxValue };
        var request = new SearchRequest(query, Sort: sort, First: 7, Facets: true, SnippetCount: 0);
        string? after = null;
        var pages = 0;
        do
        {
            var expected = whole.Search(request with { After = after });
            var actual = sliced.Search(request with { After = after });

            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.Hits.Select(h => (h.ReportId, h.Score)), actual.Hits.Select(h => (h.ReportId, h.Score)));
            Assert.Equal(expected.NextCursor, actual.NextCursor);
            foreach (var (facet, values) in expected.Facets)
            {
                Assert.Equal(values, actual.Facets[facet]);
            }

            after = expected.NextCursor;
            pages++;
        }
        while (after is not null);

        Assert.True(pages > 1, "the query should need several pages");
    }

    [Fact]
    public void Slices_CoverEverySegmentOnce_InRangesOfAboutEqualSize()
    {
        using var directory = FSDirectory.Open(IndexGenerations.Current(fixture.IndexRoot)!);
        using var reader = DirectoryReader.Open(directory);

        var slices = SearchSlices.Of(reader.Leaves, minDocs: 10);

        Assert.True(slices.Count > reader.Leaves.Count);
        foreach (var segment in reader.Leaves)
        {
            var ranges = slices.Where(s => s.Segment.Ord == segment.Ord).OrderBy(s => s.From).ToList();
            Assert.Equal(0, ranges[0].From);
            Assert.Equal(segment.AtomicReader.MaxDoc, ranges[^1].To);
            Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
            Assert.All(ranges, r => Assert.True(r.To - r.From >= 10, $"a range of {r.To - r.From} documents"));
            Assert.True(ranges.Max(r => r.To - r.From) - ranges.Min(r => r.To - r.From) <= 1, "ranges of one segment differ by a document at most");
        }
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
