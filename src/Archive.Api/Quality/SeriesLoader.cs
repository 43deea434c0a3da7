using Archive.Api.GraphQL.Loaders;
using Archive.Application.Quality;

namespace Archive.Api.Quality;

/// <summary>Agency series by report id (`previous`, `next`, `series`, `quality`), built once per batch.</summary>
public sealed class SeriesLoader(SeriesReader reader) : BatchLoader<long, ReportSeriesView?>
{
    protected override async Task<IReadOnlyDictionary<long, ReportSeriesView?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken) =>
        (await reader.GetSeriesAsync(keys, cancellationToken)).ToDictionary(p => p.Key, p => (ReportSeriesView?)p.Value);

    protected override ReportSeriesView? Missing(long key) => null;
}
