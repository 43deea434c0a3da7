using Archive.Search.Analysis;
using Archive.Search.Facets;
using Archive.Search.Highlighting;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Search.Querying;

/// <summary>
/// Answers searches over the live index generation under an index root. Thread-safe; make one per process.
/// It holds no writer: call <see cref="MaybeRefresh"/> periodically (a hosted service does) or after ingest to see
/// new commits and to move to a rebuilt generation; searches running meanwhile finish on what they acquired.
/// </summary>
public sealed class ArchiveSearcher : IDisposable
{
    private readonly string _indexRoot;
    private readonly int _maxPageSize;
    private readonly HumanQueryParser _parser;
    private readonly System.Threading.Lock _refreshLock = new();
    private LiveGeneration? _live;
    private LiveGeneration? _retired;
    private bool _disposed;

    /// <exception cref="IndexAnalysisMismatchException">The live index was built with another analysis version.</exception>
    public ArchiveSearcher(string indexRoot, IRegionNameResolver? regionNames = null, int maxPageSize = 100)
    {
        _indexRoot = indexRoot;
        _maxPageSize = maxPageSize;
        _parser = new HumanQueryParser(ArchiveAnalyzers.Create(), regionNames ?? NoRegionNames.Instance);
        MaybeRefresh();
    }

    /// <summary>The generation directory searches currently read, or null while the root holds no index.</summary>
    public string? GenerationPath => Volatile.Read(ref _live)?.Path;

    /// <summary>
    /// Picks up new commits and a newly published generation. Returns true when what searches see changed.
    /// </summary>
    /// <exception cref="IndexAnalysisMismatchException">A newly published generation has another analysis version.</exception>
    public bool MaybeRefresh()
    {
        lock (_refreshLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var path = IndexGenerations.Current(_indexRoot);
            var live = _live;
            if (path is not null && !string.Equals(path, live?.Path, StringComparison.Ordinal))
            {
                var opened = LiveGeneration.TryOpen(path);
                if (opened is not null)
                {
                    Volatile.Write(ref _live, opened);

                    // The generation before stays open until the next swap, so searches that acquired it finish.
                    _retired?.Dispose();
                    _retired = live;
                    return true;
                }
            }

            return live is not null && live.Manager.MaybeRefresh();
        }
    }

    /// <summary>
    /// The cursor that continues a relevance-sorted <paramref name="request"/> after the hit with <paramref name="score"/>
    /// and <paramref name="reportId"/>, for callers that keep (score, id) positions of their own.
    /// </summary>
    public static string RelevanceCursorAfter(SearchRequest request, float score, long reportId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var relevance = request with { Sort = SearchSort.Relevance, After = null };
        return SearchCursor.Encode(SearchSort.Relevance, SearchCursor.Fingerprint(relevance), BitConverter.SingleToInt32Bits(score), reportId);
    }

    /// <summary>
    /// Where <paramref name="query"/>'s words and phrases occur in <paramref name="text"/> as exact character sequences,
    /// ordered and merged: highlighting for a text that is not in a hit list (e.g. a report opened from a search).
    /// </summary>
    /// <exception cref="SearchSyntaxException">The query text is malformed.</exception>
    public IReadOnlyList<(int Start, int End)> HighlightText(string query, string text)
    {
        var spans = MatchFinder.FindExact(_parser.Parse(query).BodyExactSequences, text);
        spans.Sort();
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <exception cref="SearchSyntaxException">The query text is malformed.</exception>
    /// <exception cref="InvalidCursorException">The After cursor is not from this query.</exception>
    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = _parser.Parse(request.Query);
        var fingerprint = SearchCursor.Fingerprint(request);
        var after = request.After is null ? ((long, long)?)null : SearchCursor.Decode(request.After, request.Sort, fingerprint);
        var pageSize = Math.Clamp(request.First, 0, _maxPageSize);
        cancellationToken.ThrowIfCancellationRequested();

        var (generation, searcher) = Acquire();
        if (generation is null || searcher is null)
        {
            return new SearchResult(0, [], null, false, new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal));
        }

