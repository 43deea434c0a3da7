using Archive.Api;
using Archive.Application.Indexing;
using Archive.Application.Ingestion;
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
    /// <summary>From SIGTERM to the process's end at the latest: well under the 5 s that service managers wait politely.</summary>
    private static readonly TimeSpan HardStopAfter = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(ServeInput input, CliContext context, CancellationToken cancellationToken)
    {
        if (DataDirectory.Check("serve", input.DataDirectory, mustHoldArchive: false, context, input.Database) is { } refused)
        {
            return refused;
        }

        await using var app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            Urls = input.Urls,
            Configure = configuration => configuration.AddArchiveSources(input.DataDirectory, input.Database, input.ReadDatabase),
            ConfigureServices = services => services
                .AddHostedService<IndexCatchUpService>()
                // SIGTERM: requests still running get 2 s to finish (an orchestrator's kill follows at 10 s).
                .Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2))
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

        // Uploads are CPU work that does not stop on a token mid-extraction; with the host stopped, the process
        // must not wait for them (measured: 5.6 s from SIGTERM to exit with 8 clients uploading). Ending here is as
        // safe as a kill -9, which the store (one transaction per report) and the index (commits) survive.
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() =>
            _ = Task.Delay(HardStopAfter, CancellationToken.None).ContinueWith(_ => Environment.Exit(ExitCodes.Ok), TaskScheduler.Default));
        foreach (var url in app.Urls)
        {
            context.Error.WriteLine($"archive: GraphQL at {url.TrimEnd('/')}/graphql");
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Ok;
    }
}
