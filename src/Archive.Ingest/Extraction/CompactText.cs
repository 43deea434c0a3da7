using System.Text;

namespace Archive.Ingest.Extraction;

/// <summary>
/// The text without whitespace (line breaks and spaces inside phrases vanish; full-width digits become ASCII), with
/// a map back to the decoded text so a match's source is the exact raw span. Whitespace between two digits becomes
/// '|' so numbers on neighbouring lines never merge.
/// </summary>
internal sealed class CompactText
{
    private readonly int[] _map;

    private CompactText(string text, int[] map)
    {
        Text = text;
        _map = map;
    }

    public string Text { get; }

    public static CompactText Build(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var map = new List<int>(raw.Length);
        var pendingSpace = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                pendingSpace = pendingSpace < 0 ? i : pendingSpace;
                continue;
            }

            var folded = TextShapes.Fold(c);
            if (pendingSpace >= 0 && builder.Length > 0 && char.IsAsciiDigit(builder[^1]) && char.IsAsciiDigit(folded))
            {
                builder.Append('|');
                map.Add(pendingSpace);
            }

            pendingSpace = -1;
            builder.Append(folded);
            map.Add(i);
        }

        // Words some reports print in another order are read in the usual one (公众微信号 is 微信公众号): the same characters
        // in the same span, so every offset still maps to the raw text a metric quotes.
        foreach (var (printed, usual) in ReorderedWords)
        {
            builder.Replace(printed, usual);
        }

        return new CompactText(builder.ToString(), [.. map]);
    }

    private static readonly (string Printed, string Usual)[] ReorderedWords = [("公众微信号", "微信公众号")];

    /// <summary>Raw start of the compact index.</summary>
    public int RawStart(int compactIndex) => _map[compactIndex];

    /// <summary>Raw end (exclusive) of a compact span ending before <paramref name="compactEnd"/>.</summary>
    public int RawEnd(int compactEnd) => _map[compactEnd - 1] + 1;
}
