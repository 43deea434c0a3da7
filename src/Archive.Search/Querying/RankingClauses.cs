using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// The bonuses the parser adds only to rank (<see cref="RankedQuery"/>: the typed sequence, the title, the agency's
/// name, proximity) and optional clauses beside required ones: they never change which documents match, so a search
/// that shows no hits (counts and facets only) runs without them.
/// </summary>
internal static class RankingClauses
{
    /// <summary><paramref name="query"/> without its bonuses and the optional clauses of any conjunction that has a required one.</summary>
    public static Query Without(Query query)
    {
        if (query is RankedQuery ranked)
        {
            return Without(ranked.Match);
        }

        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var required = boolean.MinimumNumberShouldMatch == 0 && boolean.Clauses.Any(c => c.Occur == Occur.MUST);
        var stripped = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            if (!(required && clause.Occur == Occur.SHOULD))
            {
                stripped.Add(Without(clause.Query), clause.Occur);
            }
        }

        return stripped;
    }
}
