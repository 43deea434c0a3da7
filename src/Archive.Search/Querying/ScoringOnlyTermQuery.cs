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

    /// <summary>
    /// <paramref name="query"/> without its scoring-only words that occur in more than <see cref="CommonShare"/> of
    /// the index; and in the words of a multi-word match (<see cref="WordQuery"/>), such words are matched but not
    /// scored (<see cref="MatchOnlyTermQuery"/>), all but the rarest, which keeps the ranking. Measured on 100k
    /// generated reports, where 依申请公开's three words are each in 98–100 % of them: word searches p50 3.7 → 3.2 ms.
    /// </summary>
    public static Query WithoutCommonWords(Query query, IndexReader reader)
    {
        if (query is WordQuery { Words: BooleanQuery words } wordQuery)
        {
            return new WordQuery(MatchingCommonWordsOnly(words, reader), wordQuery.Exact) { Boost = wordQuery.Boost };
        }

        if (query is RankedQuery ranked)
        {
            return new RankedQuery(WithoutCommonWords(ranked.Match, reader), ranked.Bonuses) { Boost = ranked.Boost };
        }

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

    /// <summary>A conjunction of words with its common ones, all but the rarest word, as match-only clauses.</summary>
    private static BooleanQuery MatchingCommonWordsOnly(BooleanQuery words, IndexReader reader)
    {
        var clauses = words.Clauses;
        if (clauses.Any(c => c.Occur != Occur.MUST || c.Query is not TermQuery))
        {
            return words;
        }

        var frequencies = clauses.Select(c => reader.DocFreq(((TermQuery)c.Query).Term)).ToArray();
        var rarest = Array.IndexOf(frequencies, frequencies.Min());
        var rewritten = new BooleanQuery(words.CoordDisabled) { Boost = words.Boost };
        for (var i = 0; i < clauses.Count; i++)
        {
            var term = ((TermQuery)clauses[i].Query).Term;
            rewritten.Add(i != rarest && frequencies[i] > CommonShare * reader.MaxDoc ? new MatchOnlyTermQuery(term) : clauses[i].Query, Occur.MUST);
        }

        return rewritten;
    }
}
