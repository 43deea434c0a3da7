using System.CommandLine;
using Archive.Cli.Commands.Export;
using Archive.Cli.Commands.Extract;
using Archive.Cli.Commands.Generate;
using Archive.Cli.Commands.Ingest;
using Archive.Cli.Commands.Reindex;
using Archive.Cli.Commands.Schema;
using Archive.Cli.Commands.Search;
using Archive.Cli.Commands.Serve;
using Archive.Cli.Commands.Tokens;
using Archive.Cli.Infrastructure;
using Archive.Search.Indexing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Archive.Cli;

/// <summary>The `archive` command tree (design.md's command-line contract).</summary>
public static class ArchiveCommandLine
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("Archive: store, understand and search Chinese government information-disclosure annual reports")
        {
            IngestCommand.Create(context),
            ExtractCommand.Create(context),
            ReindexCommand.Create(context),
            SearchCommand.Create(context),
            ExportCommand.Create(context),
            TokensCommand.Create(context),
            ServeCommand.Create(context),
            SchemaCommand.Create(context),
            GenerateCommand.Create(context),
        };
        root.Options.Add(GlobalOptions.Data);
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Verbose);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; wrong usage prints the errors and returns <see cref="ExitCodes.Usage"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var root = Create(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            if (CommandSuggestion.For(root, args) is { } suggestion)
            {
                context.Error.WriteLine(suggestion);
                return ExitCodes.Usage;
            }

            foreach (var error in parseResult.Errors)
            {
                context.Error.WriteLine($"archive: {error.Message}");
            }

            context.Error.WriteLine("Run 'archive --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            var invocation = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine("archive: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IndexAnalysisMismatchException or OptionsValidationException or SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
        {
            // Conditions of the data directory or configuration a user can act on: the message says what to do.
            context.Error.WriteLine($"archive: {ex.Message}");
            return ExitCodes.Error;
        }
    }
}
