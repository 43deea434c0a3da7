using System.Globalization;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>
/// Writes SmartCn tokens in the format of shared/golden/smartcn (the Java oracle's output): "#FILE name",
/// then term TAB start TAB end per token. Uses the stock SmartChineseAnalyzer so the output stays comparable.
/// </summary>
public static class SmartCnTokenDump
{
    private static readonly Lazy<SmartChineseAnalyzer> Analyzer = new(() => new SmartChineseAnalyzer(ArchiveLuceneVersion.Current));

    public static void Write(TextWriter writer, string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("#FILE ");
        writer.Write(fileName);
        writer.Write('\n');
        foreach (var (term, start, end) in Tokens(text))
        {
            writer.Write(term);
            writer.Write('\t');
            writer.Write(start.ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(end.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    /// <summary>The stock SmartChineseAnalyzer's tokens of <paramref name="text"/>.</summary>
    public static List<(string Term, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = Analyzer.Value.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
