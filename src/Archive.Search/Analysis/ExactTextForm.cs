using System.Text;

namespace Archive.Search.Analysis;

/// <summary>
/// The character sequence the exact ("_exact") fields index, shared by indexing, query building and
/// highlighting so the three can never disagree. Each unit is one code point (a surrogate pair stays whole),
/// with full-width ASCII folded to ASCII and letters lower-cased; a run of whitespace is one space unit;
/// leading and trailing whitespace is dropped.
/// </summary>
public static class ExactTextForm
{
    /// <summary>The units of <paramref name="text"/> with their [Start, End) offsets in it.</summary>
    public static List<ExactTextUnit> Units(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<ExactTextUnit>(text.Length);
        var whitespaceStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (whitespaceStart < 0)
                {
                    whitespaceStart = i;
                }

                continue;
            }

            if (whitespaceStart >= 0)
            {
                if (units.Count > 0)
                {
                    units.Add(new ExactTextUnit(" ", whitespaceStart, i));
                }

                whitespaceStart = -1;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                units.Add(new ExactTextUnit(text.Substring(i, 2), i, i + 2));
                i++;
                continue;
            }

            units.Add(new ExactTextUnit(FoldChar(c), i, i + 1));
        }

        return units;
    }

    /// <summary>The folded form of <paramref name="text"/>: its units concatenated.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var unit in Units(text))
        {
            builder.Append(unit.Value);
        }

        return builder.ToString();
    }

    // One folded string per BMP char, made on first use, so analysing text allocates no string per character.
    private static readonly string?[] FoldedChars = new string?[char.MaxValue + 1];

    private static string FoldChar(char c) => FoldedChars[c] ??= Fold(c);

    private static string Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return char.ToLowerInvariant(c).ToString();
    }
}
