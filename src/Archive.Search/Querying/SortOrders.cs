using Archive.Search.Analysis;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>Lucene sorts for <see cref="SearchSort"/>, each ending with the ReportId tiebreak, and their cursor values.</summary>
internal static class SortOrders
{
    private static readonly SortField ById = new(IndexFields.IdValues, SortFieldType.INT64);

    private static readonly Sort Relevance = new(SortField.FIELD_SCORE, ById);
    // Reports without a year or date sort last in both directions.
    private static readonly Sort YearDesc = new(Numeric(IndexFields.YearValues, descending: true), ById);
    private static readonly Sort YearAsc = new(Numeric(IndexFields.YearValues, descending: false), ById);
    private static readonly Sort PublishedDesc = new(Numeric(IndexFields.PublishedValues, descending: true), ById);

    public static Sort For(SearchSort sort) => sort switch
    {
        SearchSort.YearDesc => YearDesc,
        SearchSort.YearAsc => YearAsc,
        SearchSort.PublishedDesc => PublishedDesc,
        _ => Relevance,
    };

    private static SortField Numeric(string field, bool descending)
    {
        var sortField = new SortField(field, SortFieldType.INT64, descending);
        sortField.SetMissingValue(descending ? long.MinValue : long.MaxValue);
        return sortField;
    }

    /// <summary>The first sort value of a hit as a long (score as its IEEE bits, so it round-trips exactly).</summary>
    public static long SortValue(SearchSort sort, FieldDoc doc) => sort == SearchSort.Relevance
        ? BitConverter.SingleToInt32Bits(Convert.ToSingle(doc.Fields[0], System.Globalization.CultureInfo.InvariantCulture))
        : Convert.ToInt64(doc.Fields[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The searchAfter position. Its doc id is int.MaxValue: with a unique ReportId tiebreak only the cursor's own
    /// report compares equal, and it must be skipped whatever doc id it has after a refresh.
    /// </summary>
    public static FieldDoc After(SearchSort sort, long sortValue, long reportId)
    {
        // Lucene.Net's comparers take J2N boxed numbers, not CLR ones.
        var score = sort == SearchSort.Relevance ? BitConverter.Int32BitsToSingle((int)sortValue) : float.NaN;
        object first = sort == SearchSort.Relevance
            ? J2N.Numerics.Single.GetInstance(score)
            : J2N.Numerics.Int64.GetInstance(sortValue);
        return new FieldDoc(int.MaxValue, score, [first, J2N.Numerics.Int64.GetInstance(reportId)]);
    }
}
