using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>
/// A match with bonuses: the documents <see cref="Match"/> matches, scored by it plus, for each bonus query the
/// document also matches, that bonus (its boost). Scores as a conjunction of the match with optional clauses would,
/// but a bonus is looked at only for a document being scored, and only that document: a bonus that checks positions
/// per candidate (<see cref="ITwoPhaseScorer"/>) checks none beyond it. Measured on 100k generated reports, as
/// optional clauses of a Boolean query (a disjunction scorer over the bonuses, each moved to the next document that
/// really matches) the typed sequence, title and agency bonuses cost 1–5 ms of CPU per word search.
/// </summary>
/// <param name="match">What decides which documents match and their base score.</param>
/// <param name="bonuses">Scoring-only queries; each adds its boost to a matched document it also matches.</param>
internal sealed class RankedQuery(Query match, IReadOnlyList<Query> bonuses) : Query
{
    public Query Match { get; } = match;

    public IReadOnlyList<Query> Bonuses { get; } = bonuses;

    public override Query Rewrite(IndexReader reader)
    {
        var rewrittenMatch = Match.Rewrite(reader);
        var rewrittenBonuses = Bonuses.Select(b => b.Rewrite(reader)).ToArray();
        return ReferenceEquals(rewrittenMatch, Match) && rewrittenBonuses.SequenceEqual(Bonuses, ReferenceEqualityComparer.Instance)
            ? this
            : new RankedQuery(rewrittenMatch, rewrittenBonuses) { Boost = Boost };
    }

    public override Weight CreateWeight(IndexSearcher searcher) =>
        new RankedWeight(this, Match.CreateWeight(searcher), [.. Bonuses.Select(b => b.CreateWeight(searcher))]);

    public override void ExtractTerms(ISet<Term> terms)
    {
        Match.ExtractTerms(terms);
        foreach (var bonus in Bonuses)
        {
            bonus.ExtractTerms(terms);
        }
    }

    public override string ToString(string field)
    {
        var text = new StringBuilder("+").Append(Match.ToString(field));
        foreach (var bonus in Bonuses)
        {
            text.Append(' ').Append(bonus.ToString(field));
        }

        return text.Append(ToStringUtils.Boost(Boost)).ToString();
    }

    public override bool Equals(object? obj) =>
        obj is RankedQuery other && Boost.Equals(other.Boost) && Match.Equals(other.Match) && Bonuses.SequenceEqual(other.Bonuses);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        hash.Add(Match);
        foreach (var bonus in Bonuses)
        {
            hash.Add(bonus);
        }

