using Archive.Cli;
using Archive.Cli.Infrastructure;

namespace Archive.Cli.Tests;

/// <summary>Runs the real command tree in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await ArchiveCommandLine.RunAsync(args, new CliContext(output, error, Interactive: false), CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error);
