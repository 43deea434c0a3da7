using Archive.Search.Highlighting;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;

namespace Archive.Search.Tests;

public sealed class ReportTextSourceTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    private const string Query = "依申请公开";

    [Fact]
    public void Snippets_FromASourceWithTheIndexedTexts_EqualSnippetsFromTheIndex()
    {
        var source = new RecordingTextSource(fixture.Corpus.Documents.ToDictionary(d => d.ReportId, d => d.Text));
        using var searcher = new ArchiveSearcher(fixture.IndexRoot, resultCacheEntries: 0, texts: source);
        using var fromIndex = new ArchiveSearcher(fixture.IndexRoot, resultCacheEntries: 0);
        var request = new SearchRequest(Query, First: 20);

        var expected = fromIndex.Search(request).Hits;
        var actual = searcher.Search(request).Hits;

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => h.ReportId), actual.Select(h => h.ReportId));
        Assert.Equal(
            expected.SelectMany(h => h.Snippets).Select(s => (s.Start, s.Marked)),
            actual.SelectMany(h => h.Snippets).Select(s => (s.Start, s.Marked)));

        // One read for the whole page, asking for exactly its hits.
        var read = Assert.Single(source.Reads);
        Assert.Equal(actual.Select(h => h.ReportId).Order(), read.Order());
    }

    [Fact]
    public void Snippets_ComeFromTheSourcesText_AndFromTheIndexForIdsItLeavesOut()
    {
        using var fromIndex = new ArchiveSearcher(fixture.IndexRoot, resultCacheEntries: 0);
        var request = new SearchRequest(Query, First: 10);
        var hits = fromIndex.Search(request).Hits;
        Assert.True(hits.Count >= 2, "the corpus has several reports with the query word");
        var changed = hits[0].ReportId;
        var left = hits[1].ReportId;

        // The source's text for one report differs from the indexed one (as after a re-ingest not yet indexed).
        var texts = fixture.Corpus.Documents.Where(d => d.ReportId != left)
            .ToDictionary(d => d.ReportId, d => d.ReportId == changed ? "前言。" + Query + "在此。" : d.Text);
        using var searcher = new ArchiveSearcher(fixture.IndexRoot, resultCacheEntries: 0, texts: new RecordingTextSource(texts));
        var result = searcher.Search(request).Hits.ToDictionary(h => h.ReportId);

        var snippet = Assert.Single(result[changed].Snippets);
        Assert.Equal(Query + "在此。", snippet.Text);
        Assert.Equal(3, snippet.Start);
        Assert.Equal(
            hits[1].Snippets.Select(s => (s.Start, s.Marked)),
            result[left].Snippets.Select(s => (s.Start, s.Marked)));
    }

    [Fact]
    public void NoSnippetsAsked_ReadsNoTexts()
    {
        var source = new RecordingTextSource(new Dictionary<long, string>());
        using var searcher = new ArchiveSearcher(fixture.IndexRoot, resultCacheEntries: 0, texts: source);

        var result = searcher.Search(new SearchRequest(Query, First: 10, SnippetCount: 0));

        Assert.NotEmpty(result.Hits);
        Assert.Empty(source.Reads);
    }

    private sealed class RecordingTextSource(IReadOnlyDictionary<long, string> texts) : IReportTextSource
    {
        public List<long[]> Reads { get; } = [];

        public IReadOnlyDictionary<long, string> GetTexts(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
        {
            lock (Reads)
            {
                Reads.Add([.. reportIds]);
            }

            return reportIds.Where(texts.ContainsKey).ToDictionary(id => id, id => texts[id]);
        }
    }
}
