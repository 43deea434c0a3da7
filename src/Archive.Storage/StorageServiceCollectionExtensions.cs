using Archive.Core.Configuration;
using Archive.Storage.Interceptors;
using Archive.Storage.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The assembly holding the PostgreSQL migrations. EF Core keeps one migrations history per provider (the SQL and
    /// the model snapshot differ); the SQLite ones stay in this assembly as they were, the PostgreSQL ones live in
    /// their own project, so neither provider's `migrations add` ever touches the other's files and the one context
    /// type (<see cref="ArchiveDbContext"/>) every reader uses stays the same.
    /// </summary>
    public const string PostgreSqlMigrationsAssembly = "Archive.Storage.PostgreSql";

    /// <summary>
    /// Registers the context factory for the configured provider (SQLite in the data directory unless
    /// <see cref="StorageOptions.ConnectionString"/> names a PostgreSQL database), the migrator and the report store.
    /// </summary>
    public static IServiceCollection AddArchiveStorage(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>();
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddPooledDbContextFactory<ArchiveDbContext>((provider, options) =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.Provider == StorageProvider.PostgreSql)
            {
                // Readers take the read connection when there is one (a standby); writers use WriteContextFactory.
                UsePostgreSql(options, PostgresConnectionString.ToNpgsql(string.IsNullOrWhiteSpace(storage.ReadConnectionString) ? storage.ConnectionString! : storage.ReadConnectionString));
            }
            else
            {
                var archive = provider.GetRequiredService<IOptions<ArchiveOptions>>().Value;
                // EF Core warns of every step a SQLite table rebuild runs outside a transaction, on each new archive's
                // first command. Ours are written to be run again after a kill (a rebuild drops a left-over ef_temp_
                // copy first; MigrationTests holds every migration to it), so the warning's "revert manually" is untrue
                // here: it is logged at debug level.
                options.UseSqlite(ConnectionString(archive.DatabasePath))
                    .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>())
                    .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug)));
            }

            foreach (var interceptor in provider.GetServices<IAdditionalDbInterceptor>())
            {
                options.AddInterceptors(interceptor.Interceptor);
            }
        });
        services.AddSingleton<WriteContextFactory>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<ReportFeed>();
        return services;
    }

    /// <summary>The PostgreSQL provider with its own migrations (also what `dotnet-ef` uses at design time).</summary>
    public static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder options, string npgsqlConnectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(npgsqlConnectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly));
    }

    public static string ConnectionString(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        return new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
    }

    /// <summary>A connection string that cannot be used stops start-up with the reason, instead of failing at the first query.</summary>
    private sealed class StorageOptionsValidation : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options)
        {
            if (options.Provider == StorageProvider.Sqlite)
            {
                return string.IsNullOrWhiteSpace(options.ReadConnectionString)
                    ? ValidateOptionsResult.Success
                    : ValidateOptionsResult.Fail($"--db-read / {StorageOptions.ReadDatabaseEnvironmentVariable} needs --db: a read connection is for PostgreSQL (a standby)");
            }

            try
            {
                PostgresConnectionString.ToNpgsql(options.ConnectionString!);
            }
            catch (FormatException ex)
            {
                return ValidateOptionsResult.Fail(
                    $"--db / {StorageOptions.DatabaseEnvironmentVariable} / {StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}: {ex.Message}");
            }

            try
            {
                if (!string.IsNullOrWhiteSpace(options.ReadConnectionString))
                {
                    PostgresConnectionString.ToNpgsql(options.ReadConnectionString);
                }

                return ValidateOptionsResult.Success;
            }
            catch (FormatException ex)
            {
                return ValidateOptionsResult.Fail(
                    $"--db-read / {StorageOptions.ReadDatabaseEnvironmentVariable} / {StorageOptions.SectionName}:{nameof(StorageOptions.ReadConnectionString)}: {ex.Message}");
            }
        }
    }
}
