using System.Data.Common;
using Archive.Storage;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>Counts the connections EF Core opens, through the storage's interceptor hook.</summary>
public sealed class ConnectionOpenCounter : DbConnectionInterceptor, IAdditionalDbInterceptor
{
    private int _count;

    public IInterceptor Interceptor => this;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _count);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }
}
