using Archive.Api.Indexing;
using Archive.Ingest.Pipeline;
using Archive.Storage;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Ingestion;

/// <summary>
/// The ingest pipeline end to end: discover → prepare (decode, normalize, understand) → store (one
/// transaction per report) → index (in batches). A bad file is reported and skipped; the rest goes on.
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
        var toIndex = new List<long>();

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
                    toIndex.Add(outcome.ReportId);
                }
            }
            catch (IngestException ex)
            {
                failures.Add(new IngestFailure(path, ex.Message));
                LogFileFailed(logger, path, ex.Message);
            }

            if (toIndex.Count >= IndexBatchSize)
            {
                await pendingIndex;
                pendingIndex = IndexAsync([.. toIndex], cancellationToken);
                toIndex.Clear();
            }

            progress?.Report(new IngestProgress(i + 1, files.Count, path));
        }

        await pendingIndex;
        await IndexAsync(toIndex, cancellationToken);
        var summary = new IngestSummary(added, updated, unchanged, failures);
        LogSummary(logger, summary.Added, summary.Updated, summary.Unchanged, summary.Failed);
        return summary;
    }

    /// <summary>Prepares and stores one report given as bytes (API upload); indexes it at once.</summary>
    public async Task<StoreOutcome> IngestBytesAsync(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var prepared = preparer.Prepare(fileName, bytes);
        var outcome = await store.UpsertAsync(prepared, cancellationToken);
        if (!outcome.Indexed)
        {
            await IndexAsync([outcome.ReportId], cancellationToken);
        }

        return outcome;
    }

    /// <summary>Indexes stored reports, then marks them indexed: a crash in between only repeats the indexing.</summary>
    private async Task IndexAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        if (reportIds.Count == 0 || indexer is null)
        {
            return;
        }

        await indexer.IndexAsync(reportIds, cancellationToken);
        await store.MarkIndexedAsync(reportIds, cancellationToken);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Skipped {Path}: {Reason}")]
    private static partial void LogFileFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Ingest done: added {Added}, updated {Updated}, unchanged {Unchanged}, failed {Failed}")]
    private static partial void LogSummary(ILogger logger, int added, int updated, int unchanged, int failed);
}