        try
        {
            return Run(searcher, request, parsed, fingerprint, after, pageSize, cancellationToken);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new SearchSyntaxException("The query matches too many terms; make it more specific.");
        }
        finally
        {
            generation.Manager.Release(searcher);
        }
    }

    private SearchResult Run(
        IndexSearcher searcher, SearchRequest request, ParsedQuery parsed, string fingerprint, (long SortValue, long ReportId)? after, int pageSize, CancellationToken cancellationToken)
    {
        var sort = SortOrders.For(request.Sort);
        var filter = FilterQueries.Build(request.Filter);
        FieldDoc? afterDoc = after is { } a ? SortOrders.After(request.Sort, a.SortValue, a.ReportId) : null;

        // One more than the page tells whether another page exists.
        var top = TopFieldCollector.Create(sort, pageSize + 1, afterDoc, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var facets = request.Facets ? new FacetCounter() : null;
        ICollector collector = facets is null ? top : MultiCollector.Wrap(top, facets);
        searcher.Search(parsed.Query, filter, collector);
        cancellationToken.ThrowIfCancellationRequested();

        var docs = top.GetTopDocs();
        var hits = new List<SearchHit>(Math.Min(pageSize, docs.ScoreDocs.Length));
        string? nextCursor = null;
        var matchFinder = new MatchFinder(searcher.IndexReader, parsed.BodyWordQuery, parsed.BodyExactSequences);
        for (var i = 0; i < docs.ScoreDocs.Length && i < pageSize; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scoreDoc = (FieldDoc)docs.ScoreDocs[i];

            // Every sort ends with the ReportId tiebreak, so the id comes with the hit; stored text is read only for snippets.
            var reportId = Convert.ToInt64(scoreDoc.Fields[^1], System.Globalization.CultureInfo.InvariantCulture);
            var snippets = Snippets(searcher, matchFinder, scoreDoc.Doc, request);
            hits.Add(new SearchHit(reportId, scoreDoc.Score, snippets));
            nextCursor = SearchCursor.Encode(request.Sort, fingerprint, SortOrders.SortValue(request.Sort, scoreDoc), reportId);
        }

        var hasNext = docs.ScoreDocs.Length > pageSize;
        return new SearchResult(
            top.TotalHits,
            hits,
            hasNext ? nextCursor : null,
            hasNext,
            facets?.Result() ?? new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal));
    }

    private static readonly ISet<string> TextOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Text };

    private static IReadOnlyList<Snippet> Snippets(IndexSearcher searcher, MatchFinder matchFinder, int docId, SearchRequest request)
    {
        if (request.SnippetCount <= 0 && !request.HighlightWholeText)
        {
            return [];
        }

        var text = searcher.Doc(docId, TextOnly).Get(IndexFields.Text) ?? string.Empty;
        var matches = matchFinder.Find(docId, text);
        return request.HighlightWholeText
            ? [SnippetBuilder.Whole(text, matches)]
            : SnippetBuilder.Build(text, matches, request.SnippetCount);
    }

    private (LiveGeneration? Generation, IndexSearcher? Searcher) Acquire()
    {
        while (true)
        {
            var live = Volatile.Read(ref _live);
            if (live is null)
            {
                return (null, null);
            }

            try
            {
                return (live, live.Manager.Acquire());
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(live, Volatile.Read(ref _live)))
            {
                // Swapped to a new generation between the read and the acquire: take the new one.
            }
        }
    }

    public void Dispose()
    {
        lock (_refreshLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _live?.Dispose();
            _retired?.Dispose();
        }
    }

    private sealed class LiveGeneration(string path, FSDirectory directory, SearcherManager manager) : IDisposable
    {
        public string Path { get; } = path;

        public SearcherManager Manager { get; } = manager;

        public static LiveGeneration? TryOpen(string path)
        {
            var directory = FSDirectory.Open(path);
            try
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    directory.Dispose();
                    return null;
                }

                IndexGenerations.CheckAnalysisVersion(directory, path);
                return new LiveGeneration(path, directory, new SearcherManager(directory, null));
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Manager.Dispose();
            directory.Dispose();
        }
    }
}
