using System.Buffers;
using System.Text;
using Archive.Core.Text;

namespace Archive.Search.Analysis;

/// <summary>
/// The character sequence the exact ("_exact") fields index, shared by indexing, query building and
/// highlighting so the three can never disagree. Each unit is one code point (a surrogate pair stays whole),
/// with full-width ASCII folded to ASCII, letters lower-cased and a traditional character read as its simplified
/// form (<see cref="SimplifiedForms"/>: mirrors and big5 gateways republish reports in traditional characters,
/// which a search typed in simplified ones should find and mark; one character for one). Whitespace is read as a reader sees the text
/// (<see cref="ReaderLayout"/>): a run of it — spaces, line breaks, page breaks — next to a wide (CJK) character
/// is dropped, since Chinese wraps lines and pages inside words and phrases; a run between two narrow characters
/// (Latin, digits) is one space unit; leading and trailing whitespace is dropped.
/// </summary>
public static class ExactTextForm
{
    /// <summary>The units of <paramref name="text"/> with their [Start, End) offsets in it.</summary>
    public static List<ExactTextUnit> Units(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        var origins = ArrayPool<int>.Shared.Rent(text.Length + 1);
        try
        {
            var length = FoldWithOrigins(text, chars, origins);
            var units = new List<ExactTextUnit>(length);
            for (var i = 0; i < length; i++)
            {
                var unitLength = IsSurrogatePairAt(chars.AsSpan(0, length), i) ? 2 : 1;
                var value = unitLength == 2 ? new string(chars, i, 2) : UnitString(chars[i]);
                units.Add(new ExactTextUnit(value, origins[i], origins[i + unitLength - 1] + 1));
                i += unitLength - 1;
            }

            return units;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(origins);
        }
    }

    /// <summary>The folded form of <paramref name="text"/>: its units concatenated.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        var origins = ArrayPool<int>.Shared.Rent(text.Length + 1);
        try
        {
            return new string(chars, 0, FoldWithOrigins(text, chars, origins));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(origins);
        }
    }

    /// <summary>
    /// Writes the folded form of <paramref name="text"/> (its units concatenated: one char each, two for a
    /// surrogate pair) into <paramref name="chars"/>, and for each folded char the offset in
    /// <paramref name="text"/> where its unit starts (the low half of a pair: its own offset) into
    /// <paramref name="origins"/>, plus, after the last, where the last unit ends. Folded chars map one to one to
    /// text chars (a space unit to the first of its run), so folded [a, b) on unit boundaries came from text
    /// [origins[a], origins[b - 1] + 1): whitespace a reader does not see lies inside such a span, never at its ends.
    /// Returns the folded length. Buffers: text.Length and text.Length + 1.
    /// </summary>
    public static int FoldWithOrigins(string text, Span<char> chars, Span<int> origins)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = 0;
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
                if (length > 0 && !ReaderLayout.JoinsAcross(text[whitespaceStart - 1], c))
                {
                    origins[length] = whitespaceStart;
                    chars[length++] = ' ';
                }

                whitespaceStart = -1;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                origins[length] = i;
                chars[length++] = c;
                origins[length] = i + 1;
                chars[length++] = text[++i];
                continue;
            }

            origins[length] = i;
            chars[length++] = FoldChar(c);
        }

        // Where the last unit ends: trailing whitespace is not part of it.
        origins[length] = length == 0 ? 0 : origins[length - 1] + 1;
        return length;
    }

    /// <summary>True where folded text holds a whole surrogate pair unit starting at <paramref name="index"/>.</summary>
    public static bool IsSurrogatePairAt(ReadOnlySpan<char> folded, int index) =>
        index + 1 < folded.Length && char.IsHighSurrogate(folded[index]) && char.IsLowSurrogate(folded[index + 1]);

    /// <summary>False inside a surrogate pair unit of folded text (between its two halves).</summary>
    public static bool IsUnitBoundary(ReadOnlySpan<char> folded, int index) =>
        index <= 0 || index >= folded.Length || !IsSurrogatePairAt(folded, index - 1);

    // One string per BMP unit, made on first use, so listing units allocates no string per character.
    private static readonly string?[] UnitStrings = new string?[char.MaxValue + 1];

    private static string UnitString(char folded) => UnitStrings[folded] ??= folded.ToString();

    private static char FoldChar(char c)
    {
        // Fast paths for what these texts are made of: ASCII, and CJK (U+3000–U+9FFF has no case), which
        // ToLowerInvariant would send through the culture tables one char at a time.
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        if (c is >= '\u3000' and <= '\u9FFF')
        {
            return SimplifiedForms.Map(c);
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return SimplifiedForms.Map(char.ToLowerInvariant(c));
    }
}
