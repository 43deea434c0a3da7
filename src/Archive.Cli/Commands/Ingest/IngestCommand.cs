using System.CommandLine;
using Archive.Cli.Infrastructure;
using Archive.Ingest.Pipeline;

namespace Archive.Cli.Commands.Ingest;

/// <summary>`archive ingest PATH...`: files or folders (recursive), then a summary.</summary>
public static class IngestCommand
{
    public static readonly Argument<string[]> Paths = new("paths")
    {
        Description = $"Report files or folders (folders are searched recursively for {string.Join(", ", new IngestOptions().FilePatterns)})",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("ingest", "Ingest report files: decode, understand, store and index them") { Paths };
        command.SetAction((result, ct) => IngestHandler.RunAsync(
            new IngestInput(result.GetValue(Paths)!, result.GetValue(GlobalOptions.Data), result.GetValue(GlobalOptions.Verbose))
            {
                Database = result.GetValue(GlobalOptions.Db),
            },
            context,
            ct));
        return command;
    }
}

public sealed record IngestInput(IReadOnlyList<string> Paths, string? DataDirectory, bool Verbose)
{
    /// <summary>--db: a PostgreSQL connection, or null for $ARCHIVE_DB / SQLite.</summary>
    public string? Database { get; init; }
}
