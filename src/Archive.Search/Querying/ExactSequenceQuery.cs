using System.Text;
using Archive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>
/// Matches documents where a character sequence occurs in an exact ("_exact") field: where some of its grams — the
/// bigrams, and the trigrams indexed beside common bigrams (<see cref="CommonBigrams"/>) — occur at their relative
/// positions. Unlike <see cref="PhraseQuery"/> it stops at the first occurrence in a document and scores every
/// match the same (the query's boost): the set is what matters here, ranking comes from the SmartCn clauses beside
/// it. It checks only a cover of the sequence — grams that together include every unit — chosen per index for the
/// fewest occurrences (<see cref="CheapestCover"/>). Walking the positions of very common bigrams is the cost: on
/// 100k generated reports, a 5-character phrase found in 96% of them took 38 ms as a PhraseQuery over all bigrams,
/// 18 ms with the cheapest cover of bigrams, 5.4 ms once trigrams could stand in for 公开; an 8-character one
/// (政府信息公开工作) 127 ms against 27 ms, then 18 ms.
/// </summary>
internal sealed class ExactSequenceQuery : Query
{
    private readonly string _field;
    private readonly string[] _units;

    /// <param name="field">The exact field.</param>
    /// <param name="units">The sequence's <see cref="ExactTextForm"/> units, at least two.</param>
    public ExactSequenceQuery(string field, IReadOnlyList<string> units)
    {
        if (units.Count < 2)
        {
            throw new ArgumentException("A sequence needs at least two units.", nameof(units));
        }

        _field = field;
        _units = [.. units];
    }

    /// <summary>
    /// Looks every gram up once per segment, with one terms enumerator per segment, and keeps where each was found so
    /// the scorers seek no term again. Measured on 100k generated reports in 21 segments: a query's reader-wide
    /// TotalTermFreq per gram (a new enumerator per segment per gram) and a second lookup per scorer cost 1–5 ms of
    /// CPU per search for an 8-character phrase, checked in the body, the title and the agency's name.
    /// </summary>
    public override Weight CreateWeight(IndexSearcher searcher)
    {
        var grams = Grams(_units);
        var bytes = grams.Select(g => new BytesRef(g.Term)).ToArray();
        var occurrences = new long[grams.Count];
        var states = PositionsConjunctionScorer.TermStates(searcher.IndexReader, _field, bytes, (g, termsEnum) => occurrences[g] += termsEnum.TotalTermFreq);

        var cover = CheapestCover([.. grams.Select((g, i) => (g.Start, g.Units, occurrences[i]))], _units.Length);
        var coverStates = states.Select(leaf => cover.Select(i => leaf[i]).ToArray()).ToArray();
        return new SequenceWeight(this, [.. cover.Select(i => bytes[i])], [.. cover.Select(i => grams[i].Start)], searcher.TopReaderContext, coverStates);
    }

    /// <summary>The grams of a unit sequence the exact fields index: every bigram, and the trigrams next to common bigrams.</summary>
    internal static List<(int Start, int Units, string Term)> Grams(IReadOnlyList<string> units)
    {
        var grams = new List<(int Start, int Units, string Term)>();
        for (var p = 0; p + 1 < units.Count; p++)
        {
            grams.Add((p, 2, units[p] + units[p + 1]));
            if (p + 2 < units.Count && CommonBigrams.IndexesTrigram(units[p], units[p + 1], units[p + 2]))
            {
                grams.Add((p, 3, units[p] + units[p + 1] + units[p + 2]));
            }
        }

        return grams;
    }

