using Archive.Storage.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Archive.Storage;

/// <summary>
/// Contexts for writing (issue 26's `--db-read`): the primary's connection when readers were pointed at a standby,
/// else the one context factory every reader uses. The store, the migrator, the index queue and saved searches write
/// through this; everything else reads through <see cref="IDbContextFactory{ArchiveDbContext}"/>.
/// </summary>
public sealed class WriteContextFactory : IDbContextFactory<ArchiveDbContext>, IDisposable
{
    private readonly IDbContextFactory<ArchiveDbContext> _factory;
    private readonly IDisposable? _owned;

    public WriteContextFactory(IDbContextFactory<ArchiveDbContext> readers, IOptions<StorageOptions> storage, IEnumerable<IAdditionalDbInterceptor> interceptors)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var options = storage.Value;
        if (options.Provider != StorageProvider.PostgreSql || string.IsNullOrWhiteSpace(options.ReadConnectionString))
        {
            _factory = readers;
            return;
        }

        var builder = new DbContextOptionsBuilder<ArchiveDbContext>();
        StorageServiceCollectionExtensions.UsePostgreSql(builder, PostgresConnectionString.ToNpgsql(options.ConnectionString!));
        foreach (var interceptor in interceptors)
        {
            builder.AddInterceptors(interceptor.Interceptor);
        }

        var pooled = new PooledDbContextFactory<ArchiveDbContext>(builder.Options);
        _factory = pooled;
        _owned = pooled as IDisposable;
    }

    public ArchiveDbContext CreateDbContext() => _factory.CreateDbContext();

    public Task<ArchiveDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => _factory.CreateDbContextAsync(cancellationToken);

    public void Dispose() => _owned?.Dispose();
}
