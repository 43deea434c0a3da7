using System.CommandLine;
using Archive.Cli.Infrastructure;

namespace Archive.Cli.Commands.Extract;

/// <summary>`archive extract FILE [--json]`: what ingest would store for FILE, without storing it.</summary>
public static class ExtractCommand
{
    public static readonly Argument<string> File = new("file") { Description = "A report file" };

    public static readonly Option<bool> Json = new("--json") { Description = "Print the truth-file JSON shape (metric-dictionary.md §13)" };

    public static readonly Option<bool> Explain = new("--explain")
    {
        Description = "Per table: the shape detected, rows and columns found, and its cells read / blank / not applicable / unread (stdout)",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("extract", "Show the metadata, metrics and flags ingest would store for a file") { File, Json, Explain };
        command.SetAction((result, ct) => ExtractHandler.RunAsync(result.GetValue(File)!, result.GetValue(Json), result.GetValue(Explain), context, ct));
        return command;
    }
}
