namespace Archive.Ingest.Extraction;

/// <summary>
/// The lines the table readers work on. Crawler text puts a whole page on one line; such a line is cut, without
/// changing the text, before each section numbering (一、 … 十、 after a space or a sentence end) and before a
/// 统计表 header (指标名称, 统计指标), so that table headings start lines and a table's region ends at the next
/// section; on a page that prints no table-二 heading, also before that table's first section label after a space
/// (… 是否继续? 第二十条第(一)项 | ||| 信息内容 | …, a district portal's mirror that begins with the table), which then starts
/// its line as it does on the page with its line breaks. Offsets stay those of the decoded text.
/// </summary>
internal static class TableLines
{
    /// <summary>Lines longer than this are page-on-one-line text (the longest table row of the seeds is 120 characters).</summary>
    private const int LongLine = 400;

    private static readonly string[] HeaderWords = ["指标名称", "统计指标"];

    private static readonly string[] FirstSectionLabels = ["第二十条第(一)项", "第二十条第（一）项"];

    private static readonly string[] Table2Headings = ["公开政府信息情况", "公开政府信息工作情况", "公开政府信息的情况", "公開政府信息情況", "公開政府信息工作情況", "公開政府信息的情況"];

    public static List<TextLine> Split(string text, List<TextLine> lines, out HashSet<int> cutLines)
    {
        cutLines = [];
        if (lines.All(l => l.End - l.Start <= LongLine))
        {
            return lines;
        }

        var sectionLabels = !HasNumberedTable2Heading(text);
        var result = new List<TextLine>(lines.Count + 16);
        foreach (var line in lines)
        {
            if (line.End - line.Start <= LongLine)
            {
                result.Add(new TextLine(result.Count, line.Start, line.End));
                continue;
            }

            var start = line.Start;
            for (var i = line.Start + 1; i < line.End - 1; i++)
            {
                if (IsCut(text, line.Start, i) || (sectionLabels && IsFirstSectionLabel(text, i)))
                {
                    cutLines.Add(result.Count + 1);
                    result.Add(new TextLine(result.Count, start, i));
                    start = i;
                }
            }

            result.Add(new TextLine(result.Count, start, line.End));
        }

        return result;
    }

    private static bool IsCut(string text, int lineStart, int i)
    {
        var previous = text[i - 1];
        if (text[i + 1] == '、' && IsChineseDigit(text[i]) && (char.IsWhiteSpace(previous) || previous is '。' or '；' or ';' or '！' or '）' or ')' or '\u3000'))
        {
            return true;
        }

        foreach (var word in HeaderWords)
        {
            if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && i > lineStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text prints table 二's heading numbered as a section (二、主动公开政府信息情况), where the cut before
    /// 二、 starts the table's line. A heading numbered as an item ((二)主动公开政府信息的情况, a county's page whose overview
    /// is (一)总体情况 too) is not cut, nor are the same words in a preamble's list of the report's parts (由总体情况、主动公开
    /// 政府信息情况、…组成): there the table's first section label is cut instead, as on a page with no heading.
    /// </summary>
    private static bool HasNumberedTable2Heading(string text)
    {
        foreach (var heading in Table2Headings)
        {
            for (var at = text.IndexOf(heading, StringComparison.Ordinal); at >= 0; at = text.IndexOf(heading, at + heading.Length, StringComparison.Ordinal))
            {
                // Back over 主动 (a mirror's gloss after it: 主動(dòng)) and spaces (二、 主动…) to the numbering.
                var i = SkipBack(text, at);
                if (i >= 2 && text[i - 1] is '动' or '動' && text[i - 2] == '主')
                {
                    i = SkipBack(text, i - 2);
                }

                if (i >= 2 && text[i - 1] == '、' && IsChineseDigit(text[i - 2]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the text before <paramref name="i"/> ends once spaces and a pinyin gloss ((dòng)) are passed.</summary>
    private static int SkipBack(string text, int i)
    {
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        if (i > 2 && text[i - 1] == ')' && text.LastIndexOf('(', i - 2, Math.Min(i - 1, 9)) is var open and >= 0 && open < i - 2
            && text.AsSpan(open + 1, i - 2 - open).ToArray().All(c => c is (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F')))
        {
            i = open;
        }

        return i;
    }

    private static bool IsFirstSectionLabel(string text, int i) =>
        text[i] == '第' && char.IsWhiteSpace(text[i - 1]) && FirstSectionLabels.Any(label => string.CompareOrdinal(text, i, label, 0, label.Length) == 0);

    private static bool IsChineseDigit(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';
}
