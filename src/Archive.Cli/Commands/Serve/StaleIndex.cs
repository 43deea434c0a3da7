using Archive.Application.Indexing;
using Archive.Cli.Infrastructure;
using Archive.Search;
using Archive.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Cli.Commands.Serve;

/// <summary>
/// An index built by an older analysis would be refused ("reindex needed"); the server rebuilds it from the
/// database instead, which holds every report, so an upgraded Archive serves its old data without a manual step.
/// </summary>
public static class StaleIndex
{
    /// <returns>True when the index was rebuilt.</returns>
    public static async Task<bool> RebuildIfNeededAsync(IServiceProvider services, CliContext context, CancellationToken cancellationToken)
    {
        var indexRoot = services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath;
        if (!IndexGenerations.IsStale(indexRoot))
        {
            return false;
        }

        context.Error.WriteLine("archive: the index was built by an older version of the search analysis; rebuilding it from the database…");
        var count = await services.GetRequiredService<ReindexService>().RebuildAsync(cancellationToken);
        context.Error.WriteLine($"archive: reindexed {count} reports");
        return true;
    }
}
