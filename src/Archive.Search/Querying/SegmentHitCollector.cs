using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// Collects the matches of one segment, or of one range of it (<see cref="SearchSlices"/>): counts them, counts
/// facets by ordinal, and keeps the best <c>capacity</c> hits after the cursor in a bounded heap. Slices are
/// collected in parallel, one collector each, then <see cref="HitOrder"/> merges them. Documents may come in any
/// order: nothing depends on it.
/// </summary>
internal sealed class SegmentHitCollector : ICollector, ICompetitiveFloor
{
    private readonly SegmentColumns _columns;
    private readonly int _docBase;
    private readonly SearchSort _sort;
    private readonly int _capacity;
    private readonly HitKey? _after;
    private readonly PriorityQueue<RankedHit, HitKey> _best;
    private readonly CompetitiveFloor? _floor;
    private Scorer? _scorer;

    /// <summary>The lowest score a hit may have to enter, as this collector last applied it (by relevance only).</summary>
    private float _applied = float.NegativeInfinity;

    /// <param name="floor">
    /// The floor the search's slices share by relevance (<see cref="CompetitiveFloor"/>), or null for one of its own.
    /// </param>
    public SegmentHitCollector(AtomicReaderContext segment, SearchSort sort, int capacity, HitKey? after, bool countFacets, CompetitiveFloor? floor = null)
    {
        _floor = floor;
        _columns = SegmentColumns.For(segment.AtomicReader);
        SegmentOrd = segment.Ord;
        _docBase = segment.DocBase;
        _sort = sort;
        _capacity = capacity;
        _after = after;

        // The heap's root is the worst kept hit, so the comparer is reversed.
        _best = new PriorityQueue<RankedHit, HitKey>(capacity + 1, HitOrder.Reversed);
        FacetCounts = countFacets ? [.. _columns.Facets.Select(f => new int[f.Labels.Length])] : null;
    }

    public int TotalHits { get; private set; }

    /// <summary>The segment's position among its reader's leaves.</summary>
    public int SegmentOrd { get; }

    public SegmentColumns Columns => _columns;

    /// <summary>Per facet (in <see cref="SegmentColumns.Facets"/> order), counts by ordinal; null when not asked.</summary>
    public int[][]? FacetCounts { get; }

    public IEnumerable<RankedHit> Hits => _best.UnorderedItems.Select(item => item.Element);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        _applied = float.NegativeInfinity;
        ApplyFloor(_floor?.Value ?? float.NegativeInfinity);
        if (_sort == SearchSort.Relevance && Competitive(scorer) is { } competitive)
        {
            competitive.Floor = this;
        }
    }

    float ICompetitiveFloor.Score => _applied;

    /// <summary>
    /// At a score equal to the floor a hit enters only if it sorts before the worst kept one (newer, then a smaller
    /// id); that is known only when the floor is this page's own worst (not one raised by another slice).
    /// </summary>
    bool ICompetitiveFloor.WinsTie(int doc)
    {
        if (_best.Count < _capacity || !_best.TryPeek(out var worst, out var worstKey) || worst.Score != _applied)
        {
            return true;
        }

        var key = new HitKey(HitOrder.RelevanceKey(_applied, _columns.Recency[doc]), _columns.ReportIds[doc]);
        return HitOrder.Instance.Compare(key, worstKey) < 0;
    }

    /// <summary>Raises the floor hits are held to (by relevance only).</summary>
    private void ApplyFloor(float floor)
    {
        if (_sort == SearchSort.Relevance && floor > _applied)
        {
            _applied = floor;
        }
    }

    /// <summary>The scorer whose score is the hit's, or one a filter passes through unchanged, when it takes a floor.</summary>
    private static ICompetitiveScorer? Competitive(Scorer scorer)
    {
        while (true)
        {
            if (scorer is ICompetitiveScorer competitive)
            {
                return competitive;
            }

            ICollection<Scorer.ChildScorer> children;
            try
            {
                children = scorer.GetChildren();
            }
            catch (NotSupportedException)
            {
                // The stand-in scorer of an out-of-order Boolean bulk scorer tells nothing of its parts.
                return null;
            }

            if (children.Count != 1 || children.First() is not { Relationship: "FILTERED" } child)
            {
                return null;
            }

            scorer = child.Child;
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        // One collector per segment: the segment is fixed at construction.
    }

    public void Collect(int doc)
    {
        TotalHits++;
        if (FacetCounts is { } counts)
        {
            var facets = _columns.Facets;
            for (var i = 0; i < counts.Length; i++)
            {
                var ordinal = facets[i].Ordinals[doc];
                if (ordinal >= 0)
                {
                    counts[i][ordinal]++;
                }
            }
        }

        if (_capacity == 0)
        {
            return;
        }

        if (_floor is not null)
        {
            ApplyFloor(_floor.Value);
        }

        var score = _scorer!.GetScore();

        // By relevance a hit scoring below the floor cannot enter (and a scorer told the floor may return a bound).
        if (score < _applied)
        {
            return;
        }

        var key = new HitKey(PrimaryKey(doc, score), _columns.ReportIds[doc]);
        if (_after is { } after && HitOrder.Instance.Compare(key, after) <= 0)
        {
            return;
        }

        if (_best.Count < _capacity)
        {
            _best.Enqueue(new RankedHit(key, score, _docBase + doc), key);
        }
        else if (_best.TryPeek(out _, out var worst) && HitOrder.Instance.Compare(key, worst) < 0)
        {
            _best.DequeueEnqueue(new RankedHit(key, score, _docBase + doc), key);
        }
        else
        {
            return;
        }

        // By relevance a hit scoring below the worst kept one cannot enter any more, here or in the search's result.
        if (_sort == SearchSort.Relevance && _best.Count == _capacity)
        {
            var worst = _best.Peek().Score;
            _floor?.Raise(worst);
            ApplyFloor(worst);
        }
    }

    /// <summary>
    /// The sort key, ascending = earlier, holding the order's tiebreak in its low 32 bits: relevance then recency
    /// (year, then publish day); year then publish day; publish day then year; region code then recency. Documents
    /// without the sorted value come last either way, among themselves in the order of the tiebreak; the ReportId
    /// breaks what remains.
    /// </summary>
    private long PrimaryKey(int doc, float score)
    {
        const long missing = (long)int.MaxValue << 32;
        var recency = _columns.Recency[doc];
        switch (_sort)
        {
            case SearchSort.YearDesc or SearchSort.YearAsc:
                {
                    var year = _columns.Years[doc];
                    var published = _columns.Published[doc];
                    var day = published == SegmentColumns.Missing ? 0u : (uint)published;
                    return year == SegmentColumns.Missing
                        ? missing | (_sort == SearchSort.YearDesc ? uint.MaxValue - day : day)
                        : _sort == SearchSort.YearDesc ? -(((long)year << 32) | day) : ((long)year << 32) | day;
                }

            case SearchSort.PublishedDesc or SearchSort.PublishedAsc:
                {
                    var published = _columns.Published[doc];
                    return published == SegmentColumns.Missing
                        ? missing | (_sort == SearchSort.PublishedDesc ? uint.MaxValue - recency : recency)
                        : _sort == SearchSort.PublishedDesc ? -(((long)published << 32) | recency) : ((long)published << 32) | recency;
                }

            case SearchSort.Region:
                {
                    var region = _columns.Regions[doc];
                    return (region == SegmentColumns.Missing ? missing : (long)region << 32) | (uint.MaxValue - recency);
                }

            case SearchSort.IngestedDesc:
                return -_columns.ReportIds[doc];

            default:
                return HitOrder.RelevanceKey(score, recency);
        }
    }
}
