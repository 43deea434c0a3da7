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

    /// <summary>
    /// Read and written under <see cref="_gate"/> only. Never ahead of the commit in the same generation (only
    /// commits move it on; a rebuild makes a new generation), so trusting it to skip an idle poll misses nothing.
    /// </summary>
    private KnownPosition? _known;

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
        // An idle poll asks the database only: opening the writer costs the OS lock, an IndexWriter and a commit
        // (an fsync), which a node polling several times a second should not pay when nothing is new.
        List<FeedChange>? changes = null;
        if (_known is { } known && string.Equals(IndexGenerations.Current(options.Value.IndexPath), known.Generation, StringComparison.Ordinal))
        {
            changes = await feed.ReadAsync(known.Position, BatchSize, cancellationToken);
            if (changes.Count == 0)
            {
                await UpdateLagAsync(known.Position, known.Applied, cancellationToken);
                return 0;
            }
        }

        FeedPosition? position;
        long applied;
        int count;
        using (var writer = await ArchiveIndexWriter.OpenAsync(options.Value.IndexPath, cancellationToken))
        {
            position = FeedPosition.FromCommitData(writer.CommitData);
            applied = writer.CommitData.TryGetValue(FeedPosition.AppliedKey, out var a) ? long.Parse(a, CultureInfo.InvariantCulture) : 0;
            if (position is not null)
            {
                // The commit is the truth (another process, e.g. `archive search --db` on this data directory, may have
                // moved it on). Changes read after the same position stay valid: below xmin the feed no longer changes.
                if (changes is null || _known?.Position != position)
                {
                    changes = await feed.ReadAsync(position, BatchSize, cancellationToken);
                }

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

                _known = new KnownPosition(writer.GenerationPath, position, applied);

                // Before the writer closes: closing waits for running merges (seconds on a loaded machine), and readers
                // refreshing meanwhile already see this commit (measured: a node answered all 1,000 while it still
                // reported 40 changes behind).
                await UpdateLagAsync(position, applied, cancellationToken);
                if (count > 0)
                {
                    state.OnCommitted();
                }
            }
            else
            {
                count = 0;
            }
        }

        if (position is null)
        {
            _known = null;
            state.Update(state.Current with { Ready = false });
            await reindex.RebuildAsync(cancellationToken);
            return BatchSize;
        }

        return count;
    }

    private async Task UpdateLagAsync(FeedPosition position, long applied, CancellationToken cancellationToken)
    {
        var lag = await feed.LagAsync(position, cancellationToken);
        state.Update(new IndexFeedSnapshot(Ready: true, applied, lag.Changes, lag.OldestChangedAt));
    }

    /// <summary>The feed position of the live generation's last commit, as this process last read or wrote it.</summary>
    private sealed record KnownPosition(string Generation, FeedPosition Position, long Applied);

    public void Dispose() => _gate.Dispose();
}
