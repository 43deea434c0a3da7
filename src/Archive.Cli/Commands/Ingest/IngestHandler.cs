using Archive.Application.Ingestion;
using Archive.Cli.Infrastructure;
using Archive.Storage;
using Archive.Storage.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Cli.Commands.Ingest;

public static class IngestHandler
{
    public static async Task<int> RunAsync(IngestInput input, CliContext context, CancellationToken cancellationToken)
    {
        // A path that is not there is a typo, not a bad file: say so once, and store nothing (exit 2, wrong usage).
        var missing = input.Paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            context.Error.WriteLine($"archive ingest: {path}: no such file or folder");
        }

        if (missing.Count > 0)
        {
            context.Error.WriteLine(missing.Count == input.Paths.Count ? "archive ingest: nothing ingested" : "archive ingest: nothing ingested; fix the paths above and run again");
            return ExitCodes.Usage;
        }

        if (DataDirectory.Check("ingest", input.DataDirectory, mustHoldArchive: false, context, input.Database) is { } refused)
        {
            return refused;
        }

        await using var services = CommandServices.Build(input.DataDirectory, input.Verbose, input.Database);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var ingest = services.GetRequiredService<IngestService>();

        // On PostgreSQL an ingest worker writes only the database: every `archive serve` node takes the reports into
        // its own index from the change feed (issue 26).
        if (services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.PostgreSql)
        {
            ingest = ingest.StoreOnly();
        }

        var summary = await IngestProgressDisplay.RunAsync(ingest, input.Paths, context, cancellationToken);

        foreach (var failure in summary.Failures)
        {
            context.Error.WriteLine($"failed: {failure.Path}: {failure.Reason}");
        }

        context.Out.WriteLine(summary.ToString());
        return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFilesFailed;
    }
}
