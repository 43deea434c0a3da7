using System.Collections.Concurrent;
using System.Data.Common;
using Archive.Storage;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core executes (reads and writes), through the storage's interceptor hook, and keeps
/// their text since the last <see cref="Reset"/>.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor, IAdditionalDbInterceptor
{
    private readonly ConcurrentQueue<string> _texts = new();
    private int _count;

    public IInterceptor Interceptor => this;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The SQL of the commands counted since the last <see cref="Reset"/>, in the order they started.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _texts.Clear();
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
