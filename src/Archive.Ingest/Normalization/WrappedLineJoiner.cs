using System.Text.RegularExpressions;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Normalization;

/// <summary>
/// Finds line breaks that a PDF-to-text conversion put inside a paragraph (<c>社会\n\n主义</c>), so the
/// normalizer can drop them and word segmentation sees the word whole. The rule, applied to each pair of
/// consecutive non-blank lines A and B with at most <see cref="MaxBlankLinesInsideWrap"/> blank lines between:
/// <list type="bullet">
/// <item>A is "full": its display width (CJK and full-width characters count 2, others 1) is at least
/// <see cref="FullLineRatio"/> of the document's wrap width, estimated as the 90th percentile of its line widths;
/// or A is at least <see cref="BrokenLineRatio"/> of it, is not a heading, and the break falls between two hanzi
/// (page and column breaks inside a sentence);</item>
/// <item>A does not end a sentence (。！？；： possibly followed by a closing quote or bracket);</item>
/// <item>B is not indented and does not start like a heading or list item (一、 （二） 3. 第四条 ①);</item>
/// <item>neither line holds a tab (tab-separated lines are table rows);</item>
/// <item>the last character of A or the first of B is a CJK character, so two Latin words are never glued.</item>
/// </list>
/// </summary>
internal static partial class WrappedLineJoiner
{
    public const double FullLineRatio = 0.85;
    public const double BrokenLineRatio = 0.4;
    public const int MaxBlankLinesInsideWrap = 3;
    private const int MinLinesForEstimate = 5;
    private const int MinMeasuredWidth = 10;

    /// <summary>The ranges [Start, End) of <paramref name="text"/> (line breaks and blank lines) to drop.</summary>
    public static List<(int Start, int End)> FindJoins(string text)
    {
        var lines = SplitLines(text);
        var joins = new List<(int Start, int End)>();
        var wrapWidth = EstimateWrapWidth(text, lines);
        if (wrapWidth <= 0)
        {
            return joins;
        }

        var fullWidth = wrapWidth * FullLineRatio;
        for (var a = 0; a < lines.Count; a++)
        {
            var lineA = lines[a];
            if (IsBlank(text, lineA))
            {
                continue;
            }

            var b = a + 1;
            while (b < lines.Count && IsBlank(text, lines[b]))
            {
                b++;
            }

            if (b >= lines.Count || b - a - 1 > MaxBlankLinesInsideWrap)
            {
                continue;
            }

            var lineB = lines[b];
            var width = DisplayWidth(text, lineA);
            if ((width >= fullWidth || (width >= wrapWidth * BrokenLineRatio && BreaksInsideWord(text, lineA, lineB)))
                && ShouldJoin(text, lineA, lineB))
            {
                joins.Add((lineA.End, lineB.Start));
            }
        }

        return joins;
    }

    internal static int DisplayWidth(string text, (int Start, int End) line)
    {
        var width = 0;
        for (var i = line.Start; i < line.End; i++)
        {
            width += CharWidth(text[i]);
        }

        return width;
    }

    internal static bool IsWide(char c) =>
        c is (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
            or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2014' or '\u00B7'
            || char.IsSurrogate(c);

    private static int CharWidth(char c) => char.IsLowSurrogate(c) ? 0 : IsWide(c) ? 2 : 1;

    private static bool ShouldJoin(string text, (int Start, int End) lineA, (int Start, int End) lineB)
    {
        var a = text.AsSpan(lineA.Start, lineA.End - lineA.Start);
        var b = text.AsSpan(lineB.Start, lineB.End - lineB.Start);
        if (a.Contains('\t') || b.Contains('\t') || char.IsWhiteSpace(b[0]) || EndsSentence(a))
        {
            return false;
        }

        if (HeadingStart().IsMatch(text.Substring(lineB.Start, Math.Min(12, b.Length))))
        {
            return false;
        }

        return IsWide(a[^1]) || IsWide(b[0]);
    }

    /// <summary>Hanzi on both sides of the break, and neither line a heading: a page or column break inside a sentence.</summary>
    private static bool BreaksInsideWord(string text, (int Start, int End) lineA, (int Start, int End) lineB) =>
        TextShapes.IsHanzi(text[lineA.End - 1]) && TextShapes.IsHanzi(text[lineB.Start])
        && !HeadingStart().IsMatch(text.Substring(lineA.Start, Math.Min(12, lineA.End - lineA.Start)));


    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var end = line.Length - 1;
        while (end > 0 && line[end] is '”' or '’' or '」' or '』' or '）' or ')' or '》')
        {
            end--;
        }

        return line[end] is '。' or '！' or '？' or '；' or '：' or '!' or '?' or ';' or ':';
    }

    /// <summary>The wrap width of the document: 90th percentile of non-table line widths, 0 if too few lines.</summary>
    private static double EstimateWrapWidth(string text, List<(int Start, int End)> lines)
    {
        var widths = new List<int>();
        foreach (var line in lines)
        {
            if (text.AsSpan(line.Start, line.End - line.Start).Contains('\t'))
            {
                continue;
            }

            var width = DisplayWidth(text, line);
            if (width >= MinMeasuredWidth)
            {
                widths.Add(width);
            }
        }

        if (widths.Count < MinLinesForEstimate)
        {
            return 0;
        }

        widths.Sort();
        return widths[(int)(widths.Count * 0.9)];
    }

    private static bool IsBlank(string text, (int Start, int End) line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^(第[一二三四五六七八九十百零〇\d]+[章节条部分]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d)|[①-⑳])")]
    private static partial Regex HeadingStart();
}
