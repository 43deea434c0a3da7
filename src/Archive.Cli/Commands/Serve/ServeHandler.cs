using Archive.Api;
using Archive.Api.Indexing;
using Archive.Api.Ingestion;
using Archive.Cli.Infrastructure;
using Archive.Core.Configuration;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Cli.Commands.Serve;

public static class ServeHandler
{
    public static async Task<int> RunAsync(ServeInput input, CliContext context, CancellationToken cancellationToken)
    {
        await using var app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            Urls = input.Urls,
            Configure = configuration => configuration.AddArchiveSources(input.DataDirectory),
            ConfigureServices = services => services
                .AddHostedService<IndexCatchUpService>()
                // SIGTERM: requests still running get 3 s, then the process ends (an orchestrator's kill follows at 10 s).
                .Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(3))
                .AddLogging(logging => logging
                .SetMinimumLevel(input.Verbose ? LogLevel.Debug : LogLevel.Information)
                // Per-request framework lines only with --verbose; Archive's own events stay at Information.
                .AddFilter("Microsoft.AspNetCore", input.Verbose ? LogLevel.Information : LogLevel.Warning)
                .AddFilter("Microsoft.EntityFrameworkCore", input.Verbose ? LogLevel.Information : LogLevel.Warning)),
        });

        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await StaleIndex.RebuildIfNeededAsync(app.Services, context, cancellationToken);
        await SampleArchive.EnsureAsync(
            app.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>(),
            app.Services.GetRequiredService<IngestService>(),
            app.Services.GetRequiredService<IOptions<ArchiveOptions>>().Value.DataDirectory,
            input.SampleSize,
            context,
            cancellationToken);
        app.Services.GetRequiredService<ArchiveSearcher>().MaybeRefresh();
        await app.StartAsync(cancellationToken);
        foreach (var url in app.Urls)
        {
            context.Error.WriteLine($"archive: GraphQL at {url.TrimEnd('/')}/graphql");
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Ok;
    }
}
