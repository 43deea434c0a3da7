using Archive.Core.Reports;
using Archive.Storage;
using Archive.Testing;
using Archive.Testing.Databases;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Archive.Storage.Tests;

/// <summary>
/// The change feed (issue 26) on SQLite; <see cref="ReportFeedPostgreSqlTests"/> runs the same tests on PostgreSQL,
/// plus the case the feed's (xid, number) order exists for.
/// </summary>
public class ReportFeedTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    protected virtual TestProvider Provider => TestProvider.Sqlite;

    protected TestDatabase Database => _database;

    protected ServiceProvider Services => _services;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider, nameof(ReportFeedTests));
        _services = StorageServices.Build(_temp.Path, _database);
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        _temp.Dispose();
    }

    [StorageFact]
    public async Task Store_WritesOneIncreasingChangePerStoredOrUpdatedReport_NoneForUnchanged()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var a = Prepared("/r/a.txt", "甲报告 一");
        var b = Prepared("/r/b.txt", "乙报告 一");
        var stored = await store.StoreBatchAsync([a, b, a], CancellationToken.None);
        var updated = await store.UpsertAsync(Prepared("/r/b.txt", "乙报告 二"), CancellationToken.None);

        var changes = await ReadAtLeastAsync(_services.GetRequiredService<ReportFeed>(), new FeedPosition(0, 0), 3);

        Assert.Equal([StoreStatus.Added, StoreStatus.Added, StoreStatus.Unchanged], stored.Select(s => s.Outcome.Status));
        Assert.Equal(StoreStatus.Updated, updated.Status);
        Assert.Equal([stored[0].Outcome.ReportId, stored[1].Outcome.ReportId, updated.ReportId], changes.Select(c => c.ReportId));
        Assert.True(changes[0].Number < changes[1].Number && changes[1].Number < changes[2].Number);
        Assert.Equal(changes[2].Number, await _services.GetRequiredService<ReportFeed>().LatestNumberAsync(CancellationToken.None));
    }

    [StorageFact]
    public async Task Read_FromASavedPosition_ResumesWithoutMissingOrRepeatingAChange()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await store.UpsertAsync(Prepared($"/r/{i}.txt", $"报告正文 {i}"), CancellationToken.None)).ReportId);
        }

        var first = await ReadAtLeastAsync(_services.GetRequiredService<ReportFeed>(), new FeedPosition(0, 0), 3, limit: 3);

        // As a restarted node: a new provider (new connections), only the position carried over, through commit data.
        var saved = FeedPosition.FromCommitData(first[^1].Position.ToCommitData().ToDictionary());
        await using var restarted = StorageServices.Build(_temp.Path, _database);
        var rest = await ReadAtLeastAsync(restarted.GetRequiredService<ReportFeed>(), saved!, 4);
        var lag = await restarted.GetRequiredService<ReportFeed>().LagAsync(saved!, CancellationToken.None);

        Assert.Equal(3, first.Count);
        Assert.Equal(ids, [.. first.Concat(rest).Select(c => c.ReportId)]);
        Assert.Equal(4, lag.Changes);
        Assert.NotNull(lag.OldestChangedAt);
        Assert.Empty(await restarted.GetRequiredService<ReportFeed>().ReadAsync(rest[^1].Position, 100, CancellationToken.None));
    }

    [StorageFact]
    public async Task Start_OfABuild_IsPastEveryChangeBefore_AndBeforeEveryChangeAfter()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var feed = _services.GetRequiredService<ReportFeed>();
        var before = await store.UpsertAsync(Prepared("/r/x.txt", "建前报告"), CancellationToken.None);
        var (start, applied) = await feed.StartAsync(CancellationToken.None);
        var after = await store.UpsertAsync(Prepared("/r/y.txt", "建后报告"), CancellationToken.None);

        var changes = await ReadAtLeastAsync(feed, start, applied == 1 ? 1 : 2);

        // Other databases' transactions on the same cluster can hold the snapshot's xmin back (it is cluster-wide):
        // the earlier change may then fall after the start too and is replayed — never missed.
        Assert.InRange(applied, 0, 1);
        Assert.Equal(after.ReportId, changes[^1].ReportId);
        Assert.All(changes, c => Assert.Contains(c.ReportId, new[] { before.ReportId, after.ReportId }));
        Assert.Equal(applied == 1 ? 1 : 2, changes.Count);
    }

    /// <summary>Acceptance 3 at the store: two writers store the same files at once; each is stored once, nothing fails.</summary>
    [StorageFact]
    public async Task StoreBatch_TwoWritersAtOnceWithTheSameFiles_StoreEachOnceAndFailNothing()
    {
        var reports = Enumerable.Range(0, 24).Select(i => Prepared($"/r/same/{i}.txt", $"两个进程同时入库的报告 {i}")).ToList();
        await using var other = StorageServices.Build(_temp.Path, _database);
        var stores = new[] { _services.GetRequiredService<ReportStore>(), other.GetRequiredService<ReportStore>() };

        var results = await Task.WhenAll(stores.Select(s => Task.Run(() => s.StoreBatchAsync(reports, CancellationToken.None))));

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(24, all.Count(r => r.Outcome.Status == StoreStatus.Added));
        Assert.Equal(24, all.Count(r => r.Outcome.Status == StoreStatus.Unchanged));
        await using var db = await _services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync(CancellationToken.None);
        Assert.Equal(24, await db.Reports.CountAsync());
        Assert.Equal(24, await db.ReportChanges.CountAsync());
    }

    /// <summary>
    /// Reads until at least <paramref name="count"/> changes are safe to apply: on PostgreSQL a transaction of another
    /// test's database on the shared cluster may hold the (cluster-wide) xmin back for a moment.
    /// </summary>
    protected static async Task<List<FeedChange>> ReadAtLeastAsync(ReportFeed feed, FeedPosition after, int count, int limit = 100)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var changes = await feed.ReadAsync(after, limit, CancellationToken.None);
            if (changes.Count >= count || DateTime.UtcNow > deadline)
            {
                return changes;
            }

            await Task.Delay(50);
        }
    }

    protected static PreparedReport Prepared(string path, string text)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        var extracted = new ExtractedReport
        {
            File = Path.GetFileName(path),
            Title = text,
            Agency = "某县某局" + text.Length,
            Year = 2020,
            Template = ReportTemplate.V2019,
            Metrics = [],
            Flags = [],
        };
        return new PreparedReport(path, hash, text, text, extracted, [], new SourceFileInfo("txt", text.Length, "utf-8", hash));
    }
}

