using Archive.Application.Indexing;
using Archive.Ingest.Pipeline;
using Archive.Storage;
using Microsoft.Extensions.Logging;

namespace Archive.Application.Ingestion;

/// <summary>
/// The ingest pipeline end to end: discover → prepare (decode, normalize, understand) → store (one
/// transaction per report) → index (in batches). A bad file is reported and skipped; the rest goes on.
/// Indexing drains the database's queue of unindexed reports under the index's OS write lock
/// (<see cref="IReportIndexer.CatchUpAsync"/>), so it may run beside a server or a rebuild in other processes.
/// </summary>
public sealed partial class IngestService(
    ReportPreparer preparer,
    ReportStore store,
    IngestOptions options,
    ILogger<IngestService> logger,
    IReportIndexer? indexer = null)
{
    private const int IndexBatchSize = 256;

    public async Task<IngestSummary> IngestAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var files = ReportFileDiscovery.Find(paths, options.FilePatterns).ToList();
        int added = 0, updated = 0, unchanged = 0;
        var failures = new List<IngestFailure>();
        var stored = 0;

        // Indexing a batch (SmartCn, CPU-bound) overlaps with storing the next one.
        var pendingIndex = Task.CompletedTask;

        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = files[i];
            try
            {
                var prepared = await preparer.PrepareFileAsync(path, cancellationToken);
                var outcome = await store.UpsertAsync(prepared, cancellationToken);
                switch (outcome.Status)
                {
                    case StoreStatus.Added:
                        added++;
                        break;
                    case StoreStatus.Updated:
                        updated++;
                        break;
                    default:
                        unchanged++;
                        break;
                }

                if (!outcome.Indexed)
                {
                    stored++;
                }
            }
            catch (IngestException ex)
            {
                failures.Add(new IngestFailure(path, ex.Message));
                LogFileFailed(logger, path, ex.Message);
            }

            if (stored >= IndexBatchSize)
            {
                await pendingIndex;
                pendingIndex = CatchUpAsync(cancellationToken);
                stored = 0;
            }

            progress?.Report(new IngestProgress(i + 1, files.Count, path));
        }

        await pendingIndex;
        await CatchUpAsync(cancellationToken);
        var summary = new IngestSummary(added, updated, unchanged, failures);
        LogSummary(logger, summary.Added, summary.Updated, summary.Unchanged, summary.Failed);
        return summary;
    }

    /// <summary>
    /// Prepares and stores one report given as bytes (API upload), then indexes what is queued, waiting for that
    /// up to <paramref name="indexWait"/>: when another process holds the index's write lock for longer, the
    /// report is stored and answered, and the indexing finishes in the background (or at the next catch-up).
    /// </summary>
    public async Task<StoreOutcome> IngestBytesAsync(string fileName, byte[] bytes, CancellationToken cancellationToken, TimeSpan? indexWait = null)
    {
        var prepared = preparer.Prepare(fileName, bytes);
        var outcome = await store.UpsertAsync(prepared, cancellationToken);
        if (!outcome.Indexed && indexer is not null)
        {
            // Not cancelled with the request: a half-done batch would only be repeated.
            var indexing = indexer.CatchUpAsync(CancellationToken.None);
            _ = indexing.ContinueWith(t => LogIndexFailed(logger, t.Exception!.GetBaseException()), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            try
            {
                await indexing.WaitAsync(indexWait ?? TimeSpan.FromSeconds(5), cancellationToken);
            }
            catch (TimeoutException)
            {
                LogIndexDeferred(logger, outcome.ReportId);
            }
        }

        return outcome;
    }

    private Task CatchUpAsync(CancellationToken cancellationToken) =>
        indexer is null ? Task.CompletedTask : indexer.CatchUpAsync(cancellationToken);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Skipped {Path}: {Reason}")]
    private static partial void LogFileFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Report {ReportId} stored; the index is busy, so it is indexed in the background")]
    private static partial void LogIndexDeferred(ILogger logger, long reportId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Indexing after an upload failed; the report stays queued")]
    private static partial void LogIndexFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Ingest done: added {Added}, updated {Updated}, unchanged {Unchanged}, failed {Failed}")]
    private static partial void LogSummary(ILogger logger, int added, int updated, int unchanged, int failed);
}
