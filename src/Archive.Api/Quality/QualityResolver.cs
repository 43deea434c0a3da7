using Archive.Api.GraphQL.Loaders;
using Archive.Application.Quality;
using Archive.Application.Quality.Similarity;
using Archive.Application.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Quality;

/// <summary>Loads what <see cref="QualityEvaluator"/> reads for one report through the request's batch loaders.</summary>
public static class QualityResolver
{
    public static async Task<ReportQualityView> ResolveAsync(ReportView report, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(services);
        var cellLoader = services.GetRequiredService<TableCellLoader>();
        var series = services.GetRequiredService<SeriesLoader>().Load(report.Id);
        var cells = cellLoader.Load(report.Id);
        var flags = services.GetRequiredService<FlagLoader>().Load(report.Id);
        var text = services.GetRequiredService<TextLoader>().Load(report.Id);

        var previousYear = report.Year is { } year && await series.GetResultAsync(cancellationToken) is { } s ? s.OfYear(year - 1) : [];
        var previousCells = previousYear.Select(p => (Report: p, Cells: cellLoader.Load(p.Id))).ToList();
        var textLoader = services.GetRequiredService<TextLoader>();
        var previousTexts = previousYear.Select(p => (p.Id, Text: textLoader.Load(p.Id))).ToList();
        var previous = new List<(ReportView Report, IReadOnlyList<TableCellView>? Cells)>(previousCells.Count);
        foreach (var (previousReport, previousCellsResult) in previousCells)
        {
            previous.Add((previousReport, await previousCellsResult.GetResultAsync(cancellationToken)));
        }

        var texts = new Dictionary<long, string?>(previousTexts.Count);
        foreach (var (id, previousText) in previousTexts)
        {
            texts[id] = await previousText.GetResultAsync(cancellationToken);
        }

        return QualityEvaluator.Evaluate(new QualityInput(
            report,
            await cells.GetResultAsync(cancellationToken),
            await flags.GetResultAsync(cancellationToken),
            await text.GetResultAsync(cancellationToken),
            previous)
        { PreviousTexts = texts, SimilarOther = await services.GetRequiredService<SimilarityService>().NearestAsync(report.Id, cancellationToken) });
    }
}