        return hash.ToHashCode();
    }

    private sealed class RankedWeight(RankedQuery query, Weight match, Weight[] bonuses) : Weight
    {
        public override Query Query => query;

        // As in a Boolean query without coordination: the parts' weights summed (BM25's query norm is 1 either way).
        public override float GetValueForNormalization() =>
            (match.GetValueForNormalization() + bonuses.Sum(b => b.GetValueForNormalization())) * query.Boost * query.Boost;

        // Per bonus, the most it adds: a constant-score bonus scores its boost times the norm it is given (as
        // ConstantScoreQuery, ExactSequenceQuery and NearQuery compute it), widened by a millionth against rounding.
        private readonly float[] _most = [.. bonuses.Select(_ => float.PositiveInfinity)];

        public override void Normalize(float norm, float topLevelBoost)
        {
            match.Normalize(norm, topLevelBoost * query.Boost);
            for (var i = 0; i < bonuses.Length; i++)
            {
                bonuses[i].Normalize(norm, topLevelBoost * query.Boost);
                _most[i] = IsConstant(bonuses[i]) ? bonuses[i].Query.Boost * (norm * (topLevelBoost * query.Boost)) * (1 + 1e-6f) : float.PositiveInfinity;
            }
        }

        private static bool IsConstant(Weight bonus) => bonus.Query is ConstantScoreQuery or ExactSequenceQuery or NearQuery;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var matchScorer = match.GetScorer(context, acceptDocs);
            if (matchScorer is null)
            {
                return null;
            }

            var found = bonuses
                .Select((b, i) => (Scorer: b.GetScorer(context, acceptDocs), Most: _most[i], Constant: IsConstant(b)))
                .Where(b => b.Scorer is not null)
                .ToArray();
            NearQuery.ShareWindows([.. found.Select(b => b.Scorer!)]);
            var matchCost = matchScorer.GetCost();
            var bonusScorers = found.Select(b => new Bonus(b.Scorer!, b.Most, b.Constant, matchCost)).ToArray();
            return bonusScorers.Length == 0 ? matchScorer : new RankedScorer(this, matchScorer, bonusScorers);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var matched = match.Explain(context, doc);
            if (!matched.IsMatch)
            {
                return matched;
            }

            var explanation = new ComplexExplanation(true, 0f, "sum of:");
            explanation.AddDetail(matched);
            var sum = matched.Value;
            foreach (var bonus in bonuses)
            {
                var part = bonus.Explain(context, doc);
                if (part.IsMatch)
                {
                    explanation.AddDetail(part);
                    sum += part.Value;
                }
            }

            explanation.Value = sum;
            return explanation;
        }
    }

    /// <summary>One bonus's scorer, with the answer for the last document asked about (a position check runs once).</summary>
    /// <param name="most">The most it adds, as far as its weight tells (unbounded when it does not).</param>
    /// <param name="constant">Whether the bonus scores every document it matches the same, so a match tells its most exactly.</param>
    /// <param name="matchCost">The match's cost, against which the share of matches lacking it is guessed before any check.</param>
    private sealed class Bonus(Scorer scorer, float most, bool constant, long matchCost)
    {
        private readonly ITwoPhaseScorer? _twoPhase = scorer as ITwoPhaseScorer;
        private int _asked = -1;
        private bool _matches;

        // The guess of how often it is absent counts as this many checks until real checks outweigh it.
        private const double PriorWeight = 16;
        private readonly double _priorMiss = 1 - Math.Min(1.0, (double)scorer.GetCost() / Math.Max(1, matchCost));
        private int _checks;
        private int _misses;

        /// <summary>What checking it first is worth: the bound it is expected to take off, per unit of check cost.</summary>
        public double Priority =>
            (_misses + (_priorMiss * PriorWeight)) / (_checks + PriorWeight) * (float.IsFinite(Most) ? Most : float.MaxValue) / (_twoPhase is null ? 1 : 4);

        /// <summary>The most this bonus adds: its constant once seen, the weight's bound until then.</summary>
        public float Most { get; private set; } = most;

        /// <summary>Whether <paramref name="doc"/> (never less than the last asked) matches, then the bonus.</summary>
        public float ScoreAt(int doc)
        {
            if (doc != _asked)
            {
                _asked = doc;
                _checks++;
                if (_twoPhase is not null)
                {
                    var candidate = _twoPhase.CandidateID >= doc ? _twoPhase.CandidateID : _twoPhase.AdvanceCandidate(doc);
                    _matches = candidate == doc && _twoPhase.Matches();
                }
                else
                {
                    var next = scorer.DocID >= doc ? scorer.DocID : scorer.Advance(doc);
                    _matches = next == doc;
                }

                if (!_matches)
                {
                    _misses++;
                }
            }

            if (!_matches)
            {
                return 0f;
            }

            var score = scorer.GetScore();
            if (constant)
            {
                Most = score;
            }

            return score;
        }
    }

    /// <summary>
    /// Ranks with a floor from its collector (<see cref="ICompetitiveFloor"/>): a document whose score so far plus the
    /// unchecked bonuses at their most stays below the floor — or equals it and would lose the tiebreak — cannot enter
    /// the results, so those bonuses are not checked and a score below the floor is returned (so it is dropped). The
    /// bound is summed in the order the score is, and float addition is monotonic: a skipped document's real score is
    /// never above it. Measured at 100k (search-cpu, one segment): word searches 依申请公开 11.6 → 6.8 ms, 行政诉讼
    /// 8.3 → 3.6 ms of CPU, the same ids and scores on the 167 queries of search-dump.
    /// <para>
    /// Ties matter: a word in nearly every report scores nearly every match alike (its idf is close to zero), and a
    /// quoted phrase scores every match alike; until the tiebreak was asked, every such match was checked for every
    /// bonus. Measured on the first 40 text-drawn words of search-latency at 100k, twice each: bonuses checked 2.82M →
    /// 119k times (of 5.13M matches scored); the 600-query mix p50 3.16–3.31 → 2.79–2.84 ms; the same ids and scores.
    /// </para>
    /// <para>
    /// The bonuses are checked in the order most likely to end the checks soonest: by how often each was absent so far
    /// in this scorer, times what its absence takes off the bound, over what a check costs (four times as much for a
    /// position check), re-sorted every 256 documents; before any check, the share absent is guessed from how many
    /// documents of the segment have it against how many the match may have. The score is still summed in their given
    /// order, so the order changes the work, never a score. A bonus nearly every match has (the typed sequence of a
    /// common word; the title holding 公开) cannot lower the bound and costs a postings advance per document, so it is
    /// left for the few that survive; a bonus no match has (two common words never within 40 characters) goes first. Measured on 200 two-word queries of the load test's distinct
    /// scenario at 100k: sequence checks 7.60M → 1.57M (of 9.77M matches scored; rarest first before), the same ids and
    /// scores on the 1,067 queries of search-dump.
    /// </para>
    /// </summary>
    private sealed class RankedScorer : Scorer, ICompetitiveScorer
    {
        private const int ReorderEvery = 256;
        private readonly Scorer _match;
        private readonly Bonus[] _bonuses;
        private readonly int[] _checkOrder;
        private readonly float[] _values;
        private readonly double[] _priority;
        private int _scored;

        public RankedScorer(Weight weight, Scorer match, Bonus[] bonuses)
            : base(weight)
        {
            _match = match;
            _bonuses = bonuses;
            _checkOrder = [.. Enumerable.Range(0, bonuses.Length)];
            _values = new float[bonuses.Length];
            _priority = new double[bonuses.Length];
            Reorder();
        }

        public ICompetitiveFloor? Floor { private get; set; }

        private void Reorder()
        {
            for (var i = 0; i < _bonuses.Length; i++)
            {
                _priority[i] = _bonuses[i].Priority;
            }

            // Insertion sort: a handful of bonuses, most often already in order.
            for (var i = 1; i < _checkOrder.Length; i++)
            {
                var item = _checkOrder[i];
                var j = i - 1;
                while (j >= 0 && _priority[_checkOrder[j]] < _priority[item])
                {
                    _checkOrder[j + 1] = _checkOrder[j];
                    j--;
                }

                _checkOrder[j + 1] = item;
            }
        }

        public override int DocID => _match.DocID;

        public override int Freq => _match.Freq;

        public override long GetCost() => _match.GetCost();

        public override int NextDoc() => _match.NextDoc();

        public override int Advance(int target) => _match.Advance(target);

        public override float GetScore()
        {
            if (++_scored % ReorderEvery == 0)
            {
                Reorder();
            }

            var doc = _match.DocID;
            var score = _match.GetScore();

            // Per bonus what it adds, or at most adds while unchecked; summed in the bonuses' order, as the score is.
            for (var i = 0; i < _bonuses.Length; i++)
            {
                _values[i] = _bonuses[i].Most;
            }

            var floor = Floor?.Score ?? float.NegativeInfinity;
            foreach (var next in _checkOrder)
            {
                // Before each bonus: could the document still enter with it and the others unchecked at their most?
                if (floor > float.NegativeInfinity)
                {
                    var most = score;
                    foreach (var value in _values)
                    {
                        most += value;
                    }

                    if (most < floor || (most == floor && !Floor!.WinsTie(DocID)))
                    {
                        return MathF.BitDecrement(floor);
                    }
                }

                _values[next] = _bonuses[next].ScoreAt(doc);
            }

            foreach (var value in _values)
            {
                score += value;
            }

            return score;
        }
    }
}

/// <summary>
/// A scorer told the floor its collector holds hits to (<see cref="ICompetitiveFloor"/>), so it may skip work for
/// documents that cannot enter; what it then returns for them must be below the floor.
/// </summary>
internal interface ICompetitiveScorer
{
    ICompetitiveFloor? Floor { set; }
}

/// <summary>What a hit must beat to enter a collector's results, once its page is full.</summary>
internal interface ICompetitiveFloor
{
    /// <summary>The lowest score that may still enter (negative infinity until the page is full).</summary>
    float Score { get; }

    /// <summary>Whether <paramref name="doc"/>, scoring exactly <see cref="Score"/>, would still enter on the tiebreak.</summary>
    bool WinsTie(int doc);
}
