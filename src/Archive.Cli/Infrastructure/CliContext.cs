namespace Archive.Cli.Infrastructure;

/// <summary>Where a command writes: data to <see cref="Out"/>, progress and messages to <see cref="Error"/>.</summary>
/// <param name="Interactive">True when stderr is a terminal (progress bars); false gives plain lines.</param>
/// <param name="OutIsTerminal">True when stdout is a terminal (search matches in bold); false marks them 【so】.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive, bool OutIsTerminal = false)
{
    public static CliContext FromConsole() => new(Console.Out, Console.Error, !Console.IsErrorRedirected, !Console.IsOutputRedirected);
}
