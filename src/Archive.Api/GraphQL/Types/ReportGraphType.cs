using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Loaders;
using Archive.Api.Quality;
using Archive.Application.Quality;
using Archive.Application.Quality.Similarity;
using Archive.Application.Querying;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Search;
using Archive.Search.Highlighting;
using Archive.Search.Querying;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.GraphQL.Types;

public sealed class ReportGraphType : ObjectGraphType<ReportView>
{
    private const int MaxHighlightQueryLength = SearchLimits.MaxQueryLength;

    public ReportGraphType()
    {
        Name = "Report";
        Description = "One government information-disclosure annual report (政府信息公开工作年度报告): metadata, text, statistics and quality flags.";
        Interface<NodeGraphType>();
        IsTypeOf = value => value is ReportView;

        Field<NonNullGraphType<IdGraphType>, string>("id")
            .Description("Global id (use with `report(id:)` or `node(id:)`).")
            .Resolve(c => GlobalId.Encode(GlobalId.Report, c.Source.Id));
        Field<StringGraphType, string?>("title")
            .Description("The title as printed (line breaks and spaces removed); null when the report has no title line.")
            .Resolve(c => c.Source.Title);
        Field<AgencyGraphType, AgencyView?>("agency")
            .Description("The reporting agency; null when it could not be determined.")
            .Resolve(c => c.Source.Agency);
        Field<StringGraphType, string?>("agencyName")
            .Description("The reporting agency's full name as extracted.")
            .Resolve(c => c.Source.AgencyName ?? c.Source.Agency?.Name);
        Field<StringGraphType, string?>("agencyKind")
            .Description("The kind of agency (metric-dictionary.md §12), e.g. people_government, industry_and_it.")
            .Resolve(c => (c.Source.AgencyKind ?? c.Source.Agency?.Kind)?.StableId());
        Field<RegionGraphType, IDataLoaderResult<RegionView?>?>("region")
            .Description("The most specific region the agency belongs to; null when unknown (a wrong region is worse than none).")
            .Resolve(c => c.Source.RegionCode is { } code ? c.Service<RegionLoader>().Load(code) : null);
        Field<IntGraphType, int?>("year")
            .Description("The reported year (from the statistics period, else the title).")
            .Resolve(c => c.Source.Year);
        Field<StringGraphType, string?>("published")
            .Description("The publication date printed at the end, as ISO yyyy-MM-dd digits (may be an impossible date, then flagged); null when none is printed.")
            .Resolve(c => c.Source.Published);
        Field<NonNullGraphType<ReportTemplateGraphType>, ReportTemplate>("template")
            .Description("The report's layout.")
            .Resolve(c => c.Source.Template);
        Field<NonNullGraphType<StringGraphType>, string>("fileName")
            .Description("Name of the file the report was ingested from.")
            .Resolve(c => c.Source.FileName);
        Field<NonNullGraphType<DateTimeGraphType>, IDataLoaderResult<DateTime?>>("ingestedAt")
            .Description("When the report was first stored (UTC).")
            .Resolve(c => c.Service<IngestedAtLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<StringGraphType>, IDataLoaderResult<string?>>("text")
            .Description("The full normalized text: wrapped lines joined, full-width digits made ASCII. Metric offsets index this text.")
            .WithComplexityImpact(QueryCost.FullTextImpact)
            .Resolve(c => c.Service<TextLoader>().Load(c.Source.Id));
        Field<HighlightedTextGraphType, Snippet?>("highlightedText")
            .Description("The full normalized text with the ranges matching a search query.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "A search query, in the syntax of `search(query:)`.")
            .WithComplexityImpact(1, QueryCost.FullTextImpact)
            .ResolveAsync(async c =>
            {
                var query = c.GetArgument<string>("query");
                if (string.IsNullOrWhiteSpace(query) || query.Length > MaxHighlightQueryLength)
                {
                    throw ArchiveError.BadUserInput($"query must be 1 to {MaxHighlightQueryLength} characters");
                }

                var text = await c.Service<TextLoader>().Load(c.Source.Id).GetResultAsync(c.CancellationToken);
                if (text is null)
                {
                    return null;
                }

                try
                {
                    return c.Service<ArchiveSearcher>().Highlight(query, text);
                }
                catch (SearchSyntaxException ex)
                {
                    throw ArchiveError.BadSearchSyntax(ex.Message);
                }
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricGraphType>>>, IDataLoaderResult<IReadOnlyList<MetricView>>>("metrics")
            .Description("The statistics read from the report, each with its source in the text. Without `keys`, all of them.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("keys", "Only these metric keys (see `metricKeys`), e.g. [\"apply.new.total\"].")
            .WithComplexityImpact(context => new global::GraphQL.Validation.Complexity.FieldComplexityResult(
                1, context.Arguments?.TryGetValue("keys", out var keys) == true && keys.Value is System.Collections.ICollection { Count: > 0 } list ? list.Count : 50))
            .Resolve(c =>
            {
                var keys = c.GetArgument<List<string>?>("keys");
                if (keys is { Count: > 200 })
                {
                    throw ArchiveError.BadUserInput("keys: at most 200 keys");
                }

                return c.Service<MetricLoader>().Load(c.Source.Id, keys);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableCellGraphType>>>, IDataLoaderResult<IReadOnlyList<TableCellView>>>("tableCells")
            .Description("Every cell of the report's template tables with its state, in table order, so that \"reported 0\" (PRINTED, value 0), \"left blank\" (BLANK) and \"not read\" (UNREAD) are told apart. Empty when `tableCellsRecorded` is false. Without arguments, all of them.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("keys", "Only these metric keys, e.g. [\"apply.new.total\"].")
            .Argument<ListGraphType<NonNullGraphType<CellStateGraphType>>>("states", "Only cells in these states, e.g. [BLANK, UNREAD].")
            .WithComplexityImpact(context => new global::GraphQL.Validation.Complexity.FieldComplexityResult(
                1, context.Arguments?.TryGetValue("keys", out var keys) == true && keys.Value is System.Collections.ICollection { Count: > 0 } list ? list.Count : 50))
            .Resolve(c =>
            {
                var keys = c.GetArgument<List<string>?>("keys");
                if (keys is { Count: > 200 })
                {
                    throw ArchiveError.BadUserInput("keys: at most 200 keys");
                }

                var keySet = keys?.ToHashSet(StringComparer.Ordinal);
                var states = c.GetArgument<List<Archive.Core.Reports.CellState>?>("states");
                return c.Service<TableCellLoader>().Load(c.Source.Id).Then(cells => (IReadOnlyList<TableCellView>)
                    [.. (cells ?? []).Where(cell => (keySet is null || keySet.Contains(cell.Key)) && (states is null || states.Contains(cell.State)))]);
            });
        Field<NonNullGraphType<BooleanGraphType>, IDataLoaderResult<bool>>("tableCellsRecorded")
            .Description("Whether the cell states of this report are stored. False for a report stored before Archive recorded them (ingest its file again to record them) or one whose template has no tables looked for.")
            .Resolve(c => c.Service<TableCellLoader>().Load(c.Source.Id).Then(cells => cells is not null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualityFlagGraphType>>>, IDataLoaderResult<IReadOnlyList<QualityFlagView>>>("flags")
            .Description("Data-quality findings (e.g. a table whose own totals do not add up); the data is kept as printed.")
            .WithComplexityImpact(1, 3)
            .Resolve(c => c.Service<FlagLoader>().Load(c.Source.Id));
        Field<ReportGraphType, IDataLoaderResult<ReportView?>>("previous")
            .Description("The same body's report of the nearest earlier year (see `series`); null when none is stored.")
            .Resolve(c => c.Service<SeriesLoader>().Load(c.Source.Id).Then(series => series?.Previous(c.Source)));
        Field<ReportGraphType, IDataLoaderResult<ReportView?>>("next")
            .Description("The same body's report of the nearest later year (see `series`); null when none is stored.")
            .Resolve(c => c.Service<SeriesLoader>().Load(c.Source.Id).Then(series => series?.Next(c.Source)));
        Field<NonNullGraphType<ReportSeriesGraphType>, IDataLoaderResult<ReportSeriesView?>>("series")
            .Description("All reports of the same body across years, and the evidence linking each to the next.")
            .WithComplexityImpact(1, 5)
            .Resolve(c => c.Service<SeriesLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ReportQualityGraphType>, ReportQualityView>("quality")
            .Description("Timeliness, completeness of the template's tables and sections, and cross-year checks against the series' report of the year before, each with verdict and evidence, and a score (rule in README).")
            .WithComplexityImpact(1, 5)
            .ResolveAsync(async c => await QualityResolver.ResolveAsync(c.Source, c.RequestServices!, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimilarReportGraphType>>>, IReadOnlyList<SimilarReportView>>("similar")
            .Description("The reports of other agencies in the same year that hold most of this report's prose, best first (MinHash signatures kept at ingest, LSH candidates, then both texts compared). Empty when the report has no year or too little prose, or no other report comes near.")
            .Argument<IntGraphType>("first", "At most this many (1–10, default 3).")
            .WithComplexityImpact(1, 5)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? 3;
                if (first is < 1 or > MaxSimilar)
                {
                    throw ArchiveError.BadUserInput($"first must be 1 to {MaxSimilar}");
                }

                return await c.RequestServices!.GetRequiredService<SimilarityService>().FindAsync(c.Source.Id, first, c.CancellationToken);
            });
    }

    private const int MaxSimilar = 10;
}