    /// <summary>
    /// Which <paramref name="grams"/> (start unit, length in units, occurrences in the index) to check: a set that
    /// covers all <paramref name="unitCount"/> units with the least total occurrences (dynamic programming over the
    /// grams by their last unit), plus the rarest gram if it is not among them: it costs little and leads the
    /// document-level conjunction. Returns indices into <paramref name="grams"/>, by start.
    /// </summary>
    internal static int[] CheapestCover(IReadOnlyList<(int Start, int Units, long Occurrences)> grams, int unitCount)
    {
        var order = Enumerable.Range(0, grams.Count).OrderBy(i => End(grams[i])).ThenBy(i => grams[i].Start).ToArray();
        var cost = new long[grams.Count];
        var previous = new int[grams.Count];
        var best = -1;
        foreach (var g in order)
        {
            var (start, _, occurrences) = grams[g];
            previous[g] = -1;
            cost[g] = long.MaxValue;
            if (start == 0)
            {
                cost[g] = occurrences;
            }
            else
            {
                // The gram before must reach the unit just before this one, and end before this one does.
                foreach (var h in order)
                {
                    if (End(grams[h]) >= End(grams[g]))
                    {
                        break;
                    }

                    if (End(grams[h]) >= start - 1 && cost[h] != long.MaxValue && occurrences + cost[h] < cost[g])
                    {
                        cost[g] = occurrences + cost[h];
                        previous[g] = h;
                    }
                }
            }

            if (End(grams[g]) == unitCount - 1 && cost[g] != long.MaxValue && (best < 0 || cost[g] < cost[best]))
            {
                best = g;
            }
        }

        if (best < 0)
        {
            throw new ArgumentException("The grams do not cover the sequence.", nameof(grams));
        }

        var cover = new SortedSet<int>(Comparer<int>.Create((a, b) => grams[a].Start != grams[b].Start ? grams[a].Start.CompareTo(grams[b].Start) : grams[a].Units.CompareTo(grams[b].Units)));
        for (var g = best; g >= 0; g = previous[g])
        {
            cover.Add(g);
        }

        var rarest = 0;
        for (var g = 1; g < grams.Count; g++)
        {
            rarest = grams[g].Occurrences < grams[rarest].Occurrences ? g : rarest;
        }

        cover.Add(rarest);
        return [.. cover];

        static int End((int Start, int Units, long Occurrences) gram) => gram.Start + gram.Units - 1;
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var (_, _, term) in Grams(_units))
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

        text.Append("seq(").AppendJoin(string.Empty, _units);

        return text.Append(')').Append(ToStringUtils.Boost(Boost)).ToString();
    }

    public override bool Equals(object? obj) =>
        obj is ExactSequenceQuery other
        && Boost.Equals(other.Boost)
        && string.Equals(_field, other._field, StringComparison.Ordinal)
        && _units.AsSpan().SequenceEqual(other._units);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_field, StringComparer.Ordinal);
        hash.Add(Boost);
        foreach (var unit in _units)
        {
            hash.Add(unit, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <param name="top">The reader the term states were read from.</param>
    /// <param name="states">Per segment of <paramref name="top"/> (by ord), per cover term, where it was found; null where absent.</param>
    private sealed class SequenceWeight(ExactSequenceQuery query, BytesRef[] coverTerms, int[] coverPositions, IndexReaderContext top, TermState?[][] states) : Weight
    {
        private float _score = query.Boost;

        public override Query Query => query;

        public override float GetValueForNormalization() => query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => _score = query.Boost * norm * topLevelBoost;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) =>
            PositionsConjunctionScorer.Open(context, acceptDocs, query._field, coverTerms, coverPositions, top, states) is { } found
                ? new SequenceScorer(this, found.Postings, found.Positions, _score)
                : null;

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            return scorer is not null && scorer.Advance(doc) == doc
                ? new Explanation(_score, $"exact sequence {query}")
                : new ComplexExplanation(false, 0f, $"no exact sequence {query}");
        }
    }

    /// <summary>
    /// Documents holding every cover term, then the position check for the sequence (two phases, see the base).
    /// </summary>
    private sealed class SequenceScorer(Weight weight, DocsAndPositionsEnum[] postings, int[] offsets, float score)
        : PositionsConjunctionScorer(weight, postings, score)
    {
        private readonly int[] _remaining = new int[postings.Length];
        private readonly int[] _current = new int[postings.Length];

        /// <summary>
        /// Whether the sequence occurs in the current candidate. Zigzags over the terms' positions for the smallest
        /// start s with every term i at s + offset[i]; every position list only moves forward, and the search ends
        /// at the first occurrence. Call it at most once per candidate: it consumes the positions.
        /// </summary>
        public override bool Matches()
        {
            for (var i = 0; i < Postings.Length; i++)
            {
                _remaining[i] = Postings[i].Freq;
                _current[i] = int.MinValue;
            }

            var start = int.MinValue;
            var term = 0;
            var satisfied = 0;
            while (satisfied < Postings.Length)
            {
                var wanted = start == int.MinValue ? int.MinValue + 1 : start + offsets[term];
                while (_current[term] < wanted)
                {
                    if (_remaining[term] == 0)
                    {
                        return false;
                    }

                    _current[term] = Postings[term].NextPosition();
                    _remaining[term]--;
                }

                var itsStart = _current[term] - offsets[term];
                if (itsStart > start)
                {
                    // A later start: every other term must be checked again against it.
                    start = itsStart;
                    satisfied = 1;
                }
                else
                {
                    satisfied++;
                }

                term = (term + 1) % Postings.Length;
            }

            return true;
        }
    }
}
