using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage;

/// <summary>
/// Where a follower of the change feed stands: every change up to here (in feed order) is applied. On SQLite the
/// order is the change number; on PostgreSQL it is (writing transaction's xid, change number), see <see cref="ReportFeed"/>.
/// </summary>
/// <param name="Xid">The xid8 of the last applied change's transaction (PostgreSQL; 0 on SQLite).</param>
/// <param name="Number">The last applied change number in that order (0: none of that transaction yet).</param>
public sealed record FeedPosition(ulong Xid, long Number)
{
    public const string XidKey = "feed.xid";
    public const string NumberKey = "feed.number";
    public const string AppliedKey = "feed.applied";

    /// <summary>The position as index commit user data (so a killed node resumes exactly where its index is).</summary>
    public IEnumerable<KeyValuePair<string, string>> ToCommitData() =>
    [
        new(XidKey, Xid.ToString(CultureInfo.InvariantCulture)),
        new(NumberKey, Number.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The position recorded in index commit user data, or null when the index was never built from the feed.</summary>
    public static FeedPosition? FromCommitData(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.TryGetValue(XidKey, out var xid) && data.TryGetValue(NumberKey, out var number)
            && ulong.TryParse(xid, NumberStyles.None, CultureInfo.InvariantCulture, out var x)
            && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? new FeedPosition(x, n)
            : null;
    }
}

/// <summary>One change: report <paramref name="ReportId"/> was written (stored, updated or removed) as change <paramref name="Number"/>.</summary>
public sealed record FeedChange(long Number, long ReportId, ulong Xid, DateTime ChangedAt)
{
    public FeedPosition Position => new(Xid, Number);
}

/// <summary>How far a follower is behind: changes committed but not applied, and the age of the oldest of them.</summary>
public sealed record FeedLag(long Changes, DateTime? OldestChangedAt);

/// <summary>
/// Reads the change feed (<see cref="Entities.ReportChangeEntity"/>).
/// </summary>
/// <remarks>
/// Why not just "Number greater than the last applied": on PostgreSQL numbers come from a sequence when a row is
/// inserted, not when its transaction commits. Batch A takes 101..164, batch B 165..228 and commits first; a follower
/// that saw 228 and moved its cursor there would never see A's 101..164 when A commits a moment later. SQLite has no
/// such gap (its writers are serialized: a number is taken and committed before the next writer starts), so there
/// the cursor is the number.
/// <para>
/// On PostgreSQL every change row also records its transaction (<c>Xid xid8 DEFAULT pg_current_xact_id()</c>) and a
/// follower reads only rows whose transaction is older than its snapshot's xmin (<c>pg_snapshot_xmin</c>): every
/// transaction below xmin has ended, so all of its rows are visible now or never will be, and no transaction that
/// is still running — or starts later — can add a row below that bound. xmin is the cluster's: a long
/// transaction in another database of the same cluster holds the feed back as well. Ordering by (Xid, Number) and keeping that
/// pair as the cursor therefore misses nothing and needs no waiting period or re-read window (a "safety lag"
/// would lose a change whose transaction outlived the lag). The cost: a long-running transaction that has written
/// anything holds the feed back (lag grows, nothing is lost); ingest's transactions are one batch of 64 reports.
/// A node reading a hot standby gets the same guarantee from the standby's snapshot (its xmin follows the
/// primary's running transactions as replayed).
/// </para>
/// </remarks>
public sealed class ReportFeed(IDbContextFactory<ArchiveDbContext> contextFactory)
{
    /// <summary>
    /// The position a full build from the database starts at: taken before the build reads any report, so every
    /// change the build might not have seen lies after it (replaying one the build did see is harmless).
    /// </summary>
    /// <returns>The position, and the highest change number the build will hold (what it reports as applied).</returns>
    public async Task<(FeedPosition Position, long Applied)> StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var last = await db.ReportChanges.MaxAsync(c => (long?)c.Number, cancellationToken) ?? 0;
            return (new FeedPosition(0, last), last);
        }

        // Transactions below xmin have ended; their changes are in whatever the build reads next.
        var row = await ScalarAsync(
            db,
            """
            WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
            SELECT s.xmin::text || ' ' || coalesce((SELECT max("Number") FROM "ReportChanges" WHERE "Xid" < s.xmin), 0)::text FROM s
            """,
            cancellationToken);
        var parts = row!.Split(' ');
        return (new FeedPosition(ulong.Parse(parts[0], CultureInfo.InvariantCulture), 0), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Up to <paramref name="limit"/> changes after <paramref name="after"/> that are safe to apply, in feed order.</summary>
    public async Task<List<FeedChange>> ReadAsync(FeedPosition after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(after);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        var sql = sqlite
            ? "SELECT Number, ReportId, '0', ChangedAt FROM ReportChanges WHERE Number > @n ORDER BY Number LIMIT @limit"
            : """
              SELECT c."Number", c."ReportId", c."Xid"::text AS xid_text, c."ChangedAt" FROM "ReportChanges" c
              WHERE (c."Xid", c."Number") > (@xid::text::xid8, @n) AND c."Xid" < pg_snapshot_xmin(pg_current_snapshot())
              ORDER BY c."Xid", c."Number" LIMIT @limit
              """;
        var changes = new List<FeedChange>();
        await using var command = await CommandAsync(db, sql, after, cancellationToken);
        Add(command, "@limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new FeedChange(
                reader.GetInt64(0),
                reader.GetInt64(1),
                ulong.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
                DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc)));
        }

        return changes;
    }

    /// <summary>Changes committed after <paramref name="after"/> (applied or not yet safe to apply), and the oldest one's time.</summary>
    public async Task<FeedLag> LagAsync(FeedPosition after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(after);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sql = db.Database.IsSqlite()
            ? "SELECT count(*), min(ChangedAt) FROM ReportChanges WHERE Number > @n"
            : """SELECT count(*), min("ChangedAt") FROM "ReportChanges" WHERE ("Xid", "Number") > (@xid::text::xid8, @n)""";
        await using var command = await CommandAsync(db, sql, after, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var count = reader.GetInt64(0);
        return new FeedLag(count, count == 0 || reader.IsDBNull(1) ? null : DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc));
    }

    /// <summary>The highest change number written (0 when none).</summary>
    public async Task<long> LatestNumberAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportChanges.MaxAsync(c => (long?)c.Number, cancellationToken) ?? 0;
    }

    private static async Task<DbCommand> CommandAsync(ArchiveDbContext db, string sql, FeedPosition after, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        Add(command, "@n", after.Number);
        if (!db.Database.IsSqlite())
        {
            Add(command, "@xid", after.Xid.ToString(CultureInfo.InvariantCulture));
        }

        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<string?> ScalarAsync(ArchiveDbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }
}
