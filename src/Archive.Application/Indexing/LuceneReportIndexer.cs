using System.Globalization;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Archive.Storage.Providers;
using Microsoft.Extensions.Options;

namespace Archive.Application.Indexing;

/// <summary>
/// Drains the database's queue of unindexed reports into the live index. Every writing process (serve, ingest)
/// uses this, one batch per hold of the index's OS write lock (<see cref="IndexWriteLock"/>): the lock keeps
/// writers of different processes apart, and releasing it between batches lets a mutation's report, an ingest
/// batch and a rebuild's swap interleave instead of one process starving the others. The queue is re-read
/// under the lock, so a batch another process has just indexed is not indexed twice.
/// <para>
/// On PostgreSQL (issue 26) every node keeps its own index and the database's change feed is the queue instead
/// (<see cref="FollowsFeed"/>): a catch-up reads the changes after the position recorded in the index's last commit,
/// re-reads those reports (a removed one is deleted) and commits them with the new position, so a node killed at
/// any point resumes exactly where its index is. An index without a position (a new node, or one built otherwise)
/// is first built whole from the database (<see cref="ReindexService"/>), starting from a position taken before it
/// reads.
/// </para>
/// </summary>
public sealed class LuceneReportIndexer(
    SearchDocumentSource documents,
    IndexQueue queue,
    IOptions<SearchOptions> options,
    IOptions<StorageOptions> storage,
    ReportFeed feed,
    ReindexService reindex,
    IndexFeedState state) : IReportIndexer, IDisposable
{
    private const int BatchSize = 256;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();
    private Task<int>? _running;
    private Task<int>? _next;

    public bool FollowsFeed => storage.Value.Provider == StorageProvider.PostgreSql;

    /// <summary>
    /// Callers that arrive while a catch-up runs share the next one (which starts when the current one ends and
    /// sees everything they stored), instead of each opening a writer and committing for one report: eight
    /// uploading clients then cost one commit per round, not eight.
    /// </summary>
    public Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        Task<int> shared;
        lock (_sync)
        {
            if (_next is not null)
            {
                shared = _next;
            }
            else if (_running is null || _running.IsCompleted)
            {
                shared = _running = RunAsync();
            }
            else
            {
                var previous = _running;
                shared = _next = previous.ContinueWith(_ => Promote(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            }
        }

        return shared.WaitAsync(cancellationToken);
    }

    private Task<int> Promote()
    {
        lock (_sync)
        {
            _running = RunAsync();
            _next = null;
            return _running;
        }
    }

    /// <summary>Not cancelled by any one caller: the run is shared, and a half-indexed batch would only be repeated.</summary>
    private async Task<int> RunAsync()
    {
        await Task.Yield();
        var cancellationToken = CancellationToken.None;
        var total = 0;
        while (true)
        {
            int indexed;
            await _gate.WaitAsync(cancellationToken);
            try
            {
                indexed = FollowsFeed ? await FollowBatchAsync(cancellationToken) : await IndexBatchAsync(cancellationToken);
            }
            finally
            {
                _gate.Release();
            }

            total += indexed;
            if (indexed < BatchSize)
            {
                return total;
            }
        }
    }

    public async Task<int> IndexStoredAsync(IReadOnlyList<StoredDocument> stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Count == 0)
        {
            return 0;
        }

        if (FollowsFeed)
        {
            // The feed has them (in the transaction that stored them); the node's index takes them from there.
            return await CatchUpAsync(cancellationToken);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var writer = await ArchiveIndexWriter.OpenAsync(options.Value.IndexPath, cancellationToken);

            // Re-checked under the lock: another process may have indexed or rewritten one of these meanwhile.
            var pending = (await queue.PendingAmongAsync([.. stored.Select(s => s.Version.Id)], cancellationToken)).ToHashSet();
            var batch = stored.Where(s => pending.Contains(s.Version)).ToList();
            if (batch.Count == 0)
            {
                return 0;
            }

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            Parallel.ForEach(batch, parallel, s => writer.Index(s.Document));
            writer.Commit();
            await queue.MarkIndexedAsync([.. batch.Select(s => s.Version)], cancellationToken);
            return batch.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IndexReconciliation> ReconcileAsync(CancellationToken cancellationToken)
    {
        if (FollowsFeed)
        {
            // The position in the index's commit is exact: nothing to compare; a catch-up builds the index if it has none.
            return new IndexReconciliation(0, 0, await CatchUpAsync(cancellationToken));
        }

        int requeued, removed;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var writer = await ArchiveIndexWriter.OpenAsync(options.Value.IndexPath, cancellationToken);
            var inIndex = writer.ReadIds();
            var stored = await queue.AllIdsAsync(cancellationToken);
            var missing = stored.Where(id => !inIndex.Contains(id)).ToList();
            var extra = inIndex.Where(id => !stored.Contains(id)).ToList();
            foreach (var id in extra)
            {
                writer.Delete(id);
            }

            writer.Commit();
            await queue.RequeueAsync(missing, cancellationToken);
            (requeued, removed) = (missing.Count, extra.Count);
        }
        finally
        {
            _gate.Release();
        }

        var indexed = await CatchUpAsync(cancellationToken);
        state.Update(state.Current with { Ready = true });
        return new IndexReconciliation(requeued, removed, indexed);
    }

    private async Task<int> IndexBatchAsync(CancellationToken cancellationToken)
    {
        if ((await queue.PendingAsync(1, cancellationToken)).Count == 0)
        {
            return 0;
        }

        using var writer = await ArchiveIndexWriter.OpenAsync(options.Value.IndexPath, cancellationToken);
        var pending = await queue.PendingAsync(BatchSize, cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var batch = new List<SearchDocument>(pending.Count);
        await foreach (var document in documents.ReadAsync([.. pending.Select(p => p.Id)], cancellationToken))
        {
            batch.Add(document);
        }

        // SmartCn analysis dominates indexing; IndexWriter takes documents from several threads at once.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEach(batch, parallel, writer.Index);
        writer.Commit();

        // Marked while the lock is held: a rebuild about to swap sees these either still queued or in the live index.
        await queue.MarkIndexedAsync(pending, cancellationToken);
        return pending.Count;
    }

    /// <summary>
    /// Applies one batch of the change feed to the index (or builds the index first when it has no position). The
    /// changes, the documents they lead to and the new position go into one Lucene commit.
    /// </summary>
    /// <returns>The number of changes applied (a build counts as a full batch, so the caller reads the feed next).</returns>
    private async Task<int> FollowBatchAsync(CancellationToken cancellationToken)
    {
        FeedPosition? position;
        long applied;
        int count;
        using (var writer = await ArchiveIndexWriter.OpenAsync(options.Value.IndexPath, cancellationToken))
        {
            position = FeedPosition.FromCommitData(writer.CommitData);
            applied = writer.CommitData.TryGetValue(FeedPosition.AppliedKey, out var a) ? long.Parse(a, CultureInfo.InvariantCulture) : 0;
            if (position is not null)
            {
                var changes = await feed.ReadAsync(position, BatchSize, cancellationToken);
                count = changes.Count;
                if (count > 0)
                {
                    var ids = changes.Select(c => c.ReportId).ToHashSet();
                    var batch = new List<SearchDocument>(ids.Count);
                    await foreach (var document in documents.ReadAsync(ids, cancellationToken))
                    {
                        batch.Add(document);
                    }

                    var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
                    Parallel.ForEach(batch, parallel, writer.Index);

                    // Changed and no longer stored: removed.
                    ids.ExceptWith(batch.Select(d => d.ReportId));
                    foreach (var id in ids)
                    {
                        writer.Delete(id);
                    }

                    position = changes[^1].Position;
                    applied = Math.Max(applied, changes.Max(c => c.Number));
                    writer.SetCommitData([.. position.ToCommitData(), new(FeedPosition.AppliedKey, applied.ToString(CultureInfo.InvariantCulture))]);
                    writer.Commit();
                }
            }
            else
            {
                count = 0;
            }
        }

        if (position is null)
        {
            state.Update(state.Current with { Ready = false });
            await reindex.RebuildAsync(cancellationToken);
            return BatchSize;
        }

        var lag = await feed.LagAsync(position, cancellationToken);
        state.Update(new IndexFeedSnapshot(Ready: true, applied, lag.Changes, lag.OldestChangedAt));
        return count;
    }

    public void Dispose() => _gate.Dispose();
}
