using System.Runtime.CompilerServices;
using Archive.Api.GraphQL.Errors;
using Archive.Application.Quality;
using Archive.Application.Querying;
using Archive.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Quality;

/// <summary>
/// report.quality for every report a filter selects, in ingest order, a page of reports at a time with the page's
/// own batch loaders (a service scope): what the quality CSV and `qualitySummary` read. The checks are evaluated,
/// not stored (they follow the series and the other agencies' reports as they are now), so a scan has a bound.
/// </summary>
public sealed class QualityScan(ReportReader reports, IServiceScopeFactory scopes)
{
    private const int PageSize = 100;

    /// <summary>Refuses (BAD_USER_INPUT) a filter that selects more than <paramref name="maxReports"/> reports.</summary>
    public async Task<int> CheckSizeAsync(ReportFilter filter, int maxReports, CancellationToken cancellationToken)
    {
        var count = await reports.CountAsync(filter, cancellationToken);
        return count > maxReports
            ? throw ArchiveError.BadUserInput($"the filter selects {count} reports; quality is evaluated for at most {maxReports} at once (narrow it by region or year)")
            : count;
    }

    public async IAsyncEnumerable<(ReportView Report, ReportQualityView Quality)> EvaluateAsync(ReportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ReportPosition? after = null;
        while (true)
        {
            var page = await reports.GetPageAsync(filter, ReportOrder.IngestedAscending, after, PageSize, cancellationToken);
            await using (var scope = scopes.CreateAsyncScope())
            {
                foreach (var report in page.Items)
                {
                    yield return (report, await QualityResolver.ResolveAsync(report, scope.ServiceProvider, cancellationToken));
                }
            }

            if (!page.HasNextPage || page.Items.Count == 0)
            {
                yield break;
            }

            after = ReportPosition.Of(ReportOrder.IngestedAscending, page.Items[^1]);
        }
    }
}
