using Archive.Storage;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Archive.Api.Querying;

/// <summary>
/// Search without an index: every term (a word, or a "quoted phrase") must occur in the normalized text
/// (SQL LIKE), and no excluded one (-word, -"phrase"). It ranks nothing (every hit scores 1, ordered by report id), which keeps the
/// <see cref="IReportSearch"/> contract; it is the fallback until the Lucene searcher is registered.
/// </summary>
public sealed class SqlReportSearch(IDbContextFactory<ArchiveDbContext> contextFactory) : IReportSearch
{
    private const double Score = 1.0;
    private const int MaxFacetValues = 100;

    public async Task<ReportSearchResult> SearchAsync(ReportSearchRequest request, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(request.Query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matches = db.Reports.AsNoTracking().Apply(request.Filter);
        foreach (var term in terms.Required)
        {
            var pattern = "%" + LikePattern.Escape(term) + "%";
            matches = matches.Where(r => EF.Functions.Like(r.NormalizedText, pattern, LikePattern.EscapeCharacter));
        }

        foreach (var term in terms.Excluded)
        {
            var pattern = "%" + LikePattern.Escape(term) + "%";
            matches = matches.Where(r => !EF.Functions.Like(r.NormalizedText, pattern, LikePattern.EscapeCharacter));
        }

        if (terms.Required.Count == 0)
        {
            // Exclusions alone match nothing, as in the index's syntax.
            matches = matches.Where(_ => false);
        }

        var total = await matches.CountAsync(cancellationToken);
        var page = matches;
        if (request.After is { } after)
        {
            // Every hit has the same score, so the position is the report id alone.
            var afterId = after.ReportId;
            page = after.Score > Score ? page : page.Where(r => r.Id > afterId);
        }

        var rows = request.First == 0
            ? []
            : await page.OrderBy(r => r.Id).Take(request.First + 1)
                .Select(r => new { r.Id, r.NormalizedText }).ToListAsync(cancellationToken);
        var hasNext = rows.Count > request.First;
        var hits = rows.Take(request.First)
            .Select(r => new SearchHit(r.Id, Score, SnippetBuilder.Build(r.NormalizedText, SearchTerms.Find(terms.Required, r.NormalizedText))))
            .ToList();

        var facets = new List<FacetResult>();
        foreach (var facet in request.Facets.Distinct(StringComparer.Ordinal))
        {
            facets.Add(new FacetResult(facet, await CountFacetAsync(matches, facet, cancellationToken)));
        }

        return new ReportSearchResult(total, hits, facets, hasNext);
    }

    public IReadOnlyList<TextRange> Highlight(string query, string text) => SearchTerms.Find(SearchTerms.Parse(query).Required, text);

    private static async Task<IReadOnlyList<FacetCount>> CountFacetAsync(IQueryable<ReportEntity> matches, string facet, CancellationToken cancellationToken)
    {
        IQueryable<string?> values = facet switch
        {
            SearchFacets.Year => matches.Select(r => r.Year == null ? null : r.Year.ToString()),
            SearchFacets.Province => matches.Select(r => r.ProvinceCode),
            SearchFacets.Prefecture => matches.Select(r => r.PrefectureCode),
            SearchFacets.County => matches.Select(r => r.CountyCode),
            SearchFacets.AgencyKind => matches.Select(r => r.AgencyKind),
            SearchFacets.Template => matches.Select(r => (string?)r.Template),
            _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, "unknown facet"),
        };

        var counts = await values.Where(v => v != null)
            .GroupBy(v => v)
            .Select(g => new { Value = g.Key!, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Value)
            .Take(MaxFacetValues)
            .ToListAsync(cancellationToken);
        return [.. counts.Select(c => new FacetCount(c.Value, c.Count))];
    }
}
