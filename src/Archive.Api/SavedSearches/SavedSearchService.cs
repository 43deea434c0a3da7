using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Types;
using Archive.Application.Querying;
using Archive.Search;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Archive.Api.SavedSearches;

/// <summary>
/// Saved searches and what they match now: the saved query runs through <see cref="IReportSearch"/>, as GraphQL's
/// <c>search</c> does, ordered by <see cref="SearchSort.IngestedDesc"/> (newest stored first).
/// </summary>
public sealed class SavedSearchService(WriteContextFactory contextFactory, IReportSearch search, ReportReader reports, TimeProvider clock)
{
    public const int MaxNameLength = 200;
    public const int MaxQueryLength = SearchLimits.MaxQueryLength;

    /// <summary>Entries in a feed: the newest matches.</summary>
    public const int FeedEntries = 50;

    /// <summary>The most new reports <see cref="CountNewAsync"/> counts.</summary>
    public const int MaxNewCount = 1000;

    private const int CountPage = 100;

    private static readonly JsonSerializerOptions FilterJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <exception cref="ArchiveError">A bad name, query or filter (BAD_USER_INPUT, BAD_SEARCH_SYNTAX).</exception>
    public async Task<SavedSearchView> SaveAsync(string name, string query, ReportFilterInput? filter, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
        {
            throw ArchiveError.BadUserInput($"name: 1 to {MaxNameLength} characters, no control characters");
        }

        if (string.IsNullOrWhiteSpace(query) || query.Length > MaxQueryLength)
        {
            throw ArchiveError.BadUserInput($"query must be 1 to {MaxQueryLength} characters and not blank");
        }

        var reportFilter = FilterArguments.ToFilter(filter);
        // The query must be one the search accepts now, not at the first feed read.
        await SearchAsync(query, reportFilter, first: 0, after: null, cancellationToken);

        var entity = new SavedSearchEntity
        {
            Name = name,
            Query = query,
            FilterJson = filter is null ? null : JsonSerializer.Serialize(filter, FilterJson),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            FeedToken = Base64Url(RandomNumberGenerator.GetBytes(32)),
        };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.SavedSearches.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(entity);
    }

    /// <returns>False when no such saved search exists.</returns>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.SavedSearches.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Every saved search, oldest first.</summary>
    public async Task<IReadOnlyList<SavedSearchView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.SavedSearches.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(ToView)];
    }

    public async Task<SavedSearchView?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.SavedSearches.AsNoTracking().FirstOrDefaultAsync(s => s.FeedToken == token, cancellationToken);
        return row is null ? null : ToView(row);
    }

    /// <summary>The newest matching reports (by when they were first stored), newest first, with their first snippet.</summary>
    public async Task<IReadOnlyList<FeedEntry>> NewestAsync(SavedSearchView saved, int count, CancellationToken cancellationToken)
    {
        var result = await SearchAsync(saved.Query, FilterArguments.ToFilter(saved.Filter), count, after: null, cancellationToken);
        var ids = result.Hits.Select(h => h.ReportId).ToList();
        var views = await reports.GetByIdsAsync(ids, cancellationToken);
        var times = await TimesAsync(ids, cancellationToken);
        return [.. result.Hits.Where(h => views.ContainsKey(h.ReportId) && times.ContainsKey(h.ReportId)).Select(h =>
        {
            var report = views[h.ReportId];
            var (ingested, updated) = times[h.ReportId];
            return new FeedEntry(h.ReportId, report.Title, report.AgencyName, report.Year, report.FileName, ingested, updated, h.Snippets.Count > 0 ? h.Snippets[0].Text : null);
        })];
    }

    /// <summary>How many matching reports were first stored after <paramref name="since"/>, counted up to <see cref="MaxNewCount"/>.</summary>
    public async Task<int> CountNewAsync(SavedSearchView saved, DateTime since, CancellationToken cancellationToken)
    {
        var filter = FilterArguments.ToFilter(saved.Filter);
        var count = 0;
        string? after = null;
        while (count < MaxNewCount)
        {
            // Newest stored first: the count ends at the first report stored at or before `since`.
            var page = await SearchAsync(saved.Query, filter, CountPage, after, cancellationToken, snippets: false);
            var times = await TimesAsync([.. page.Hits.Select(h => h.ReportId)], cancellationToken);
            foreach (var hit in page.Hits)
            {
                if (times.TryGetValue(hit.ReportId, out var time) && time.Ingested <= since)
                {
                    return count;
                }

                count++;
            }

            if (!page.HasNextPage || page.Hits.Count == 0)
            {
                break;
            }

            after = page.NextCursor;
        }

        return Math.Min(count, MaxNewCount);
    }

    private async Task<SearchResult> SearchAsync(
        string query, ReportFilter filter, int first, string? after, CancellationToken cancellationToken, bool snippets = true)
    {
        try
        {
            return await search.SearchAsync(new SearchRequest(query, filter, SearchSort.IngestedDesc, first, after, SnippetCount: snippets ? 1 : 0), cancellationToken);
        }
        catch (SearchSyntaxException ex)
        {
            throw ArchiveError.BadSearchSyntax(ex.Message);
        }
    }

    private async Task<Dictionary<long, (DateTime Ingested, DateTime Updated)>> TimesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.IngestedAt, r.UpdatedAt }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => (r.IngestedAt, r.UpdatedAt));
    }

    private static SavedSearchView ToView(SavedSearchEntity entity) => new(
        entity.Id, entity.Name, entity.Query,
        entity.FilterJson is null ? null : JsonSerializer.Deserialize<ReportFilterInput>(entity.FilterJson, FilterJson),
        entity.CreatedAt, entity.FeedToken);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
