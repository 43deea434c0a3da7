using System.Diagnostics;
using Archive.Ingest.Decoding;
using Archive.Search.Analysis;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `tokens-bench N FILE...`: the stock SmartCn analyzer over the files N times, printing chars/s and tokens/s in
/// the shape of ../shared/tools/smartcn-oracle (`java SmartCnOracle bench N FILE...`), so the two compare directly.
/// </summary>
internal static class TokenizeThroughput
{
    public static int Run(string[] args)
    {
        var rounds = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var texts = args[1..].Select(f => TextDecoder.Decode(File.ReadAllBytes(f)).Text).ToList();
        foreach (var text in texts)
        {
            SmartCnTokenDump.Tokens(text); // warm-up: dictionaries load, JIT
        }

        long chars = 0, tokens = 0;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                chars += text.Length;
                tokens += SmartCnTokenDump.Tokens(text).Count;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($".NET Lucene.Net SmartCn: {chars / seconds:F0} chars/s, {tokens / seconds:F0} tokens/s ({rounds} rounds, {seconds:F1} s)");
        return 0;
    }
}
