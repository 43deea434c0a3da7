using System.Globalization;
using Archive.Api.GraphQL.Errors;
using Archive.Search;
using Archive.Search.Querying;
using Microsoft.AspNetCore.Http;

namespace Archive.Api.Export;

/// <summary>
/// Reads /export/search.csv's query string: <c>q</c> (the search, as GraphQL's <c>search(query:)</c>), the filters of
/// /export/metrics.csv (the GraphQL ReportFilter field names), <c>orderBy</c> (a SearchOrder name, RELEVANCE when
/// omitted) and <c>limit</c> (1 to <see cref="SearchExportRows.MaxHits"/>, that maximum when omitted).
/// </summary>
public static class SearchExportQuery
{
    public const int MaxQueryLength = SearchLimits.MaxQueryLength;

    /// <summary>The orders by their GraphQL SearchOrder names.</summary>
    public static IReadOnlyDictionary<string, SearchSort> Orders { get; } = new Dictionary<string, SearchSort>(StringComparer.Ordinal)
    {
        ["RELEVANCE"] = SearchSort.Relevance,
        ["YEAR_DESC"] = SearchSort.YearDesc,
        ["YEAR_ASC"] = SearchSort.YearAsc,
        ["PUBLISHED_DESC"] = SearchSort.PublishedDesc,
        ["PUBLISHED_ASC"] = SearchSort.PublishedAsc,
        ["REGION"] = SearchSort.Region,
        ["INGESTED_DESC"] = SearchSort.IngestedDesc,
    };

    public static SearchExportRequest Parse(IQueryCollection query)
    {
        var text = MetricExportQuery.Single(query, "q");
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxQueryLength)
        {
            throw ArchiveError.BadUserInput($"q: the search, 1 to {MaxQueryLength} characters and not blank");
        }

        var orderName = MetricExportQuery.Single(query, "orderBy") ?? "RELEVANCE";
        if (!Orders.TryGetValue(orderName, out var order))
        {
            throw ArchiveError.BadUserInput($"orderBy: '{orderName}' is not one of {string.Join(", ", Orders.Keys)}");
        }

        var limit = SearchExportRows.MaxHits;
        if (MetricExportQuery.Single(query, "limit") is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > SearchExportRows.MaxHits))
        {
            throw ArchiveError.BadUserInput($"limit: '{limitText}' is not a number from 1 to {SearchExportRows.MaxHits}");
        }

        return new SearchExportRequest(text, MetricExportQuery.ParseFilter(query), order, limit);
    }
}