[PostgreSqlTests]
public sealed class ReportFeedPostgreSqlTests : ReportFeedTests
{
    protected override TestProvider Provider => TestProvider.PostgreSql;

    /// <summary>
    /// Read Committed gives each statement its own snapshot: another writer stores the same file and commits right after
    /// this writer looked its content up and found nothing. This writer then finds that row at the path, with this very
    /// content: the file is unchanged, not updated again (before the fix: Updated, a second change row).
    /// </summary>
    [StorageFact]
    public async Task Store_AnotherWriterCommitsTheSameFileBetweenItsReads_IsUnchangedNotUpdated()
    {
        var report = Prepared("/r/race.txt", "两次读取之间由另一进程入库的报告");
        var other = Services.GetRequiredService<ReportStore>();
        var hook = new AfterContentLookup(() => other.UpsertAsync(report, CancellationToken.None));
        using var temp = new TempDirectory();
        await using var racing = StorageServices.Build(temp.Path, Database, interceptor: hook);

        var outcome = await racing.GetRequiredService<ReportStore>().UpsertAsync(report, CancellationToken.None);

        Assert.Equal(StoreStatus.Added, hook.OtherOutcome?.Status);
        Assert.Equal(StoreStatus.Unchanged, outcome.Status);
        Assert.Equal(hook.OtherOutcome!.ReportId, outcome.ReportId);
        await using var db = await Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync(CancellationToken.None);
        Assert.Equal(1, await db.ReportChanges.CountAsync());
    }

