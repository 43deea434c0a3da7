using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>Turns a <see cref="ReportFilter"/> into a Lucene filter (no effect on scores): each set field's <see cref="FilterField"/> condition.</summary>
internal static class FilterQueries
{
    public static Filter? Build(ReportFilter? filter)
    {
        if (filter is null)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var (field, value) in ReportFilterFields.Values(filter))
        {
            // An empty value (a blank region) means "any", as it always has on the index.
            if (value is null || value is string text && (text.Length == 0 || (field.Kind == FilterValueKind.RegionCode && string.IsNullOrWhiteSpace(text))))
            {
                continue;
            }

            var condition = field.Index
                ?? throw new ArgumentException($"The filter field {field.Name} is resolved before a search; the index holds no database ids.", nameof(filter));
            query.Add(condition(value), Occur.MUST);
        }

        return query.Clauses.Count == 0 ? null : new QueryWrapperFilter(query);
    }
}
