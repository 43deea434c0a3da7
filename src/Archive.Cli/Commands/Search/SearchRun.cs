using Archive.Api.GraphQL;
using Archive.Api.GraphQL.Types;
using Archive.Api.Vocabulary;
using Archive.Application.Querying;
using Archive.Cli.Infrastructure;
using Archive.Core.Agencies;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Search.Facets;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands.Search;

/// <summary>One hit as `archive search --json` and `archive export search` print it: GraphQL's names and spellings.</summary>
public sealed record SearchHitRow(
    int Rank, string Id, float Score, string? Title, string? AgencyName, string? AgencyKind, string? RegionCode, string? RegionName,
    int? Year, string Template, string FileName, IReadOnlyList<SnippetRow> Snippets);

/// <summary>A snippet as GraphQL's <c>snippets { html }</c>: escaped text, matches in &lt;mark&gt;.</summary>
public sealed record SnippetRow(string Html);

/// <summary>A facet as GraphQL's <c>facets { name values { value count } }</c>, name as the SearchFacet enum spells it.</summary>
public sealed record FacetRow(string Name, IReadOnlyList<FacetValueRow> Values);

public sealed record FacetValueRow(string Value, int Count);

public sealed record SearchRunResult(int TotalCount, IReadOnlyList<SearchHitRow> Hits, IReadOnlyList<FacetRow> Facets);

/// <summary>Runs a search over a data directory as the API does (ids and scores from the index, the facts from the database).</summary>
public static class SearchRun
{
    /// <summary>
    /// One page of a search through the API's own search service (<see cref="IReportSearch"/>): the same filters,
    /// ids and order as GraphQL's <c>search</c>.
    /// </summary>
    /// <exception cref="SearchSyntaxException">The query cannot be parsed.</exception>
    public static async Task<SearchRunResult> RunAsync(
        IServiceProvider services, string query, ReportFilter filter, int first, bool facets, SearchSort sort, CancellationToken cancellationToken)
    {
        await FollowFeedAsync(services, cancellationToken);
        services.GetRequiredService<ArchiveSearcher>().MaybeRefresh();
        var request = new SearchRequest(query, filter, sort, first, Facets: facets);
        var result = await services.GetRequiredService<IReportSearch>().SearchAsync(request, cancellationToken);
        var page = await HitRowsAsync(services, result.Hits.Select(h => (h.ReportId, h.Score, (IReadOnlyList<string>)[.. h.Snippets.Select(HighlightedTextGraphType.ToHtml)])), 0, cancellationToken);
        var facetRows = facets
            ? FacetDimension.Offered
                .Select(f => new FacetRow(f.PublicName, [.. result.Facets.GetValueOrDefault(f.Name, []).Select(v => new FacetValueRow(f.Name == FacetNames.Template ? PublicNames.Template(v.Value) : v.Value, v.Count))]))
                .ToList()
            : [];
        return new SearchRunResult(result.TotalHits, page, facetRows);
    }

    /// <summary>
    /// On PostgreSQL the data directory's index is this command's own copy (ingest workers write only the database):
    /// it applies the change feed first, building the index when it has none, as a server node would.
    /// </summary>
    public static async Task FollowFeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var indexer = services.GetRequiredService<Archive.Application.Indexing.IReportIndexer>();
        if (indexer.FollowsFeed)
        {
            await indexer.CatchUpAsync(cancellationToken);
        }
    }

    /// <summary>Every hit, page by page (100 a page), up to <paramref name="limit"/>; ranks run on across pages.</summary>
    public static async Task<SearchRunResult> RunAllAsync(IServiceProvider services, string query, int limit, CancellationToken cancellationToken)
    {
        await FollowFeedAsync(services, cancellationToken);
        var searcher = services.GetRequiredService<ArchiveSearcher>();
        searcher.MaybeRefresh();
        var hits = new List<SearchHitRow>();
        string? after = null;
        var total = 0;
        do
        {
            var page = searcher.Search(new SearchRequest(query, First: Math.Min(100, limit - hits.Count), After: after), cancellationToken);
            total = page.TotalHits;
            hits.AddRange(await HitRowsAsync(services, page.Hits.Select(h => (h.ReportId, h.Score, (IReadOnlyList<string>)[.. h.Snippets.Select(s => s.Marked)])), hits.Count, cancellationToken));
            after = page.HasNextPage ? page.NextCursor : null;
        }
        while (after is not null && hits.Count < limit);

        return new SearchRunResult(total, hits, []);
    }

    /// <summary>The index's hits (id, score, snippet HTML) with the facts from the database, ranked from <paramref name="ranked"/> + 1.</summary>
    private static async Task<List<SearchHitRow>> HitRowsAsync(
        IServiceProvider services, IEnumerable<(long ReportId, float Score, IReadOnlyList<string> Html)> indexHits, int ranked, CancellationToken cancellationToken)
    {
        var hits = indexHits.ToList();
        var reports = await services.GetRequiredService<ReportReader>().GetByIdsAsync([.. hits.Select(h => h.ReportId)], cancellationToken);

        var rank = ranked;
        return [.. hits.Where(h => reports.ContainsKey(h.ReportId)).Select(h =>
        {
            var report = reports[h.ReportId];
            return new SearchHitRow(
                ++rank, GlobalId.Encode(GlobalId.Report, h.ReportId), h.Score, report.Title, report.AgencyName, report.AgencyKind?.StableId(),
                report.RegionCode, RegionFullName(report.RegionCode), report.Year, PublicNames.Of(report.Template), report.FileName,
                [.. h.Html.Select(html => new SnippetRow(html))]);
        })];
    }

    /// <summary>"宁夏回族自治区 石嘴山市 平罗县" from a region code; null when the code is not in the gazetteer.</summary>
    public static string? RegionFullName(string? code) =>
        code is not null && RegionGazetteer.Default.Find(code) is not null ? string.Join(" ", RegionGazetteer.Default.PathOf(code).Select(r => r.Name)) : null;

    /// <summary>The Chinese name of a facet (SearchFacet enum name).</summary>
    public static string FacetLabel(string publicName) => FacetDimension.Offered.FirstOrDefault(f => f.PublicName == publicName)?.Label ?? publicName;

    /// <summary>A facet value as a person reads it: region names, agency kind and template labels, years as they are.</summary>
    public static string FacetValueLabel(string publicName, string value) => publicName switch
    {
        "PROVINCE" or "PREFECTURE" or "COUNTY" => RegionGazetteer.Default.Find(value)?.Name ?? value,
        "AGENCY_KIND" => AgencyKinds.LabelOf(value) ?? value,
        "TEMPLATE" => TemplateLabel(value),
        _ => value,
    };

    /// <summary>"2019年版" for V2019 (the public spelling).</summary>
    public static string TemplateLabel(string publicTemplate) =>
        PublicNames.TryParse<ReportTemplate>(publicTemplate, out var template) ? PublicNames.Templates.First(t => t.Template == template).Label : publicTemplate;
}
