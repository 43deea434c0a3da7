using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Search.Tests;

public sealed class ReindexTests
{
    private static readonly TestCorpus Corpus = TestCorpus.Build(syntheticCount: 30);

    [Fact]
    public async Task Reindex_WhileSearchesRun_NoQueryFailsAndTheNewGenerationIsServed()
    {
        using var directory = new TempDirectory("archive-reindex");
        var rebuilder = new IndexRebuilder(directory.Path);
        await rebuilder.RebuildAsync(Documents(Corpus.Documents), CancellationToken.None);
        using var searcher = new ArchiveSearcher(directory.Path);
        var expected = searcher.Search(new SearchRequest("\"公开\"", First: 0)).TotalHits;
        Assert.True(expected > 0);

        using var stop = new CancellationTokenSource();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var queries = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var result = searcher.Search(new SearchRequest("\"公开\"", First: 5, Facets: true));
                    if (result.TotalHits != expected)
                    {
                        failures.Enqueue(new InvalidOperationException($"{result.TotalHits} hits, expected {expected}"));
                    }

                    Interlocked.Increment(ref queries);
                }
                catch (Exception error)
                {
                    failures.Enqueue(error);
                }
            }
        })).ToList();

        var generations = new List<string>();
        for (var round = 0; round < 4; round++)
        {
            var (generation, count) = await rebuilder.RebuildAsync(Documents(Corpus.Documents), CancellationToken.None);
            Assert.Equal(Corpus.Documents.Count, count);
            Assert.True(searcher.MaybeRefresh());
            Assert.Equal(generation, searcher.GenerationPath);
            generations.Add(generation);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.True(queries > 0);
        Assert.Equal(4, generations.Distinct().Count());
        Assert.Equal(generations[^1], IndexGenerations.Current(directory.Path));
        using var published = FSDirectory.Open(generations[^1]);
        using var reader = DirectoryReader.Open(published);
        Assert.Single(reader.Leaves);
    }

    [Fact]
    public async Task MergeIntoOneSegment_KeepsEveryDocumentAndEveryAnswer()
    {
        using var root = new TempDirectory("archive-merge");
        var generation = IndexGenerations.CreateNext(root.Path);
        using (var writer = ArchiveIndexWriter.Create(generation))
        {
            // A commit every few documents leaves many segments.
            await writer.IndexAllAsync(Documents(Corpus.Documents), CancellationToken.None, commitEvery: 1);
        }

        IndexGenerations.Publish(root.Path, generation);
        string[] queries = ["公开", "\"政府信息公开工作\"", "依申请公开 -行政复议", ""];
        var request = (string query) => new SearchRequest(query, First: 1000, Facets: true, SnippetCount: 0);
        List<(int Total, string Ids)> before;
        using (var searcher = new ArchiveSearcher(root.Path, resultCacheEntries: 0))
        {
            before = [.. queries.Select(q => searcher.Search(request(q))).Select(r => (r.TotalHits, string.Join(',', r.Hits.Select(h => h.ReportId).Order())))];
        }

        using (var directory = FSDirectory.Open(generation))
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.True(reader.Leaves.Count > 1);
        }

        using (var writer = ArchiveIndexWriter.Open(root.Path))
        {
            writer.MergeIntoOneSegment();
        }

        using (var directory = FSDirectory.Open(generation))
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.Single(reader.Leaves);
            Assert.Equal(Corpus.Documents.Count, reader.NumDocs);
        }

        using var merged = new ArchiveSearcher(root.Path, resultCacheEntries: 0);
        var after = queries.Select(q => merged.Search(request(q))).Select(r => (r.TotalHits, string.Join(',', r.Hits.Select(h => h.ReportId).Order()))).ToList();
        Assert.Equal(before, after);
    }

    [Fact]
    public void Open_IndexOfAnotherAnalysisVersion_ThrowsReindexNeeded()
    {
        using var directory = new TempDirectory("archive-version");
        var generation = IndexGenerations.CreateNext(directory.Path);
        using (var fs = FSDirectory.Open(generation))
        using (var writer = new IndexWriter(fs, new IndexWriterConfig(ArchiveLuceneVersion.Current, ArchiveAnalyzers.Create())))
        {
            writer.SetCommitData(new Dictionary<string, string> { [AnalysisVersion.CommitDataKey] = "older-analysis" });
            writer.Commit();
        }

        IndexGenerations.Publish(directory.Path, generation);

        var error = Assert.Throws<IndexAnalysisMismatchException>(() => new ArchiveSearcher(directory.Path));
        Assert.Contains("reindex needed", error.Message, StringComparison.Ordinal);
        Assert.Equal("older-analysis", error.FoundVersion);
        Assert.Throws<IndexAnalysisMismatchException>(() => ArchiveIndexWriter.Open(directory.Path));
    }

    [Fact]
    public void Searcher_BeforeAnyIndexExists_AnswersEmptyThenSeesTheFirstCommit()
    {
        using var directory = new TempDirectory("archive-empty");
        using var searcher = new ArchiveSearcher(directory.Path);
        Assert.Equal(0, searcher.Search(new SearchRequest("公开")).TotalHits);

        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            writer.Index(Corpus.Documents[0]);
            writer.Commit();
            writer.Delete(Corpus.Documents[0].ReportId);
            writer.Index(Corpus.Documents[1]);
        }

        Assert.True(searcher.MaybeRefresh());
        var hits = searcher.Search(new SearchRequest(string.Empty)).Hits;
        Assert.Equal([Corpus.Documents[1].ReportId], hits.Select(h => h.ReportId));
    }

    private static async IAsyncEnumerable<SearchDocument> Documents(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
