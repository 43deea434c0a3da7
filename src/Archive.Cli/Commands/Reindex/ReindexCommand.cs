using System.CommandLine;
using System.Diagnostics;
using Archive.Application.Indexing;
using Archive.Cli.Infrastructure;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands.Reindex;

/// <summary>`archive reindex`: rebuild the Lucene index from the database and swap it in.</summary>
public static class ReindexCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("reindex", "Rebuild the search index from the database (a running server switches over when done)");
        command.SetAction((result, ct) => RunAsync(result.GetValue(GlobalOptions.Data), result.GetValue(GlobalOptions.Db), result.GetValue(GlobalOptions.Verbose), context, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? dataDirectory, string? database, bool verbose, CliContext context, CancellationToken cancellationToken)
    {
        if (DataDirectory.Check("reindex", dataDirectory, mustHoldArchive: true, context, database) is { } refused)
        {
            return refused;
        }

        await using var services = CommandServices.Build(dataDirectory, verbose, database);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        context.Error.WriteLine("reindex: rebuilding the index from the database…");
        var count = await services.GetRequiredService<ReindexService>().RebuildAsync(cancellationToken);
        context.Out.WriteLine($"reindexed {count} reports in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return ExitCodes.Ok;
    }
}
