using System.Runtime.CompilerServices;
using Archive.Search.Highlighting;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;
using LuceneSearchHit = Archive.Search.Querying.SearchHit;
using LuceneSyntaxException = Archive.Search.Querying.SearchSyntaxException;

namespace Archive.Application.Querying;

/// <summary>
/// The API's search on the Lucene index (Archive.Search): the index returns ids, scores, snippets and facet
/// counts; SQLite holds the facts the GraphQL types read.
/// </summary>
public sealed class LuceneReportSearch(ArchiveSearcher searcher, IDbContextFactory<ArchiveDbContext> contextFactory) : IReportSearch
{
    private const int SnippetsPerHit = 3;

    public async Task<ReportSearchResult> SearchAsync(ReportSearchRequest request, CancellationToken cancellationToken)
    {
        var filter = await ToSearchFilterAsync(request.Filter, cancellationToken);
        if (filter is null)
        {
            return new ReportSearchResult(0, [], [], HasNextPage: false);
        }

        var lucene = new SearchRequest(request.Query, filter, request.Order, request.First, Facets: request.Facets.Count > 0, SnippetCount: Math.Clamp(request.SnippetCount, 0, SnippetsPerHit))
        {
            UseResultCache = request.UseResultCache,
        };
        if (request.After is { } after)
        {
            // A position without the index's key (issued before sort keys were kept) continues after its score only.
            lucene = lucene with
            {
                After = after.SortKey is { } key && after.Order == request.Order
                    ? ArchiveSearcher.CursorAfter(lucene, key, after.ReportId)
                    : ArchiveSearcher.RelevanceCursorAfter(lucene, (float)after.Score, after.ReportId),
            };
        }

        SearchResult result;
        try
        {
            result = searcher.Search(lucene, cancellationToken);
        }
        catch (LuceneSyntaxException ex)
        {
            throw new SearchSyntaxException(ex.Message, ex);
        }

        var facets = request.Facets.Distinct(StringComparer.Ordinal)
            .Select(name => new FacetResult(name, result.Facets.TryGetValue(name, out var values)
                ? [.. values.Select(v => new FacetCount(v.Value, v.Count))]
                : []))
            .ToList();
        return new ReportSearchResult(result.TotalHits, [.. result.Hits.Select(ToHit)], facets, result.HasNextPage);
    }

    public IReadOnlyList<TextRange> Highlight(string query, string text)
    {
        try
        {
            return [.. searcher.HighlightText(query, text).Select(s => new TextRange(s.Start, s.End))];
        }
        catch (LuceneSyntaxException ex)
        {
            throw new SearchSyntaxException(ex.Message, ex);
        }
    }

    // The index's result cache hands out the same hits for a repeated search; each is mapped once, not per request.
    private static readonly ConditionalWeakTable<LuceneSearchHit, SearchHit> MappedHits = [];

    private static SearchHit ToHit(LuceneSearchHit hit) =>
        MappedHits.GetValue(hit, static h => new SearchHit(h.ReportId, h.Score, [.. h.Snippets.Select(ToHighlightedText)]) { SortKey = h.SortKey });

    private static HighlightedText ToHighlightedText(Snippet snippet) =>
        new(snippet.Text, [.. snippet.Spans.Select(s => new TextRange(s.Start, s.Start + s.Length))]);

    /// <summary>The index filter for <paramref name="filter"/>; null when it can match nothing (an unknown agency id).</summary>
    private async Task<SearchFilter?> ToSearchFilterAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var agencyName = filter.AgencyName;
        var regionCode = filter.RegionCode;
        if (filter.AgencyId is { } agencyId)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId)
                .Select(a => new { a.Name, a.RegionCode }).FirstOrDefaultAsync(cancellationToken);
            if (agency is null || (agencyName is not null && !string.Equals(agencyName, agency.Name, StringComparison.Ordinal)))
            {
                return null;
            }

            agencyName = agency.Name;
            regionCode ??= agency.RegionCode;
        }

        return new SearchFilter(regionCode, filter.YearFrom, filter.YearTo, agencyName, filter.AgencyKind, filter.Template, filter.HasFlags, filter.FlagKind);
    }
}
