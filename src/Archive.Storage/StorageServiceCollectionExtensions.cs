using Archive.Core.Configuration;
using Archive.Storage.Interceptors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the SQLite context factory (one short-lived context per unit of work), the migrator and the report store.</summary>
    public static IServiceCollection AddArchiveStorage(this IServiceCollection services)
    {
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddPooledDbContextFactory<ArchiveDbContext>((provider, options) =>
        {
            var archive = provider.GetRequiredService<IOptions<ArchiveOptions>>().Value;
            options.UseSqlite(ConnectionString(archive.DatabasePath))
                .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>());
            foreach (var interceptor in provider.GetServices<IAdditionalDbInterceptor>())
            {
                options.AddInterceptors(interceptor.Interceptor);
            }
        });
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ReportStore>();
        return services;
    }

    public static string ConnectionString(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        return new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
    }
}
