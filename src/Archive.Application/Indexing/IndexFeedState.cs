using Archive.Storage;
using Archive.Storage.Providers;
using Microsoft.Extensions.Options;

namespace Archive.Application.Indexing;

/// <summary>
/// What this node's index has applied of the change feed, for health, readiness and the GraphQL <c>index</c> field.
/// Written by the one follower (<see cref="LuceneReportIndexer"/>), read by requests: an immutable snapshot swapped whole.
/// </summary>
public sealed class IndexFeedState(TimeProvider clock, IOptions<StorageOptions> storage)
{
    private volatile IndexFeedSnapshot _current = new(Ready: false, AppliedChange: null, LagChanges: null, OldestPendingAt: null);

    /// <summary>Whether this node follows the feed (PostgreSQL); on SQLite every process shares one index on one disk.</summary>
    public bool Follows => storage.Value.Provider == StorageProvider.PostgreSql;

    public IndexFeedSnapshot Current => _current;

    /// <summary>Seconds the oldest change not yet applied has waited; 0 when none waits, null before the first poll.</summary>
    public double? LagSeconds => _current switch
    {
        { LagChanges: null } => null,
        { OldestPendingAt: { } at } => Math.Max(0, (clock.GetUtcNow().UtcDateTime - at).TotalSeconds),
        _ => 0,
    };

    internal void Update(IndexFeedSnapshot snapshot) => _current = snapshot;
}

/// <param name="Ready">The index holds every report of the database as of some moment (the first build is done).</param>
/// <param name="AppliedChange">The highest change number applied (feed order is by transaction, see <see cref="ReportFeed"/>).</param>
/// <param name="LagChanges">Changes committed and not yet applied.</param>
/// <param name="OldestPendingAt">When the oldest of those was written.</param>
public sealed record IndexFeedSnapshot(bool Ready, long? AppliedChange, long? LagChanges, DateTime? OldestPendingAt);
