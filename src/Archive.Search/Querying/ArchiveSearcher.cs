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
    private readonly SearchResultCache _results;
    private readonly IReportTextSource? _texts;
    private readonly System.Threading.Lock _refreshLock = new();
    private LiveGeneration? _live;
    private LiveGeneration? _retired;
    private bool _disposed;

    /// <exception cref="IndexAnalysisMismatchException">The live index was built with another analysis version.</exception>
    /// <param name="indexRoot">The index root (generation directories and the "current" pointer).</param>
    /// <param name="regionNames">Resolves region: names in queries.</param>
    /// <param name="maxPageSize">Larger pages are capped to this.</param>
    /// <param name="resultCacheEntries">How many recent results to keep (0: none); see <see cref="SearchResultCache"/>.</param>
    /// <param name="texts">Where snippets read report texts; null: the text stored in the index.</param>
    public ArchiveSearcher(string indexRoot, IRegionNameResolver? regionNames = null, int maxPageSize = SearchLimits.MaxPageSize, int resultCacheEntries = 4096, IReportTextSource? texts = null)
    {
        _indexRoot = indexRoot;
        _texts = texts;
        _maxPageSize = maxPageSize;
        _results = new SearchResultCache(resultCacheEntries);
        _parser = new HumanQueryParser(ArchiveAnalyzers.Create(), regionNames ?? NoRegionNames.Instance);
        MaybeRefresh();
    }

    /// <summary>No segment is cut into ranges smaller than this for parallel scoring (<see cref="SearchSlices"/>).</summary>
    internal int MinSliceDocs { get; init; } = 8192;

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
    /// Where <paramref name="query"/>'s words and phrases occur in <paramref name="text"/>, ordered and merged, marked by
    /// the same rule as snippets (<see cref="MatchFinder.Find"/>): highlighting for a text that is not in a hit list
    /// (e.g. a report opened from a search).
    /// </summary>
    /// <exception cref="SearchSyntaxException">The query text is malformed.</exception>
    public IReadOnlyList<(int Start, int End)> HighlightText(string query, string text)
    {
        var spans = MatchFinder.Find(_parser.Parse(query).Highlights, text).Select(m => (m.Start, m.End)).ToList();
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

    /// <summary>
    /// <paramref name="text"/>, unchanged, with the ranges of <see cref="HighlightText"/> (what a report opened from a
    /// search shows; its <see cref="Snippet.Start"/> is 0).
    /// </summary>
    /// <exception cref="SearchSyntaxException">The query text is malformed.</exception>
    public Snippet Highlight(string query, string text) => SnippetBuilder.Exact(text, HighlightText(query, text));

    /// <exception cref="SearchSyntaxException">The query text is malformed.</exception>
    /// <exception cref="InvalidCursorException">The After cursor is not from this query.</exception>
    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fingerprint = SearchCursor.Fingerprint(request);
        var after = request.After is null ? ((long, long)?)null : SearchCursor.Decode(request.After, request.Sort, fingerprint);
        var pageSize = Math.Clamp(request.First, 0, _maxPageSize);
        cancellationToken.ThrowIfCancellationRequested();

        var (generation, searcher) = Acquire();
        if (generation is null || searcher is null)
        {
            _parser.Parse(request.Query); // a malformed query is reported even before there is an index
            return new SearchResult(0, [], null, false, new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal));
        }

        try
        {
            var view = new IndexView(generation.Path, ((DirectoryReader)searcher.IndexReader).Version);
            if (request.UseResultCache && _results.TryGet(view, request, out var cached))
            {
                return cached;
            }

            // Parsed only when computed: parsing runs SmartCn over the query, work a cached answer does not need.
            var parsed = _parser.Parse(request.Query);
            var result = Run(searcher, request, parsed, fingerprint, after, pageSize, _texts, MinSliceDocs, cancellationToken);
            if (request.UseResultCache)
            {
                _results.Add(view, request, result);
            }

            return result;
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

    /// <summary>
    /// Scores every slice of the segments (<see cref="SearchSlices"/>) in parallel with one
    /// <see cref="SegmentHitCollector"/> each (counts, facets, best hits), then merges: all cores serve one query,
    /// and no Lucene collector chain sits in the per-hit path.
    /// </summary>
    private static SearchResult Run(
        IndexSearcher searcher,
        SearchRequest request,
        ParsedQuery parsed,
        string fingerprint,
        (long SortValue, long ReportId)? after,
        int pageSize,
        IReportTextSource? texts,
        int minSliceDocs,
        CancellationToken cancellationToken)
    {
        var filter = FilterQueries.Build(request.Filter);
        // No hits shown, no scores needed: the ranking clauses are left out.
        var query = ScoringOnlyTermQuery.WithoutCommonWords(pageSize == 0 ? RankingClauses.Without(parsed.Query) : parsed.Query, searcher.IndexReader);
        var weight = searcher.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        var afterKey = after is { } a ? new HitKey(a.SortValue, a.ReportId) : (HitKey?)null;
        var slices = SearchSlices.Of(searcher.IndexReader.Leaves, minSliceDocs);
        var collectors = new SegmentHitCollector[slices.Count];
        var floor = new CompetitiveFloor();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, slices.Count, parallel, i =>
        {
            var slice = slices[i];

            // One more than the page tells whether another page exists.
            var collector = new SegmentHitCollector(slice.Segment, request.Sort, pageSize == 0 ? 0 : pageSize + 1, afterKey, request.Facets, floor);
            Score(weight, slice, collector);
            collectors[i] = collector;
        });

        var best = collectors.SelectMany(c => c.Hits).OrderBy(h => h.Key, HitOrder.Instance).Take(pageSize + 1).ToList();

        // Snippets (a text read and a scan per hit) are built on all cores too; the texts come in one read.
        var hits = new SearchHit[Math.Min(pageSize, best.Count)];
        var wantsSnippets = request.SnippetCount > 0 || request.HighlightWholeText;
        var textsById = texts is not null && wantsSnippets && hits.Length > 0
            ? texts.GetTexts([.. best.Take(hits.Length).Select(h => h.Key.ReportId)], cancellationToken)
            : null;
        Parallel.For(0, hits.Length, parallel, i =>
        {
            var text = textsById?.GetValueOrDefault(best[i].Key.ReportId);
            var key = best[i].Key;
            hits[i] = new SearchHit(key.ReportId, best[i].Score, Snippets(searcher, parsed, best[i].Doc, text, request))
            {
                SortKey = key.Primary,
                Cursor = SearchCursor.Encode(request.Sort, fingerprint, key.Primary, key.ReportId),
            };
        });

        var hasNext = best.Count > pageSize && pageSize > 0;
        return new SearchResult(
            collectors.Sum(c => c.TotalHits),
            hits,
            hasNext ? hits[^1].Cursor : null,
            hasNext,
            request.Facets ? FacetOrdinals.For(searcher.IndexReader).Merge(collectors) : new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal));
    }

    /// <summary>
    /// Collects the slice's matches: a whole segment through the weight's bulk scorer (which may score out of order),
    /// a range by advancing a scorer to its start and stepping to its end.
    /// </summary>
    private static void Score(Weight weight, SearchSlice slice, SegmentHitCollector collector)
    {
        var liveDocs = slice.Segment.AtomicReader.LiveDocs;
        if (slice.IsWholeSegment)
        {
            weight.GetBulkScorer(slice.Segment, scoreDocsInOrder: false, liveDocs)?.Score(collector);
            return;
        }

        var scorer = weight.GetScorer(slice.Segment, liveDocs);
        if (scorer is null)
        {
            return;
        }

        collector.SetScorer(scorer);
        for (var doc = scorer.Advance(slice.From); doc < slice.To; doc = scorer.NextDoc())
        {
            collector.Collect(doc);
        }
    }

    private static readonly ISet<string> TextOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Text };

    /// <param name="text">The report's text if already read, else null: it is read from the index.</param>
    private static IReadOnlyList<Snippet> Snippets(IndexSearcher searcher, ParsedQuery parsed, int docId, string? text, SearchRequest request)
    {
        if (request.SnippetCount <= 0 && !request.HighlightWholeText)
        {
            return [];
        }

        text ??= searcher.Doc(docId, TextOnly).Get(IndexFields.Text) ?? string.Empty;
        var matches = MatchFinder.Find(parsed.Highlights, text);
        return request.HighlightWholeText
            ? [SnippetBuilder.Whole(text, matches.Select(m => (m.Start, m.End)))]
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
            var directory = new MappedDirectory(path);
            try
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    directory.Dispose();
                    return null;
                }

                IndexGenerations.CheckAnalysisVersion(directory, path);
                return new LiveGeneration(path, directory, new SearcherManager(directory, new RankingSearcherFactory()));
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

    /// <summary>Gives every searcher the index's ranking function.</summary>
    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = ArchiveSimilarity.Instance };
    }
}
