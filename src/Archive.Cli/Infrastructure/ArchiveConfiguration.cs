using Archive.Core.Configuration;
using Archive.Storage.Providers;
using Microsoft.Extensions.Configuration;

namespace Archive.Cli.Infrastructure;

/// <summary>Configuration layers, last wins: defaults → appsettings.json → ARCHIVE_* environment → command line (--data, --db, --db-read).</summary>
public static class ArchiveConfiguration
{
    public static IConfigurationBuilder AddArchiveSources(this IConfigurationBuilder builder, string? dataDirectory, string? database = null, string? readDatabase = null)
    {
        builder.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ArchiveOptions.SectionName}:{nameof(ArchiveOptions.DataDirectory)}"] = ArchiveOptions.DefaultDataDirectory,
        });
        builder.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        var fromEnvironment = Environment.GetEnvironmentVariable(ArchiveOptions.DataEnvironmentVariable);
        var effective = dataDirectory ?? (string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment);
        if (effective is not null)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{ArchiveOptions.SectionName}:{nameof(ArchiveOptions.DataDirectory)}"] = Path.GetFullPath(effective),
            });
        }

        var databaseFromEnvironment = Environment.GetEnvironmentVariable(StorageOptions.DatabaseEnvironmentVariable);
        var effectiveDatabase = database ?? (string.IsNullOrWhiteSpace(databaseFromEnvironment) ? null : databaseFromEnvironment);
        if (effectiveDatabase is not null)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"] = effectiveDatabase,
            });
        }

        var readFromEnvironment = Environment.GetEnvironmentVariable(StorageOptions.ReadDatabaseEnvironmentVariable);
        var effectiveRead = readDatabase ?? (string.IsNullOrWhiteSpace(readFromEnvironment) ? null : readFromEnvironment);
        if (effectiveRead is not null)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{StorageOptions.SectionName}:{nameof(StorageOptions.ReadConnectionString)}"] = effectiveRead,
            });
        }

        return builder;
    }
}
