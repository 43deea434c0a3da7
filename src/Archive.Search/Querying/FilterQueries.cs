using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>Turns a <see cref="SearchFilter"/> into a Lucene filter (no effect on scores).</summary>
internal static class FilterQueries
{
    public static Filter? Build(SearchFilter? filter)
    {
        if (filter is null)
        {
            return null;
        }

        var query = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(filter.RegionCode))
        {
            var code = filter.RegionCode.Trim();
            if (!RegionCodes.IsCode(code))
            {
                throw new SearchSyntaxException($"Region filter '{code}' is not a six-digit GB/T 2260 code.");
            }

            query.Add(HumanQueryParser.RegionFilterQuery(code), Occur.MUST);
        }

        if (filter.YearFrom is not null || filter.YearTo is not null)
        {
            query.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, filter.YearFrom, filter.YearTo, true, true), Occur.MUST);
        }

        AddTerm(query, IndexFields.AgencyKey, filter.Agency);
        AddTerm(query, IndexFields.AgencyKind, filter.AgencyKind);
        AddTerm(query, IndexFields.Template, filter.Template);
        AddTerm(query, IndexFields.FlagKind, filter.FlagKind);
        if (filter.HasFlags is { } hasFlags)
        {
            AddTerm(query, IndexFields.HasFlags, hasFlags ? "1" : "0");
        }

        return query.Clauses.Count == 0 ? null : new QueryWrapperFilter(query);
    }

    private static void AddTerm(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }
}
