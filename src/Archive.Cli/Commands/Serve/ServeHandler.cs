using Archive.Api;
using Archive.Cli.Infrastructure;
using Archive.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Cli.Commands.Serve;

public static class ServeHandler
{
    public static async Task<int> RunAsync(ServeInput input, CliContext context, CancellationToken cancellationToken)
    {
        await using var app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            Urls = input.Urls,
            Configure = configuration => configuration.AddArchiveSources(input.DataDirectory),
            ConfigureServices = services => services.AddLogging(logging =>
                logging.SetMinimumLevel(input.Verbose ? LogLevel.Debug : LogLevel.Information)),
        });

        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        foreach (var url in app.Urls)
        {
            context.Error.WriteLine($"archive: GraphQL at {url.TrimEnd('/')}/graphql");
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Ok;
    }
}
