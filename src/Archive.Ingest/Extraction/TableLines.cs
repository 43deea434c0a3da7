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

        var sectionLabels = !Table2Headings.Any(h => text.Contains(h, StringComparison.Ordinal));
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

    private static bool IsFirstSectionLabel(string text, int i) =>
        text[i] == '第' && char.IsWhiteSpace(text[i - 1]) && FirstSectionLabels.Any(label => string.CompareOrdinal(text, i, label, 0, label.Length) == 0);

    private static bool IsChineseDigit(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';
}
