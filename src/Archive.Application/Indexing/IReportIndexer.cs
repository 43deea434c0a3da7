namespace Archive.Application.Indexing;

/// <summary>Brings the search index up to date with stored reports (SQLite stays the system of record).</summary>
public interface IReportIndexer
{
    /// <summary>Whether this index follows the database's change feed (a node of its own, PostgreSQL) rather than the shared Indexed queue.</summary>
    bool FollowsFeed { get; }

    /// <summary>Indexes every stored report whose Indexed marker is false, in batches, and marks it.</summary>
    /// <returns>How many reports were indexed.</returns>
    Task<int> CatchUpAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Indexes reports the caller has just stored, from the documents it holds (no reading back), and marks them:
    /// a report written again since (its version moved on) or already indexed is left to the queue.
    /// </summary>
    /// <returns>How many reports were indexed.</returns>
    Task<int> IndexStoredAsync(IReadOnlyList<StoredDocument> stored, CancellationToken cancellationToken);

    /// <summary>
    /// Compares the live index with the database: stored reports missing from the index go back in the queue,
    /// index documents with no stored report are deleted. Then catches up.
    /// </summary>
    Task<IndexReconciliation> ReconcileAsync(CancellationToken cancellationToken);
}

/// <summary>A document built from a report as it was stored, with the version it was stored as.</summary>
public sealed record StoredDocument(ReportVersion Version, Search.Indexing.SearchDocument Document);

/// <param name="Requeued">Stored reports that were marked indexed but missing from the live index.</param>
/// <param name="Removed">Index documents without a stored report.</param>
/// <param name="Indexed">Reports indexed by the catch-up that followed.</param>
public sealed record IndexReconciliation(int Requeued, int Removed, int Indexed);
