using Archive.Search.Querying;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Archive.Search;

/// <summary>Calls <see cref="ArchiveSearcher.MaybeRefresh"/> every <see cref="SearchOptions.RefreshInterval"/>, so ingest and reindex show up in a running server.</summary>
public sealed class SearchRefreshService(ArchiveSearcher searcher, IOptions<SearchOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    searcher.MaybeRefresh();
                }
                catch (IOException)
                {
                    // A generation being swapped in or cleaned up; the next tick sees a settled state.
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: a normal end, not a failure to log.
        }
    }
}
