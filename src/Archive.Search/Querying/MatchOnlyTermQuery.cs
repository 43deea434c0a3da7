using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>
/// A word that must occur but adds nothing to the score: its documents are read without frequencies, and no BM25
/// is computed for it. <see cref="ScoringOnlyTermQuery.WithoutCommonWords"/> puts it in place of a word of a
/// multi-word match that occurs in nearly every report (its idf, and so its share of any score, is close to zero).
/// </summary>
internal sealed class MatchOnlyTermQuery(Term term) : Query
{
    public Term Term { get; } = term;

    public override Weight CreateWeight(IndexSearcher searcher) => new MatchOnlyWeight(this);

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Term);

    public override string ToString(string field) =>
        $"match({(string.Equals(field, Term.Field, StringComparison.Ordinal) ? Term.Text : Term.ToString())})";

    public override bool Equals(object? obj) => obj is MatchOnlyTermQuery other && Boost.Equals(other.Boost) && Term.Equals(other.Term);

    public override int GetHashCode() => HashCode.Combine(Boost, Term);

    private sealed class MatchOnlyWeight(MatchOnlyTermQuery query) : Weight
    {
        public override Query Query => query;

        public override float GetValueForNormalization() => 0f;

        public override void Normalize(float norm, float topLevelBoost)
        {
            // Nothing to normalize: the score is always zero.
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var termsEnum = context.AtomicReader.GetTerms(query.Term.Field)?.GetEnumerator();
            if (termsEnum is null || !termsEnum.SeekExact(query.Term.Bytes))
            {
                return null;
            }

            return new MatchOnlyScorer(this, termsEnum.Docs(acceptDocs, null, DocsFlags.NONE), termsEnum.DocFreq);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            return scorer is not null && scorer.Advance(doc) == doc
                ? new Explanation(0f, $"{query} occurs (not scored)")
                : new ComplexExplanation(false, 0f, $"no {query}");
        }
    }

    private sealed class MatchOnlyScorer(Weight weight, DocsEnum docs, int docFreq) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int Freq => 1;

        public override float GetScore() => 0f;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override long GetCost() => docFreq;
    }
}
