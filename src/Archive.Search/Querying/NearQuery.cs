using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>
/// Matches the documents a sloppy <see cref="PhraseQuery"/> of distinct terms matches — some occurrence of each term,
/// at its query position, all within <c>slop</c> of one another — and scores each the same (its boost), as that
/// phrase wrapped in a <see cref="ConstantScoreQuery"/> does; but it stops at the first such window in a document and
/// checks only the documents it is asked about (<see cref="ITwoPhaseScorer"/>). Lucene's sloppy scorer walks every
/// position of every term of each candidate to sum a frequency that a constant score ignores, and, asked whether one
/// document matches, moves on to check the next ones too. Measured on 100k generated reports (one segment, slices-ab
/// over the first 60 queries of the load test's distinct scenario, pairs of corpus words): 32.4 → 14.6 ms of CPU per
/// search, the same ids and scores (search-dump).
/// </summary>
/// <remarks>
/// The same set: Lucene's sloppy scorer visits the states of the classic smallest-window sweep (advance the term at the
/// least position) and counts a match when a state spans at most <c>slop</c>; the sweep's least span is the least span
/// of any choice of one occurrence per term, whichever term it advances on a tie. A term repeated in the phrase takes
/// Lucene's repeat handling, which this does not copy: <see cref="Create"/> keeps the phrase query then.
/// </remarks>
internal sealed class NearQuery : Query
{
    private readonly string _field;
    private readonly string[] _terms;
    private readonly int[] _positions;

    private NearQuery(string field, string[] terms, int[] positions, int slop)
    {
        _field = field;
        _terms = terms;
        _positions = positions;
        Slop = slop;
    }

    public int Slop { get; }

    /// <summary>
    /// A constant-score proximity clause over <paramref name="terms"/> (term, query position) in <paramref name="field"/>:
    /// a <see cref="NearQuery"/> when the terms are distinct (two or more), else the sloppy phrase in a constant score.
    /// </summary>
    public static Query Create(string field, IReadOnlyList<(string Term, int Position)> terms, int slop, float boost)
    {
        if (terms.Count >= 2 && terms.Select(t => t.Term).Distinct(StringComparer.Ordinal).Count() == terms.Count)
        {
            return new NearQuery(field, [.. terms.Select(t => t.Term)], [.. terms.Select(t => t.Position)], slop) { Boost = boost };
        }

        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return new ConstantScoreQuery(phrase) { Boost = boost };
    }

    /// <summary>
    /// Links each <see cref="NearQuery"/> scorer among <paramref name="scorers"/> (one segment's, in the order they are
    /// asked about a document) to an earlier one of the same terms and positions with a slop no wider: where that one
    /// checked the document, its window or least span answers for the wider one too (a window within 10 is within 40).
    /// </summary>
    public static void ShareWindows(IReadOnlyList<Scorer> scorers)
    {
        for (var i = 0; i < scorers.Count; i++)
        {
            if (scorers[i] is not NearScorer wider)
            {
                continue;
            }

            for (var j = i - 1; j >= 0; j--)
            {
                if (scorers[j] is NearScorer narrower && narrower.Query.Slop <= wider.Query.Slop && narrower.Query.SameWords(wider.Query))
                {
                    wider.Narrower = narrower;
                    break;
                }
            }
        }
    }

    private bool SameWords(NearQuery other) =>
        string.Equals(_field, other._field, StringComparison.Ordinal) && _terms.AsSpan().SequenceEqual(other._terms) && _positions.AsSpan().SequenceEqual(other._positions);

