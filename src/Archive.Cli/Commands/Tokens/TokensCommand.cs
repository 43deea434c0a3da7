using System.CommandLine;
using Archive.Cli.Infrastructure;
using Archive.Ingest.Decoding;
using Archive.Search.Analysis;

namespace Archive.Cli.Commands.Tokens;

/// <summary>
/// `archive tokens FILE...`: the stock SmartCn tokens of each decoded file, in the format of ../shared/golden/smartcn
/// ("#FILE name", then term TAB start TAB end), so .NET and Java Lucene can be compared line by line.
/// </summary>
public static class TokensCommand
{
    public static readonly Argument<string[]> Files = new("files") { Description = "Text files to tokenize", Arity = ArgumentArity.OneOrMore };

    public static Command Create(CliContext context)
    {
        var command = new Command("tokens", "Print SmartCn tokens with offsets (golden-file format)") { Files };
        command.SetAction(result => Run(result.GetValue(Files)!, context));
        return command;
    }

    private static int Run(IReadOnlyList<string> files, CliContext context)
    {
        var failed = false;
        foreach (var file in files)
        {
            try
            {
                var text = TextDecoder.Decode(File.ReadAllBytes(file)).Text;
                SmartCnTokenDump.Write(context.Out, Path.GetFileName(file), text);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UndecodableTextException)
            {
                context.Error.WriteLine($"archive tokens: {file}: {ex.Message}");
                failed = true;
            }
        }

        return failed ? ExitCodes.SomeFilesFailed : ExitCodes.Ok;
    }
}
