using Archive.Api.GraphQL.Connections;
using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Loaders;
using Archive.Api.GraphQL.Types;
using Archive.Api.Quality;
using Archive.Application.Quality.Comparison;
using Archive.Application.Quality.Coverage;
using Archive.Application.Querying;
using Archive.Core.Metrics;
using Archive.Core.Regions;
using Archive.Search;
using Archive.Search.Querying;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.GraphQL;

/// <summary>The root query: each field reads its arguments, calls a reader or the search, and returns.</summary>
public sealed class ArchiveQuery : ObjectGraphType
{
    public const int MaxAggregateGroups = 5000;
    public const int MaxMetricKeysPerQuery = 50;
    private const int MaxSearchQueryLength = SearchLimits.MaxQueryLength;

    private static async Task<ReportComparisonView?> Compare(IResolveFieldContext<object?> c)
    {
        var a = GlobalId.DecodeNumeric(c.GetArgument<string>("a"), GlobalId.Report, "a");
        var b = GlobalId.DecodeNumeric(c.GetArgument<string>("b"), GlobalId.Report, "b");
        var reports = c.Service<ReportLoader>();
        var cells = c.Service<TableCellLoader>();
        var texts = c.Service<TextLoader>();
        var (reportA, reportB) = (reports.Load(a), reports.Load(b));
        var (cellsA, cellsB) = (cells.Load(a), cells.Load(b));
        var (textA, textB) = (texts.Load(a), texts.Load(b));
        if (await reportA.GetResultAsync(c.CancellationToken) is not { } viewA || await reportB.GetResultAsync(c.CancellationToken) is not { } viewB)
        {
            return null;
        }

        return ReportComparer.Compare(
            viewA, await cellsA.GetResultAsync(c.CancellationToken), await textA.GetResultAsync(c.CancellationToken),
            viewB, await cellsB.GetResultAsync(c.CancellationToken), await textB.GetResultAsync(c.CancellationToken));
    }

