using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>
/// An unquoted word: matches where all of its SmartCn words occur, or where its exact character sequence does (the
/// text segmented otherwise). A report with all the words counts as having the sequence, so its exact positions are
/// never read: only reports that lack a word are checked for the sequence. The score is a constant for the match
/// (this query's boost) plus the SmartCn words' BM25 where they all occur, so a word SmartCn found ranks above a
/// sequence-only match. Measured on 100k generated reports, 依申请公开 in 96% of them: 23 ms as the union of both
/// clauses, which read the sequence's positions in every report, against 4.4 ms (one thread, counting).
/// </summary>
/// <param name="words">All SmartCn words of the word (a term or a conjunction), or null when it has none.</param>
/// <param name="exact">The exact sequence (an <see cref="ExactSequenceQuery"/>, or a term or prefix for short ones).</param>
internal sealed class WordQuery(Query? words, Query exact) : Query
{
    public Query? Words { get; } = words;

    public Query Exact { get; } = exact;

    public override Query Rewrite(IndexReader reader)
    {
        var words = Words?.Rewrite(reader);
        var exact = Exact.Rewrite(reader);
        return ReferenceEquals(words, Words) && ReferenceEquals(exact, Exact) ? this : new WordQuery(words, exact) { Boost = Boost };
    }

    public override Weight CreateWeight(IndexSearcher searcher) =>
        new WordWeight(this, Words?.CreateWeight(searcher), Exact.CreateWeight(searcher));

    public override void ExtractTerms(ISet<Term> terms)
    {
        Words?.ExtractTerms(terms);
        Exact.ExtractTerms(terms);
    }

    public override string ToString(string field) =>
        $"word({Words?.ToString(field)} | {Exact.ToString(field)}){ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is WordQuery other && Boost.Equals(other.Boost) && Equals(Words, other.Words) && Exact.Equals(other.Exact);

    public override int GetHashCode() => HashCode.Combine(Boost, Words, Exact);

    private sealed class WordWeight(WordQuery query, Weight? words, Weight exact) : Weight
    {
        private float _matchScore = query.Boost;

        public override Query Query => query;

        public override float GetValueForNormalization() =>
            (query.Boost * query.Boost) + (words?.GetValueForNormalization() ?? 0f) + exact.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            _matchScore = query.Boost * norm * topLevelBoost;
            words?.Normalize(norm, topLevelBoost * query.Boost);
            exact.Normalize(norm, topLevelBoost * query.Boost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var wordsScorer = words?.GetScorer(context, acceptDocs);
            var exactScorer = exact.GetScorer(context, acceptDocs);
            if (wordsScorer is null && exactScorer is null)
            {
                return null;
            }

            return new WordScorer(this, wordsScorer, exactScorer, _matchScore);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc)
            {
                return new ComplexExplanation(false, 0f, $"no match for {query}");
            }

            var explanation = new ComplexExplanation(true, scorer.GetScore(), $"{query}, sum of:");
            explanation.AddDetail(new Explanation(_matchScore, "the word matches"));
            if (words?.Explain(context, doc) is { IsMatch: true } wordsExplanation)
            {
                explanation.AddDetail(wordsExplanation);
            }

            return explanation;
        }
    }

    /// <summary>The union of the words' conjunction and the exact sequence, checking the sequence only outside the former.</summary>
    private sealed class WordScorer : Scorer
    {
        private readonly Scorer? _words;
        private readonly Scorer? _exact;
        private readonly ITwoPhaseScorer? _twoPhase;
        private readonly float _matchScore;
        private int _doc = -1;
        private bool _onWords;

        public WordScorer(Weight weight, Scorer? words, Scorer? exact, float matchScore)
            : base(weight)
        {
            _words = words;
            _exact = exact;
            _twoPhase = exact as ITwoPhaseScorer;
            _matchScore = matchScore;
        }

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => _onWords ? _matchScore + _words!.GetScore() : _matchScore;

        public override long GetCost() => (_words?.GetCost() ?? 0) + (_exact?.GetCost() ?? 0);

        public override int NextDoc() => _doc == NO_MORE_DOCS ? NO_MORE_DOCS : Advance(_doc + 1);

        public override int Advance(int target)
        {
            var wordsDoc = _words is null ? NO_MORE_DOCS : _words.DocID >= target ? _words.DocID : _words.Advance(target);
            if (wordsDoc == target)
            {
                // No gap before it for a sequence-only match: the exact clause is not even moved.
                _onWords = true;
                return _doc = wordsDoc;
            }

            while (true)
            {
                var candidate = NextExactCandidate(target);
                if (candidate >= wordsDoc)
                {
                    // Where the words match, the sequence is not checked.
                    _onWords = wordsDoc != NO_MORE_DOCS;
                    return _doc = wordsDoc;
                }

                if (_twoPhase is null || _twoPhase.Matches())
                {
                    _onWords = false;
                    return _doc = candidate;
                }

                target = candidate + 1;
            }
        }

        private int NextExactCandidate(int target)
        {
            if (_exact is null)
            {
                return NO_MORE_DOCS;
            }

            if (_twoPhase is not null)
            {
                return _twoPhase.CandidateID >= target ? _twoPhase.CandidateID : _twoPhase.AdvanceCandidate(target);
            }

            return _exact.DocID >= target ? _exact.DocID : _exact.Advance(target);
        }
    }
}
