using Archive.Search.Querying;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Application.Indexing;

/// <summary>
/// The server keeps the live index equal to the database: at start-up it reconciles the two (stored reports
/// missing from the index, e.g. after a kill -9 between store and index, are queued again), then drains the
/// queue every <see cref="Interval"/> (a node following the PostgreSQL change feed: every <see cref="FeedInterval"/>),
/// so reports stored by other processes (an `archive ingest` that was killed, or one that could not get the write
/// lock in time) become searchable without anyone re-ingesting.
/// </summary>
public sealed partial class IndexCatchUpService(IReportIndexer indexer, ArchiveSearcher searcher, IndexFeedState state, ILogger<IndexCatchUpService> logger) : BackgroundService
{
    /// <summary>One cheap indexed query (Indexed = 0) per tick when nothing is queued.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Two indexed range reads of the feed per tick when nothing is new (the index writer stays closed), so a node
    /// applies a commit within a quarter of a second of its transaction's end instead of half a second on average.
    /// </summary>
    public static readonly TimeSpan FeedInterval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A node following the feed shows each batch as soon as it is committed (see IndexFeedState.Committed).
        state.Committed += Refresh;
        try
        {
            await KeepUpAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            state.Committed -= Refresh;
        }
    }

    private void Refresh(object? sender, EventArgs e)
    {
        try
        {
            searcher.MaybeRefresh();
        }
        catch (IOException)
        {
            // A generation being swapped in or cleaned up; the refresh after the catch-up, or the next tick, sees it.
        }
    }

    private async Task KeepUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            var reconciled = await indexer.ReconcileAsync(stoppingToken).ConfigureAwait(false);
            LogReconciled(logger, reconciled.Requeued, reconciled.Removed, reconciled.Indexed);
            searcher.MaybeRefresh();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }

        using var timer = new PeriodicTimer(indexer.FollowsFeed ? FeedInterval : Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    if (await indexer.CatchUpAsync(stoppingToken).ConfigureAwait(false) > 0)
                    {
                        searcher.MaybeRefresh();
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; whatever is still queued is indexed at the next start.
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Index reconciled with the database: {Requeued} requeued, {Removed} removed, {Indexed} indexed")]
    private static partial void LogReconciled(ILogger logger, int requeued, int removed, int indexed);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Index catch-up failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