    public ArchiveQuery()
    {
        Name = "Query";
        Description = "Read access to the archive: reports, full-text search, statistics, regions and agencies.";

        Field<NodeGraphType>("node")
            .Description("Any object with a global id (Report, Agency, Region); null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id returned by this API.")
            .Resolve(Node);

        Field<ReportGraphType, global::GraphQL.DataLoader.IDataLoaderResult<ReportView?>>("report")
            .Description("One report by its global id; null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The report's global id (`Report.id`).")
            .Resolve(c => c.Service<ReportLoader>().Load(GlobalId.DecodeNumeric(c.GetArgument<string>("id"), GlobalId.Report, "id")));

        Field<ReportComparisonGraphType, ReportComparisonView?>("compare")
            .Description("Two reports side by side — a cell diff of the template tables and a prose diff without the template's boilerplate; null when either does not exist. For one body's two years: `compare(a: r.previous.id, b: r.id)`.")
            .Argument<NonNullGraphType<IdGraphType>>("a", "The first report's global id (`Report.id`).")
            .Argument<NonNullGraphType<IdGraphType>>("b", "The second report's global id.")
            .WithComplexityImpact(1, 10)
            .ResolveAsync(Compare);

        Field<CoverageGraphType, CoverageView>("coverage")
            .Description("Which bodies of a region (sub-regions included), known from any year, have no report in a year; counts of reports expected vs present by region and by year.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Six-digit GB/T 2260 code, e.g. 640000 for 宁夏.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The reported year, e.g. 2022.")
            .WithComplexityImpact(1, 10)
            .ResolveAsync(async c =>
            {
                var code = FilterArguments.RegionCode(c.GetArgument<string>("regionCode"), "regionCode")!;
                var year = c.GetArgument<int>("year");
                if (year is < 1990 or > 2100)
                {
                    throw ArchiveError.BadUserInput("year must be between 1990 and 2100");
                }

                return await c.Service<CoverageReader>().GetAsync(code, year, c.CancellationToken);
            });

        Field<NonNullGraphType<IndexStatusGraphType>, Archive.Application.Indexing.IndexFeedState>("index")
            .Description("This node's search index: whether it is built, the last change of the database's change feed it applied and its lag.")
            .Resolve(c => c.RequestServices!.GetRequiredService<Archive.Application.Indexing.IndexFeedState>());

        Field<NonNullGraphType<QualitySummaryGraphType>, QualitySummaryView>("qualitySummary")
            .Description("`Report.quality` over the reports a filter selects (at most 1,000; more is refused with BAD_USER_INPUT): verdicts per check kind (a facet of failing checks) and the failing reports, e.g. the reports of 宁夏 in 2022 failing CARRY_OVER.")
            .Argument<ReportFilterInputGraphType>("filter", "Which reports; the ReportFilter of `reports`.")
            .WithComplexityImpact(1, 20)
            .ResolveAsync(async c => await QualitySummaryView.BuildAsync(
                c.RequestServices!.GetRequiredService<QualityScan>(), FilterArguments.ToFilter(c.GetArgument<ReportFilterInput?>("filter")), c.CancellationToken));

        Field<NonNullGraphType<ReportConnectionGraphType>, ConnectionView<ReportView>>("reports")
            .Description("Reports matching a filter, in pages (Relay connection).")
            .Argument<ReportFilterInputGraphType>("filter", "Which reports; all when omitted.")
            .Argument<NonNullGraphType<ReportOrderGraphType>>("orderBy", "The order of the pages.", a => a.DefaultValue = ReportOrder.YearDescending)
            .Argument<NonNullGraphType<IntGraphType>>("first", "Page size, 0 to 100 (larger is rejected with PAGE_TOO_LARGE).", a => a.DefaultValue = Paging.DefaultPageSize)
            .Argument<StringGraphType>("after", "`endCursor` of the previous page, to get the next one.")
            .WithComplexityImpact(PageImpact)
            .ResolveAsync(Reports);

        Field<NonNullGraphType<SearchConnectionGraphType>, SearchConnectionView>("search")
            .Description("Full-text search over report texts (Chinese phrases, as typed), with highlighted snippets and facet counts.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "Words or \"quoted phrases\", e.g. 依申请公开 \"不予公开\"; every term must occur. At most 500 characters.")
            .Argument<ReportFilterInputGraphType>("filter", "Which reports to search; all when omitted.")
            .Argument<NonNullGraphType<IntGraphType>>("first", "Page size, 0 to 100 (0 for counts and facets only).", a => a.DefaultValue = Paging.DefaultPageSize)
            .Argument<StringGraphType>("after", "`endCursor` of the previous page, to get the next one.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetGraphType>>>>("facets", "Dimensions to count all matches by.", a => a.DefaultValue = new List<object>())
            .Argument<NonNullGraphType<SearchOrderGraphType>>("orderBy", "The order of the hits.", a => a.DefaultValue = Archive.Search.Querying.SearchSort.Relevance)
            .WithComplexityImpact(PageImpact)
            .ResolveAsync(Search);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricGroupGraphType>>>, IReadOnlyList<MetricGroupResult>>("metrics")
            .Description("Metric values aggregated over the filtered reports, grouped by key, unit and the chosen dimensions (at most 5000 groups).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keys", "Metric keys (1 to 50), see `metricKeys`.")
            .Argument<ReportFilterInputGraphType>("filter", "Which reports contribute; all when omitted.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<MetricGroupByGraphType>>>>("groupBy", "Dimensions to group by; none gives one group per key and unit.", a => a.DefaultValue = new List<object>())
            .Argument<NonNullGraphType<MetricAggregateGraphType>>("aggregate", "The aggregate each group's `value` carries.", a => a.DefaultValue = MetricAggregate.Sum)
            .WithComplexityImpact(1, 50)
            .ResolveAsync(Metrics);

        Field<NonNullGraphType<MetricSeriesGraphType>, MetricSeriesView>("metricSeries")
            .Description("One metric year by year over the filtered reports.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The metric key, e.g. apply.new.total.")
            .Argument<ReportFilterInputGraphType>("filter", "Which reports contribute; all when omitted.")
            .ResolveAsync(MetricSeries);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricKeyGraphType>>>, IEnumerable<MetricDefinition>>("metricKeys")
            .Description("The metric dictionary: every key with its Chinese label, unit and templates.")
            .Argument<ReportTemplateGraphType>("template", "Only keys that can occur in reports of this template.")
            .Argument<StringGraphType>("prefix", "Only keys starting with this, e.g. \"apply.\".")
            .WithComplexityImpact(1, 50)
            .ResolveAsync(MetricKeys);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>, IReadOnlyList<RegionView>>("regions")
            .Description("Regions for pickers: the children of `parent`, or every region of `level`; the provinces when both are omitted. Ordered by code.")
            .Argument<StringGraphType>("parent", "Code of the enclosing region, e.g. 640000 for the prefectures of 宁夏.")
            .Argument<RegionLevelGraphType>("level", "Only regions of this level.")
            .WithComplexityImpact(1, 50)
            .ResolveAsync(async c => await c.Service<RegionReader>().ListAsync(
                FilterArguments.RegionCode(c.GetArgument<string?>("parent"), "parent"), c.GetArgument<RegionLevel?>("level"), c.CancellationToken));

        Field<RegionGraphType, global::GraphQL.DataLoader.IDataLoaderResult<RegionView?>>("region")
            .Description("One region by its GB/T 2260 code; null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Six-digit code, e.g. 640221.")
            .Resolve(c => c.Service<RegionLoader>().Load(FilterArguments.RegionCode(c.GetArgument<string>("code"), "code")!));

        Field<NonNullGraphType<AgencyConnectionGraphType>, ConnectionView<AgencyView>>("agencies")
            .Description("Reporting agencies ordered by name, in pages (Relay connection).")
            .Argument<AgencyFilterInputGraphType>("filter", "Which agencies; all when omitted.")
            .Argument<NonNullGraphType<IntGraphType>>("first", "Page size, 0 to 100.", a => a.DefaultValue = Paging.DefaultPageSize)
            .Argument<StringGraphType>("after", "`endCursor` of the previous page, to get the next one.")
            .WithComplexityImpact(PageImpact)
            .ResolveAsync(Agencies);

        SavedSearches.SavedSearchFields.AddQuery(this);
    }

    private static FieldComplexityResult PageImpact(FieldImpactContext context) =>
        new(1, Paging.ComplexityMultiplier(context.GetArgument<int?>("first", null)));

    private static object? Node(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<string>("id");
        var decoded = GlobalId.TryDecode(id) ?? throw ArchiveError.BadUserInput("id: not an id this API issued");
        return decoded.Type switch
        {
            GlobalId.Report => context.Service<ReportLoader>().Load(GlobalId.DecodeNumeric(id, GlobalId.Report, "id")),
            GlobalId.Agency => context.Service<AgencyLoader>().Load(GlobalId.DecodeNumeric(id, GlobalId.Agency, "id")),
            GlobalId.Region => context.Service<RegionLoader>().Load(FilterArguments.RegionCode(decoded.Key, "id")!),
            _ => throw ArchiveError.BadUserInput("id: not an id this API issued"),
        };
    }

    private static async Task<ConnectionView<ReportView>?> Reports(IResolveFieldContext<object?> context)
    {
        var first = Paging.CheckFirst(context.GetArgument<int>("first"));
        var order = context.GetArgument<ReportOrder>("orderBy");
        var afterCursor = context.GetArgument<string?>("after");
        var after = ReportCursors.ParseReport(afterCursor, order);
        var filter = FilterArguments.ToFilter(context.GetArgument<ReportFilterInput?>("filter"));
        var reader = context.Service<ReportReader>();

        var page = await reader.GetPageAsync(filter, order, after, first, context.CancellationToken);
        var edges = page.Items.Select(r => new EdgeView<ReportView>(ReportCursors.ForReport(ReportPosition.Of(order, r)), r)).ToList();
        return new ConnectionView<ReportView>(
            edges,
            Paging.PageInfo([.. edges.Select(e => e.Cursor)], page.HasNextPage, afterCursor is not null),
            ct => reader.CountAsync(filter, ct));
    }

    private static async Task<SearchConnectionView?> Search(IResolveFieldContext<object?> context)
    {
        var query = context.GetArgument<string>("query");
        if (string.IsNullOrWhiteSpace(query) || query.Length > MaxSearchQueryLength)
        {
            throw ArchiveError.BadUserInput($"query must be 1 to {MaxSearchQueryLength} characters and not blank");
        }

        var first = Paging.CheckFirst(context.GetArgument<int>("first"));
        var afterCursor = context.GetArgument<string?>("after");
        var facets = (context.GetArgument<List<string>>("facets") ?? []).Distinct(StringComparer.Ordinal).ToList();

        // The index's own cursor is the edge cursor: `after` goes back to the index as it was handed out.
        var request = new SearchRequest(
            query,
            FilterArguments.ToFilter(context.GetArgument<ReportFilterInput?>("filter")),
            context.GetArgument<SearchSort>("orderBy"),
            first,
            afterCursor,
            Facets: facets.Count > 0);

        ReportSearchResult result;
        try
        {
            result = await context.Service<IReportSearch>().SearchReportsAsync(context.Service<ReportReader>(), request, context.CancellationToken);
        }
        catch (SearchSyntaxException ex)
        {
            throw ArchiveError.BadSearchSyntax(ex.Message);
        }
        catch (InvalidCursorException)
        {
            throw ArchiveError.BadCursor(afterCursor!.Length > 40 ? afterCursor[..40] + "…" : afterCursor);
        }

        var edges = result.Hits.Select(h => new SearchEdgeView(h.Hit, h.Report)).ToList();
        return new SearchConnectionView(
            edges,
            Paging.PageInfo([.. edges.Select(e => e.Hit.Cursor)], result.Index.HasNextPage, afterCursor is not null),
            result.Index.TotalHits,
            [.. facets.Select(name => new FacetView(name, result.Index.Facets.TryGetValue(name, out var values) ? values : []))]);
    }

    private static async Task<IReadOnlyList<MetricGroupResult>?> Metrics(IResolveFieldContext<object?> context)
    {
        var keys = await CheckKeysAsync(context, context.GetArgument<List<string>>("keys") ?? []);
        var filter = FilterArguments.ToFilter(context.GetArgument<ReportFilterInput?>("filter"));
        var groupBy = context.GetArgument<List<MetricGroupBy>>("groupBy") ?? [];
        var aggregate = context.GetArgument<MetricAggregate>("aggregate");

        var groups = await context.Service<MetricAggregator>().AggregateAsync(keys, filter, groupBy.Distinct().ToList(), MaxAggregateGroups, context.CancellationToken);
        if (groups.Count > MaxAggregateGroups)
        {
            throw ArchiveError.ResultTooLarge($"more than {MaxAggregateGroups} groups; group by fewer dimensions or narrow the filter");
        }

        return [.. groups.Select(g => new MetricGroupResult(g, aggregate switch
        {
            MetricAggregate.Average => g.Average,
            MetricAggregate.Min => g.Min,
            MetricAggregate.Max => g.Max,
            MetricAggregate.Count => g.Count,
            _ => g.Sum,
        }))];
    }

    private static async Task<MetricSeriesView?> MetricSeries(IResolveFieldContext<object?> context)
    {
        var keys = await CheckKeysAsync(context, [context.GetArgument<string>("key")]);
        var filter = FilterArguments.ToFilter(context.GetArgument<ReportFilterInput?>("filter"));
        var groups = await context.Service<MetricAggregator>().AggregateAsync(keys, filter, [MetricGroupBy.Year], MaxAggregateGroups, context.CancellationToken);
        return new MetricSeriesView(keys[0], [.. groups.Where(g => g.Year is not null).OrderBy(g => g.Year).ThenBy(g => g.Unit, StringComparer.Ordinal)]);
    }

    private static async Task<IEnumerable<MetricDefinition>?> MetricKeys(IResolveFieldContext<object?> context)
    {
        var template = context.GetArgument<string?>("template");
        var prefix = context.GetArgument<string?>("prefix");
        var definitions = await context.Service<IMetricCatalog>().GetDefinitionsAsync(context.CancellationToken);
        return definitions
            .Where(d => template is null || d.Templates.Contains(template, StringComparer.Ordinal) || d.Templates.Contains("any", StringComparer.Ordinal))
            .Where(d => prefix is null || d.Key.StartsWith(prefix, StringComparison.Ordinal));
    }

    private static async Task<ConnectionView<AgencyView>?> Agencies(IResolveFieldContext<object?> context)
    {
        var first = Paging.CheckFirst(context.GetArgument<int>("first"));
        var afterCursor = context.GetArgument<string?>("after");
        var after = ReportCursors.ParseAgency(afterCursor);
        var filter = FilterArguments.ToFilter(context.GetArgument<AgencyFilterInput?>("filter"));
        var reader = context.Service<AgencyReader>();

        var page = await reader.GetPageAsync(filter, after, first, context.CancellationToken);
        var edges = page.Items.Select(a => new EdgeView<AgencyView>(ReportCursors.ForAgency(a), a)).ToList();
        return new ConnectionView<AgencyView>(
            edges,
            Paging.PageInfo([.. edges.Select(e => e.Cursor)], page.HasNextPage, afterCursor is not null),
            ct => reader.CountAsync(filter, ct));
    }

    /// <summary>Between 1 and <see cref="MaxMetricKeysPerQuery"/> keys, each known to the metric catalog (NOT_FOUND names the others).</summary>
    private static async Task<IReadOnlyList<string>> CheckKeysAsync(IResolveFieldContext context, IReadOnlyList<string> keys)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count is 0 or > MaxMetricKeysPerQuery)
        {
            throw ArchiveError.BadUserInput($"keys: give 1 to {MaxMetricKeysPerQuery} metric keys");
        }

        var known = await context.Service<MetricLabels>().GetAsync(context.CancellationToken);
        var unknown = distinct.Where(k => !known.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw ArchiveError.NotFound($"unknown metric key(s): {string.Join(", ", unknown.Take(10))}; see metricKeys");
        }

        return distinct;
    }
}
