using System.Data.Common;
using Archive.Storage;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>Once switched on, makes every query wait before it reads (honouring cancellation): a slow database on demand.</summary>
public sealed class SlowReadInterceptor(TimeSpan delay) : DbCommandInterceptor, IAdditionalDbInterceptor
{
    private volatile bool _enabled;

    public IInterceptor Interceptor => this;

    public void Enable() => _enabled = true;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (_enabled)
        {
            await Task.Delay(delay, cancellationToken);
        }

        return result;
    }
}
