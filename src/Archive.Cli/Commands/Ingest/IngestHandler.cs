using Archive.Api.Ingestion;
using Archive.Cli.Infrastructure;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands.Ingest;

public static class IngestHandler
{
    public static async Task<int> RunAsync(IngestInput input, CliContext context, CancellationToken cancellationToken)
    {
        await using var services = CommandServices.Build(input.DataDirectory, input.Verbose);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var summary = await IngestProgressDisplay.RunAsync(services.GetRequiredService<IngestService>(), input.Paths, context, cancellationToken);

        foreach (var failure in summary.Failures)
        {
            context.Error.WriteLine($"failed: {failure.Path}: {failure.Reason}");
        }

        context.Out.WriteLine(summary.ToString());
        return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFilesFailed;
    }
}
