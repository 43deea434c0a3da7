using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;
using Archive.Testing;

namespace Archive.Search.Tests;

public sealed class CursorPagingTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    [Theory]
    [InlineData(SearchSort.Relevance, "公开")]
    [InlineData(SearchSort.Relevance, "")]
    [InlineData(SearchSort.YearDesc, "\"政府\"")]
    [InlineData(SearchSort.YearAsc, "")]
    [InlineData(SearchSort.PublishedDesc, "工作")]
    [InlineData(SearchSort.PublishedAsc, "")]
    [InlineData(SearchSort.Region, "公开")]
    [InlineData(SearchSort.Region, "")]
    public void Paging_ToTheEnd_VisitsEveryHitExactlyOnce(SearchSort sort, string query)
    {
        var all = fixture.Ids(query).Ids;
        var visited = new List<long>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = fixture.Searcher.Search(new SearchRequest(query, Sort: sort, First: 7, After: after, SnippetCount: 0));
            Assert.Equal(all.Count, page.TotalHits);
            visited.AddRange(page.Hits.Select(h => h.ReportId));
            Assert.Equal(page.HasNextPage, page.NextCursor is not null);
            after = page.NextCursor;
            pages++;
        }
        while (after is not null && pages < 100);

        Assert.True(all.Count > 7, "the query should need several pages");
        Assert.Equal(visited.Count, visited.Distinct().Count());
        Assert.Equal(all, visited.ToHashSet());
    }

    [Theory]
    [InlineData(SearchSort.Relevance, "公开")]
    [InlineData(SearchSort.Relevance, "")]
    [InlineData(SearchSort.YearDesc, "政府")]
    [InlineData(SearchSort.YearAsc, "")]
    [InlineData(SearchSort.PublishedDesc, "")]
    [InlineData(SearchSort.PublishedAsc, "工作")]
    [InlineData(SearchSort.Region, "")]
    public void Paging_ReturnsHitsInTheOrderAsked_TiesNewestFirst(SearchSort sort, string query)
    {
        var documents = fixture.Corpus.Documents.ToDictionary(d => d.ReportId);
        var hits = new List<SearchHit>();
        string? after = null;
        do
        {
            var page = fixture.Searcher.Search(new SearchRequest(query, Sort: sort, First: 9, After: after, SnippetCount: 0));
            hits.AddRange(page.Hits);
            after = page.NextCursor;
        }
        while (after is not null);

        // The order by this test's own reading of the metadata; missing values last.
        static long Year(SearchDocument d) => d.Year ?? 0;
        static long Day(SearchDocument d) => d.Published?.DayNumber ?? 0;
        static long Region(SearchDocument d) => long.Parse(d.CountyCode ?? d.PrefectureCode ?? d.ProvinceCode ?? "999999", System.Globalization.CultureInfo.InvariantCulture);
        var keyed = hits.Select(h => (Hit: h, Doc: documents[h.ReportId])).ToList();
        var expected = sort switch
        {
            SearchSort.YearDesc => keyed.OrderBy(x => x.Doc.Year is null).ThenByDescending(x => Year(x.Doc)).ThenByDescending(x => Day(x.Doc)),
            SearchSort.YearAsc => keyed.OrderBy(x => x.Doc.Year is null).ThenBy(x => Year(x.Doc)).ThenBy(x => Day(x.Doc)),
            SearchSort.PublishedDesc => keyed.OrderBy(x => x.Doc.Published is null).ThenByDescending(x => Day(x.Doc)).ThenByDescending(x => Year(x.Doc)),
            SearchSort.PublishedAsc => keyed.OrderBy(x => x.Doc.Published is null).ThenBy(x => Day(x.Doc)).ThenBy(x => Year(x.Doc)),
            SearchSort.Region => keyed.OrderBy(x => Region(x.Doc)).ThenByDescending(x => Year(x.Doc)).ThenByDescending(x => Day(x.Doc)),
            _ => keyed.OrderByDescending(x => x.Hit.Score).ThenByDescending(x => Year(x.Doc)).ThenByDescending(x => Day(x.Doc)),
        };

        Assert.True(hits.Count > 9, "the query should need several pages");
        Assert.Equal(expected.ThenBy(x => x.Hit.ReportId).Select(x => x.Hit.ReportId), hits.Select(h => h.ReportId));
    }

    [Fact]
    public void Paging_AcrossAnIndexRefresh_StillVisitsEveryOriginalHitOnce()
    {
        using var directory = new TempDirectory("archive-paging");
        using var writer = ArchiveIndexWriter.Open(directory.Path);
        foreach (var document in fixture.Corpus.Documents)
        {
            writer.Index(document);
        }

        writer.Commit();
        using var searcher = new ArchiveSearcher(directory.Path);
        var expected = fixture.Ids("\"公开\"").Ids;
        var visited = new List<long>();
        var first = searcher.Search(new SearchRequest("\"公开\"", Sort: SearchSort.YearDesc, First: 5, SnippetCount: 0));
        visited.AddRange(first.Hits.Select(h => h.ReportId));

        // Re-index every report (new Lucene doc ids, merged segments) between pages.
        foreach (var document in fixture.Corpus.Documents)
        {
            writer.Index(document);
        }

        writer.Commit();
        Assert.True(searcher.MaybeRefresh());
        var after = first.NextCursor;
        while (after is not null)
        {
            var page = searcher.Search(new SearchRequest("\"公开\"", Sort: SearchSort.YearDesc, First: 5, After: after, SnippetCount: 0));
            visited.AddRange(page.Hits.Select(h => h.ReportId));
            after = page.NextCursor;
        }

        Assert.Equal(visited.Count, visited.Distinct().Count());
        Assert.Equal(expected, visited.ToHashSet());
    }

    [Theory]
    [InlineData("not-a-cursor!!")]
    [InlineData("djF8UmVsZXZhbmNlfDEyMw")]
    [InlineData("")]
    public void BadCursor_Throws_InvalidCursorException(string cursor) =>
        Assert.Throws<InvalidCursorException>(() => fixture.Searcher.Search(new SearchRequest("公开", After: cursor)));

    [Fact]
    public void Cursor_FromAnotherQuery_Throws_InvalidCursorException()
    {
        var cursor = fixture.Searcher.Search(new SearchRequest("公开", First: 2)).NextCursor;

        Assert.NotNull(cursor);
        Assert.Throws<InvalidCursorException>(() => fixture.Searcher.Search(new SearchRequest("工作", First: 2, After: cursor)));
        Assert.Throws<InvalidCursorException>(() => fixture.Searcher.Search(new SearchRequest("公开", Sort: SearchSort.YearAsc, First: 2, After: cursor)));
    }
}