    /// <summary>Looks every term up once per segment and keeps where it was found, so no scorer seeks it again.</summary>
    public override Weight CreateWeight(IndexSearcher searcher)
    {
        var bytes = _terms.Select(t => new BytesRef(t)).ToArray();
        var states = PositionsConjunctionScorer.TermStates(searcher.IndexReader, _field, bytes);
        return new NearWeight(this, bytes, searcher.TopReaderContext, states);
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in _terms)
        {
            terms.Add(new Term(_field, term));
        }
    }

    public override string ToString(string field)
    {
        var text = new StringBuilder();
        if (!string.Equals(field, _field, StringComparison.Ordinal))
        {
            text.Append(_field).Append(':');
        }

        text.Append("near(");
        for (var i = 0; i < _terms.Length; i++)
        {
            text.Append(i > 0 ? " " : string.Empty).Append(_terms[i]).Append('@').Append(_positions[i]);
        }

        return text.Append(")~").Append(Slop).Append(ToStringUtils.Boost(Boost)).ToString();
    }

    public override bool Equals(object? obj) =>
        obj is NearQuery other
        && Boost.Equals(other.Boost)
        && Slop == other.Slop
        && string.Equals(_field, other._field, StringComparison.Ordinal)
        && _terms.AsSpan().SequenceEqual(other._terms)
        && _positions.AsSpan().SequenceEqual(other._positions);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_field, StringComparer.Ordinal);
        hash.Add(Boost);
        hash.Add(Slop);
        for (var i = 0; i < _terms.Length; i++)
        {
            hash.Add(_terms[i], StringComparer.Ordinal);
            hash.Add(_positions[i]);
        }

        return hash.ToHashCode();
    }

    /// <param name="top">The reader the term states were read from.</param>
    /// <param name="states">Per segment of <paramref name="top"/> (by ord), per term, where it was found; null where absent.</param>
    private sealed class NearWeight(NearQuery query, BytesRef[] terms, IndexReaderContext top, TermState?[][] states) : Weight
    {
        private float _queryWeight = query.Boost;

        public override Query Query => query;

        // As ConstantScoreQuery's weight: the boost squared, then the boost times (norm times the top-level boost).
        public override float GetValueForNormalization() => query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => _queryWeight = query.Boost * (norm * topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) =>
            PositionsConjunctionScorer.Open(context, acceptDocs, query._field, terms, query._positions, top, states) is { } found
                ? new NearScorer(this, found.Postings, found.Positions, query.Slop, _queryWeight)
                : null;

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            return scorer is not null && scorer.Advance(doc) == doc
                ? new Explanation(_queryWeight, $"near {query}")
                : new ComplexExplanation(false, 0f, $"not near {query}");
        }
    }

    /// <summary>
    /// Documents holding every term, then the window check (two phases, see the base).
    /// </summary>
    internal sealed class NearScorer(Weight weight, DocsAndPositionsEnum[] postings, int[] offsets, int slop, float score)
        : PositionsConjunctionScorer(weight, postings, score)
    {
        private readonly int[] _remaining = new int[postings.Length];
        private readonly int[] _at = new int[postings.Length];

        /// <summary>The query this scorer is for: what <see cref="ShareWindows"/> compares.</summary>
        public NearQuery Query => (NearQuery)m_weight.Query;

        /// <summary>The same terms' scorer with a slop no wider, whose window check this one reuses where it ran.</summary>
        public NearScorer? Narrower { get; set; }

        /// <summary>The last document checked (-1 before any).</summary>
        public int CheckedDoc { get; private set; } = -1;

        /// <summary>
        /// At <see cref="CheckedDoc"/>: the span of the window found (at most the slop), or, when none fit, the least
        /// span of any window there — so a wider slop's answer for that document follows without a second walk.
        /// </summary>
        public int Span { get; private set; }

        /// <summary>
        /// Whether the current candidate holds a window of at most the slop: the smallest-window sweep over the terms'
        /// phrase positions (position minus query offset), moving the least one forward, ending at the first window
        /// that fits or when the least one has no further occurrence. Call it at most once per candidate.
        /// </summary>
        public override bool Matches()
        {
            if (Narrower is { } narrower && narrower.CheckedDoc == CandidateID)
            {
                // Its window fits this slop too, or its least span decides.
                CheckedDoc = CandidateID;
                Span = narrower.Span;
                return Span <= slop;
            }

            CheckedDoc = CandidateID;
            Span = int.MaxValue;
            for (var i = 0; i < Postings.Length; i++)
            {
                _remaining[i] = Postings[i].Freq - 1;
                _at[i] = Postings[i].NextPosition() - offsets[i];
            }

            while (true)
            {
                var least = 0;
                var most = _at[0];
                for (var i = 1; i < Postings.Length; i++)
                {
                    if (_at[i] < _at[least])
                    {
                        least = i;
                    }

                    if (_at[i] > most)
                    {
                        most = _at[i];
                    }
                }

                Span = Math.Min(Span, most - _at[least]);
                if (Span <= slop)
                {
                    return true;
                }

                if (_remaining[least] == 0)
                {
                    return false;
                }

                _at[least] = Postings[least].NextPosition() - offsets[least];
                _remaining[least]--;
            }
        }
    }
}
