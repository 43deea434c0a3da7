using System.Diagnostics;
using System.Threading.Channels;
using Archive.Application.Indexing;
using Archive.Application.Quality.Similarity;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Ingest.Pipeline;
using Archive.Search.Indexing;
using Archive.Storage;
using Microsoft.Extensions.Logging;

namespace Archive.Application.Ingestion;

/// <summary>
/// The ingest pipeline end to end, as three stages joined by bounded queues (issue 25): prepare (read, hash,
/// decode, normalize, understand) on all cores → store (many reports per transaction, in file order) → index the
/// stored reports from memory (SmartCn on all cores, one index commit per batch). A file whose bytes are stored
/// already is skipped on its hash. A bad file is reported and skipped; the rest goes on. What the in-memory
/// indexing leaves (reports another process rewrote, a crash's leftovers) stays in the database's queue of
/// unindexed reports, drained at the end under the index's OS write lock (<see cref="IReportIndexer.CatchUpAsync"/>),
/// so ingest may run beside a server or a rebuild in other processes.
/// </summary>
public sealed partial class IngestService(
    ReportPreparer preparer,
    ReportStore store,
    IngestOptions options,
    ILogger<IngestService> logger,
    IReportIndexer? indexer = null,
    SimilarityService? similarity = null)
{
    // Reports per store transaction: the metric index pages a report dirties are written once per batch, not once
    // per report (2,000 generated reports wrote 7.2 GB to disk one report per transaction; see BENCHMARKS.md).
    private const int StoreBatchSize = 64;
    // Documents per index commit (one writer open, one commit, one merge wait). Every 512 left the 2,000-report index
    // 7 % larger (more, smaller segments) and spent 0.54 ms of CPU per report on commits and merges (BENCHMARKS.md);
    // the documents only point at texts the batch holds already (~25 MB at 2,048 reports of 6 KB).
    private const int IndexBatchSize = 2_048;

    /// <summary>
    /// The same service storing only (no index): an ingest worker on PostgreSQL, whose reports every node's index
    /// takes from the change feed.
    /// </summary>
    public IngestService StoreOnly() => new(preparer, store, options, logger, indexer: null, similarity);

    public async Task<IngestSummary> IngestAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var files = ReportFileDiscovery.Find(paths, options.FilePatterns).ToList();
        var stored = await store.UnchangedFilesAsync(cancellationToken);
        var timings = new IngestTimings();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;

        // Prepared results in file order; at most this many files are read ahead of the store.
        var workers = Environment.ProcessorCount;
        var prepared = Channel.CreateBounded<Task<FileOutcome>>(new BoundedChannelOptions(workers * 8) { SingleReader = true, SingleWriter = true });
        var toIndex = Channel.CreateBounded<List<StoredDocument>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var cores = new SemaphoreSlim(workers);
        var producing = Task.Run(() => ProduceAsync(files, stored, prepared.Writer, cores, timings, token), token);
        var indexing = Task.Run(() => IndexAsync(toIndex.Reader, timings, token), token);

        int added = 0, updated = 0, unchanged = 0, done = 0;
        var failures = new List<IngestFailure>();
        var batch = new List<PreparedReport>(StoreBatchSize);
        var documents = new List<StoredDocument>(IndexBatchSize);
        try
        {
            await foreach (var next in prepared.Reader.ReadAllAsync(token))
            {
                var outcome = await next;
                switch (outcome)
                {
                    case { Report: { } report }:
                        batch.Add(report);
                        break;
                    case { Failure: { } reason }:
                        failures.Add(new IngestFailure(outcome.Path, reason));
                        LogFileFailed(logger, outcome.Path, reason);
                        break;
                    default:
                        unchanged++;
                        break;
                }

                done++;
                if (batch.Count == StoreBatchSize)
                {
                    await FlushAsync();
                }
                else if (batch.Count == 0)
                {
                    ReportProgress(outcome.Path);
                }
            }

            await FlushAsync();
            if (documents.Count > 0)
            {
                await toIndex.Writer.WriteAsync(documents, token);
            }

            toIndex.Writer.Complete();
            await producing;
            await indexing;
        }
        catch
        {
            toIndex.Writer.TryComplete();
            await stop.CancelAsync();
            await Task.WhenAll(producing, indexing).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }

        // Whatever the in-memory indexing left: reports stored unindexed by an earlier, killed run; versions rewritten meanwhile.
        await CatchUpAsync(cancellationToken);
        if (similarity is not null && added + updated > 0)
        {
            // Signatures for copy detection are computed at ingest, so a lookup only reads them. They are a cache: a
            // failure here loses no report (the next lookup or ingest signs what is missing).
            try
            {
                await similarity.CatchUpAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogSignaturesDeferred(logger, ex);
            }
        }

        var summary = new IngestSummary(added, updated, unchanged, failures) { Timings = timings };
        LogSummary(logger, summary.Added, summary.Updated, summary.Unchanged, summary.Failed);
        LogTimings(logger, timings.Prepare.TotalSeconds, timings.Store.TotalSeconds, timings.Index.TotalSeconds);
        return summary;

        void ReportProgress(string path) => progress?.Report(new IngestProgress(done, files.Count, path));

        async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            var results = await store.StoreBatchAsync(batch, token);
            timings.AddStore(clock.Elapsed);
            for (var i = 0; i < results.Count; i++)
            {
                var result = results[i];
                switch (result.Outcome.Status)
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

                if (indexer is not null && result.Outcome.Status != StoreStatus.Unchanged)
                {
                    documents.Add(new StoredDocument(new ReportVersion(result.Outcome.ReportId, result.UpdatedAt), ToDocument(batch[i], result)));
                }
            }

            var last = batch[^1].SourcePath;
            batch.Clear();
            ReportProgress(last);
            if (documents.Count >= IndexBatchSize)
            {
                await toIndex.Writer.WriteAsync(documents, token);
                documents = new List<StoredDocument>(IndexBatchSize);
            }
        }
    }

    private async Task ProduceAsync(List<string> files, HashSet<(string Path, string FileHash)> stored, ChannelWriter<Task<FileOutcome>> writer, SemaphoreSlim cores, IngestTimings timings, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var path in files)
            {
                await cores.WaitAsync(cancellationToken);
                var task = Task.Run(
                    async () =>
                    {
                        try
                        {
                            var clock = Stopwatch.StartNew();
                            try
                            {
                                var report = await preparer.PrepareFileIfChangedAsync(path, hash => stored.Contains((path, hash)), cancellationToken);
                                return new FileOutcome(path, report, null);
                            }
                            catch (IngestException ex)
                            {
                                return new FileOutcome(path, null, ex.Message);
                            }
                            finally
                            {
                                timings.AddPrepare(clock.Elapsed);
                            }
                        }
                        finally
                        {
                            cores.Release();
                        }
                    },
                    cancellationToken);
                await writer.WriteAsync(task, cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
        }
    }

    private async Task IndexAsync(ChannelReader<List<StoredDocument>> reader, IngestTimings timings, CancellationToken cancellationToken)
    {
        await foreach (var documents in reader.ReadAllAsync(cancellationToken))
        {
            var clock = Stopwatch.StartNew();
            await indexer!.IndexStoredAsync(documents, cancellationToken);
            timings.AddIndex(clock.Elapsed);
        }
    }

    /// <summary>The search document of a report as stored (what <see cref="SearchDocumentSource"/> would read back).</summary>
    private static SearchDocument ToDocument(PreparedReport report, StoredReport stored)
    {
        var extracted = report.Extracted;
        var hasFlags = extracted.Flags.Count > 0;
        return new SearchDocument(
            stored.Outcome.ReportId,
            report.NormalizedText,
            extracted.Title,
            extracted.Agency,
            extracted.AgencyKind,
            stored.ProvinceCode,
            stored.PrefectureCode,
            stored.CountyCode,
            extracted.Year,
            stored.PublishedDate,
            extracted.Template,
            hasFlags,
            hasFlags ? [.. extracted.Flags.Select(f => f.Kind).Distinct().OrderBy(k => k.StableId(), StringComparer.Ordinal)] : null);
    }

    /// <summary>A file read: prepared, skipped as unchanged (both null), or failed with the reason.</summary>
    private sealed record FileOutcome(string Path, PreparedReport? Report, string? Failure);

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

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Ingest time: prepare {Prepare:F1} s (summed over cores), store {Store:F1} s, index {Index:F1} s")]
    private static partial void LogTimings(ILogger logger, double prepare, double store, double index);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Skipped {Path}: {Reason}")]
    private static partial void LogFileFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Report {ReportId} stored; the index is busy, so it is indexed in the background")]
    private static partial void LogIndexDeferred(ILogger logger, long reportId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Indexing after an upload failed; the report stays queued")]
    private static partial void LogIndexFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Similarity signatures not written; they are computed on the next lookup or ingest")]
    private static partial void LogSignaturesDeferred(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Ingest done: added {Added}, updated {Updated}, unchanged {Unchanged}, failed {Failed}")]
    private static partial void LogSummary(ILogger logger, int added, int updated, int unchanged, int failed);
}
