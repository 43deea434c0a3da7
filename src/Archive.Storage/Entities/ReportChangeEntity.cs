namespace Archive.Storage.Entities;

/// <summary>
/// One entry of the change feed (issue 26): a report was stored, updated or removed. Written in the same transaction
/// as the report, so a committed report always has its change and a rolled-back one never does. Search nodes follow
/// the feed (<c>ReportFeed</c>) and re-read each changed report's current row: a change says "look again", not what
/// changed, so applying it twice or after a later change of the same report gives the same index.
/// </summary>
/// <remarks>
/// On PostgreSQL the table has one more column the model does not map, <c>Xid xid8 DEFAULT pg_current_xact_id()</c>
/// (the writing transaction, added by the migration's SQL): what lets a follower tell a change whose transaction is
/// still in flight from one that will never come (see <c>ReportFeed</c>).
/// </remarks>
public sealed class ReportChangeEntity
{
    /// <summary>The change number: increasing in the order changes were written (an identity column).</summary>
    public long Number { get; set; }

    /// <summary>The report that changed; no foreign key, since a removed report keeps its last change.</summary>
    public long ReportId { get; set; }

    /// <summary>When the change was written (the writer's clock): what a follower's lag in seconds is measured from.</summary>
    public DateTime ChangedAt { get; set; }
}
