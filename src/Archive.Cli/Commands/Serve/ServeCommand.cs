using System.CommandLine;
using Archive.Api;
using Archive.Cli.Infrastructure;

namespace Archive.Cli.Commands.Serve;

/// <summary>`archive serve [--urls URL]`: the GraphQL API at /graphql, the CSV export and /health.</summary>
public static class ServeCommand
{
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = $"Where to listen (semicolon-separated URLs). Default: {ArchiveWebHost.DefaultUrls}",
        DefaultValueFactory = _ => ArchiveWebHost.DefaultUrls,
    };

    public static readonly Option<int> Sample = new("--sample")
    {
        Description = "When the archive is empty, first generate and ingest this many synthetic reports, plus the seed reports of ../shared/corpus/seeds when found (0: start empty)",
        DefaultValueFactory = _ => Archive.Samples.SampleArchiveFiles.DefaultCount,
    };

    public static readonly Option<string?> DbRead = new("--db-read")
    {
        Description = "With --db: a read-only PostgreSQL connection (a streaming standby) for reads and this node's index; " +
            "writes still go to --db. Default: $ARCHIVE_DB_READ, else --db",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("serve", "Serve the GraphQL API at /graphql (plus /export/metrics.csv and /health)") { Urls, Sample, DbRead };
        command.SetAction((result, ct) => ServeHandler.RunAsync(
            new ServeInput(result.GetValue(Urls)!, result.GetValue(GlobalOptions.Data), result.GetValue(GlobalOptions.Verbose), result.GetValue(Sample))
            {
                Database = result.GetValue(GlobalOptions.Db),
                ReadDatabase = result.GetValue(DbRead),
            },
            context,
            ct));
        return command;
    }
}
