using Archive.Cli;
using Archive.Cli.Infrastructure;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await ArchiveCommandLine.RunAsync(args, CliContext.FromConsole(), cancellation.Token);

/// <summary>Public so the integration tests' WebApplicationFactory can find the entry assembly.</summary>
public partial class Program;
