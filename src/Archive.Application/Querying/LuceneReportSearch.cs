using Archive.Search;
using Archive.Search.Facets;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Querying;

/// <summary>
/// The search on the Lucene index (Archive.Search): the request and the result pass through as the index defines
/// them; the database only resolves an agency id (the index holds names, not database ids).
/// </summary>
public sealed class LuceneReportSearch(ArchiveSearcher searcher, IDbContextFactory<ArchiveDbContext> contextFactory) : IReportSearch
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var filter = await ResolveAsync(request.Filter ?? ReportFilter.None, cancellationToken);
        if (filter is null)
        {
            return new SearchResult(0, [], null, HasNextPage: false, new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal));
        }

        return searcher.Search(request with { Filter = filter, SnippetCount = Math.Clamp(request.SnippetCount, 0, SearchLimits.MaxSnippetsPerHit) }, cancellationToken);
    }

    /// <summary>
    /// <paramref name="filter"/> with an agency id replaced by the agency's name (and its region, unless one is given);
    /// null when it can match nothing (an unknown agency id, or an id and a name of two agencies).
    /// </summary>
    private async Task<ReportFilter?> ResolveAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (filter.AgencyId is not { } agencyId)
        {
            return filter;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId)
            .Select(a => new { a.Name, a.RegionCode }).FirstOrDefaultAsync(cancellationToken);
        if (agency is null || (filter.AgencyName is not null && !string.Equals(filter.AgencyName, agency.Name, StringComparison.Ordinal)))
        {
            return null;
        }

        return filter with { AgencyId = null, AgencyName = agency.Name, RegionCode = filter.RegionCode ?? agency.RegionCode };
    }
}