    /// <summary>Runs the other writer to its commit once, right after the first query that looks a report up by content.</summary>
    private sealed class AfterContentLookup(Func<Task<StoreOutcome>> otherWriter) : DbCommandInterceptor, IAdditionalDbInterceptor
    {
        public StoreOutcome? OtherOutcome { get; private set; }

        public IInterceptor Interceptor => this;

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (OtherOutcome is null && command.CommandText.Contains("\"ContentHash\" = ", StringComparison.Ordinal))
            {
                OtherOutcome = await otherWriter();
            }

            return result;
        }
    }

    /// <summary>
    /// Why the cursor is (xid, number), not the number: transaction B takes its change number first but commits last.
    /// A follower moving a number cursor past A's later number would never see B's; this one sees both, once each.
    /// </summary>
    [StorageFact]
    public async Task Read_ChangeNumberedEarlierButCommittedLater_IsNotSkipped()
    {
        var feed = Services.GetRequiredService<ReportFeed>();
        await using var a = new NpgsqlConnection(Database.ConnectionString);
        await using var b = new NpgsqlConnection(Database.ConnectionString);
        await a.OpenAsync();
        await b.OpenAsync();
        await using var ta = await a.BeginTransactionAsync();
        await using var tb = await b.BeginTransactionAsync();
        await Execute(a, "SELECT pg_current_xact_id()");                      // A's xid first
        await Execute(b, "INSERT INTO \"ReportChanges\" (\"ReportId\", \"ChangedAt\") VALUES (2, now())"); // B: lower number
        await Execute(a, "INSERT INTO \"ReportChanges\" (\"ReportId\", \"ChangedAt\") VALUES (1, now())"); // A: higher number
        await ta.CommitAsync();

        var whileBInFlight = await ReadAtLeastAsync(feed, new FeedPosition(0, 0), 1);
        await tb.CommitAsync();
        var afterB = await ReadAtLeastAsync(feed, whileBInFlight[^1].Position, 1);

        Assert.Equal([1L], whileBInFlight.Select(c => c.ReportId));
        Assert.Equal([2L], afterB.Select(c => c.ReportId));
        Assert.True(afterB[0].Number < whileBInFlight[0].Number, "B's change was numbered before A's");
    }

    /// <summary>Transactions are ordered as numbers: found by the multi-node test, where xid 1047 sorted before 925 as text.</summary>
    [StorageFact]
    public async Task Read_TransactionsEitherSideOfAPowerOfTen_InTransactionOrder()
    {
        var store = Services.GetRequiredService<ReportStore>();
        var feed = Services.GetRequiredService<ReportFeed>();
        var before = await store.UpsertAsync(Prepared("/r/p1.txt", "十进制之前"), CancellationToken.None);
        await using (var connection = new NpgsqlConnection(Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var next = new NpgsqlCommand("SELECT pg_current_xact_id()::text::bigint", connection);
            var target = (long)Math.Pow(10, Math.Floor(Math.Log10((long)(await next.ExecuteScalarAsync())!)) + 1);
            while ((long)(await next.ExecuteScalarAsync())! < target)
            {
                // Each autocommitted call takes a transaction id of its own.
            }
        }

        var after = await store.UpsertAsync(Prepared("/r/p2.txt", "十进制之后"), CancellationToken.None);

        var firstRead = await ReadAtLeastAsync(feed, new FeedPosition(0, 0), 1, limit: 1);
        var secondRead = await ReadAtLeastAsync(feed, firstRead[0].Position, 1, limit: 1);

        Assert.Equal(before.ReportId, firstRead[0].ReportId);
        Assert.Equal(after.ReportId, secondRead[0].ReportId);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
