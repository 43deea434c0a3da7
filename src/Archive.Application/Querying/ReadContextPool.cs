using System.Collections.Concurrent;
using System.Data;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Querying;

/// <summary>
/// Read-only EF contexts that keep their SQLite connection open between uses, for the small batch reads every
/// GraphQL request makes (reports of a page, agencies, metrics, flags) and the one-time region load. Each time EF
/// opens a connection it re-registers its SQL functions with SQLite and leaves the replaced handles to the
/// finalizer, which costs more than those indexed queries themselves.
/// </summary>
/// <remarks>
/// One caller uses a context at a time. Reads are no-tracking, so a context carries nothing from one use to the
/// next; between statements an open SQLite connection holds no snapshot, so every read sees the latest committed
/// data (WAL), whoever wrote it. A read that fails or is cancelled disposes its context instead of returning it.
/// These contexts send a collection parameter (<c>ids.Contains(x.Id)</c>) as one JSON array (json_each), EF Core
/// 10's multiple-parameter default aside: the compiled batch queries cannot mark it with <c>EF.Parameter</c>, and one
/// SQL text for every batch size keeps one prepared shape instead of one per padded count of ids. A compiled query
/// keeps the translation of the first context it ran on, so run compiled queries only on these contexts.
/// </remarks>
public sealed class ReadContextPool(DbContextOptions<ArchiveDbContext> options) : IDisposable
{
    private readonly DbContextOptions<ArchiveDbContext> _options = OneCollectionParameter(options);

    /// <summary>
    /// SQLite only: a PostgreSQL connection is opened from Npgsql's own pool for each read and given back after it
    /// (cheap, and a node holds no server connection while idle nor a broken one after a failover).
    /// </summary>
    private readonly bool _keepOpen = IsSqlite(options);

    private readonly ConcurrentBag<ArchiveDbContext> _idle = [];
    private readonly int _capacity = Math.Max(4, Environment.ProcessorCount * 8);
    private bool _disposed;

    public async Task<T> ReadAsync<T>(Func<ArchiveDbContext, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var db = Rent();
        var reusable = false;
        try
        {
            if (_keepOpen && db.Database.GetDbConnection().State != ConnectionState.Open)
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
            }

            var result = await read(db, cancellationToken);
            reusable = true;
            return result;
        }
        finally
        {
            if (!Return(db, reusable))
            {
                await db.DisposeAsync();
            }
        }
    }

    /// <summary>The same for a synchronous caller (Microsoft.Data.Sqlite does its I/O synchronously either way).</summary>
    public T Read<T>(Func<ArchiveDbContext, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var db = Rent();
        var reusable = false;
        try
        {
            if (_keepOpen && db.Database.GetDbConnection().State != ConnectionState.Open)
            {
                db.Database.OpenConnection();
            }

            var result = read(db);
            reusable = true;
            return result;
        }
        finally
        {
            if (!Return(db, reusable))
            {
                db.Dispose();
            }
        }
    }

    /// <summary>Npgsql sends a collection as one array parameter (= ANY) already; SQLite is told to send one JSON array.</summary>
    private static DbContextOptions<ArchiveDbContext> OneCollectionParameter(DbContextOptions<ArchiveDbContext> options)
    {
        var builder = new DbContextOptionsBuilder<ArchiveDbContext>(options);
        return IsSqlite(options)
            ? builder.UseSqlite(sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).Options
            : builder.UseNpgsql(npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).Options;
    }

    private static bool IsSqlite(DbContextOptions<ArchiveDbContext> options)
    {
        using var probe = new ArchiveDbContext(options);
        return probe.Database.IsSqlite();
    }

    private ArchiveDbContext Rent()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
        return _idle.TryTake(out var idle) ? idle : new ArchiveDbContext(_options);
    }

    /// <summary>Puts a context back for reuse; false when the caller must dispose it instead.</summary>
    private bool Return(ArchiveDbContext db, bool reusable)
    {
        if (!reusable || Volatile.Read(ref _disposed) || _idle.Count >= _capacity)
        {
            return false;
        }

        db.ChangeTracker.Clear();
        _idle.Add(db);
        if (Volatile.Read(ref _disposed))
        {
            Dispose();
        }

        return true;
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        while (_idle.TryTake(out var db))
        {
            db.Dispose();
        }
    }
}
