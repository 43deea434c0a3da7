using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// A SmartCn word that only adds to the score of documents other clauses matched (the words of a quoted phrase).
/// Such a word found in nearly every report ranks nothing — its BM25 idf is close to zero — yet scoring it visits
/// every matching report, so <see cref="WithoutCommonWords"/> leaves it out, in the spirit of Lucene's
/// CommonTermsQuery. Measured on 100k generated reports: "政府信息公开工作" spent about half its time scoring
/// 政府, 信息, 公开 and 工作, each in more than 99% of the reports.
/// </summary>
internal sealed class ScoringOnlyTermQuery(Term term) : TermQuery(term)
{
    /// <summary>Above this share of documents a scoring-only word is left out (its idf is then below 0.11).</summary>
    public const double CommonShare = 0.9;

    /// <summary><paramref name="query"/> without its scoring-only words that occur in more than <see cref="CommonShare"/> of the index.</summary>
    public static Query WithoutCommonWords(Query query, IndexReader reader)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var pruned = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Query is ScoringOnlyTermQuery word && reader.DocFreq(word.Term) > CommonShare * reader.MaxDoc)
            {
                continue;
            }

            pruned.Add(WithoutCommonWords(clause.Query, reader), clause.Occur);
        }

        return pruned;
    }
}
