namespace Archive.Ingest.Extraction;

/// <summary>
/// Cuts table lines into tokens whatever the export shape: tab-separated slots, space-aligned columns,
/// or one cell per line. Consecutive non-value pieces of a slot form one label (labels keep their inner spaces);
/// a number inside an open parenthesis belongs to the label (（…计 1 条）).
/// </summary>
internal static partial class TableTokenizer
{
    public static List<TableToken> Tokenize(string text, IReadOnlyList<TextLine> lines, int fromLine, int toLine)
    {
        var tokens = new List<TableToken>();
        var barredCells = BarredCells(text, lines, fromLine, toLine);
        var rowsClosedByBars = barredCells && RowsClosedByBars(text, lines, fromLine, toLine);
        var folios = PageFolios(text, lines, out var loneNumbers);
        for (var l = fromLine; l < toLine && l < lines.Count; l++)
        {
            if (folios.Contains(l))
            {
                continue;
            }

            // The only bare number alone beside a page break: as likely the page's last cell (a PDF without page numbers)
            // as its number (an excerpt of two pages). Neither is certain, so it is read as a cut cell: the row it would
            // end or continue is not completed by it.
            if (loneNumbers.Contains(l))
            {
                var number = BareNumber().Match(text, lines[l].Start, lines[l].End - lines[l].Start).Groups["n"];
                tokens.Add(new TableToken(TableTokenKind.Cut, number.Value, number.Index, number.Index + number.Length, l, 0, DisplayColumn(text, lines[l].Start, number.Index), 0, null));
                continue;
            }

            // Where cells are printed with their bars (0 |, 行政许可 |: an HTML table flattened a cell per line), a bar
            // alone before a value or a row's end is an empty cell (a real district's page: | | | | | | 0 | under 总计
            // only); before a label it opens a row (another page: || | 行政许可 |), and elsewhere it separates cells.
            // Where no row is closed by a bar of its own (no bar alone stands between two labels: 对外公开总数量 | then 规章 |),
            // bars alone after a row's last value and before the next label are its last cells printed empty (a county
            // bureau's 2019 table 二: 其他对外管理服务事项 | 0 | then two bars alone, then 第二十条第(六)项 |).
            // Where rows are closed by bars, a run of four bars alone or more after a row's one value and before the next label
            // holds the row's empty cells and, last, the bar that closes it (三、本年度办理结果 | (一)予以公开 | 18 |, then seven
            // bars alone, then (二)部分公开… |: a real district office's page, whose other rows end on || instead): every bar of
            // the run but the last is an empty cell. Not after a row's several values (0 |, 0 |, then two bars alone: the row's
            // closing bars, other real pages).
            // A bar alone right under a label printed without its bar (行政规范性文件, then |, then 0 |: a county bureau's page
            // whose cell broke before its bar) is that label's own bar, no empty cell.
            if (barredCells && IsLoneBar(text, lines[l]) && !LabelsBarBrokenOff(text, lines, l - 1, fromLine)
                && (EmptyCellFollows(text, lines, l + 1, toLine) || (!rowsClosedByBars && AfterAValueCell(text, lines, l - 1, fromLine))
                    || (rowsClosedByBars && AfterAValueCell(text, lines, l - 1, fromLine) && LoneBarFollows(text, lines, l + 1, toLine)
                        && ValuesSinceLabel(text, lines, l - 1, fromLine) == 1 && LoneBarRun(text, lines, l, fromLine, toLine) >= 4)))
            {
                var bar = text.IndexOfAny(['|', '｜'], lines[l].Start, lines[l].End - lines[l].Start);
                tokens.Add(new TableToken(TableTokenKind.EmptyCell, string.Empty, bar, bar + 1, lines[l].Index, 0, 0, 0, null));
                continue;
            }

            TokenizeLine(text, lines[l], tokens);
        }

        return tokens;
    }

    /// <summary>
    /// The lines that number the pages of a PDF's text (- 5 -, —5—): a number framed by dashes alone on its line, where
    /// the text prints at least two such lines numbered in increasing order. A table cut by a page break has its page's
    /// number between two rows (a real city's report through pdftotext -raw and pdftohtml: the - 5 - after a row's seven
    /// cells made them ten and the row unread); alone, such a line could be a row's cells (blank, 5, blank). A page of a
    /// count (3 / 10) is one the same way. A bare number (5) alone on its line is one only next to a page break (a form
    /// feed), where at least two such lines number consecutive pages: alone it is as likely the page's last cell.
    /// (Measured on the real reports and seeds with their tables cut by page breaks: one bare number taken as a cell
    /// gave 8 wrong totals in 540 texts; every number beside a break taken as a page's number read 4 cells of texts
    /// without page numbers as 0.)
    /// </summary>
    internal static HashSet<int> PageFolios(string text, IReadOnlyList<TextLine> lines) => PageFolios(text, lines, out _);

    /// <summary><see cref="PageFolios(string, IReadOnlyList{TextLine})"/>, and the line of the only bare number beside a page break, if any.</summary>
    private static HashSet<int> PageFolios(string text, IReadOnlyList<TextLine> lines, out HashSet<int> loneNumbers)
    {
        var framed = new List<(int Line, int Number)>();
        var bare = new List<(int Line, int Number)>();
        foreach (var line in lines)
        {
            var match = FramedNumber().Match(text, line.Start, line.End - line.Start);
            if (match.Success)
            {
                framed.Add((line.Index, int.Parse(match.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (BareNumber().Match(text, line.Start, line.End - line.Start) is { Success: true } number && NextToAPageBreak(text, lines, line.Index))
            {
                bare.Add((line.Index, int.Parse(number.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var folios = new HashSet<int>();
        var series = framed.Count >= 2 && framed.Zip(framed.Skip(1)).All(pair => pair.Second.Number > pair.First.Number);
        // One such line is a page's number too where a page break (a form feed, as pdftotext ends each page) stands right
        // before or after it, empty lines between allowed: an excerpt keeps only one page break.
        folios.UnionWith(framed.Select(f => f.Line).Where(l => series || NextToAPageBreak(text, lines, l)));
        // Numbers beside several page breaks that do not number pages in a row are cells (a text without page numbers
        // whose tables a cell a line run over pages); one alone is either.
        if (bare.Count >= 2 && bare.Zip(bare.Skip(1)).All(pair => pair.Second.Number == pair.First.Number + 1))
        {
            folios.UnionWith(bare.Select(b => b.Line));
        }

        loneNumbers = bare.Count == 1 ? [bare[0].Line] : [];

        return folios;
    }

    private static bool NextToAPageBreak(string text, IReadOnlyList<TextLine> lines, int at)
    {
        foreach (var step in new[] { -1, 1 })
        {
            for (var l = at + step; l >= 0 && l < lines.Count; l += step)
            {
                var content = text.AsSpan(lines[l].Start, lines[l].End - lines[l].Start);
                if (content.Contains('\f'))
                {
                    return true;
                }

                if (!content.IsWhiteSpace())
                {
                    break;
                }
            }
        }

        return text.AsSpan(lines[at].Start, lines[at].End - lines[at].Start).Contains('\f');
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[-—–－]{1,2}\s*(?<n>\d{1,4})\s*[-—–－]{1,2}|(?<n>\d{1,4})\s*[/／]\s*\d{1,4})\s*$")]
    private static partial System.Text.RegularExpressions.Regex FramedNumber();

    // Pages are numbered from 1: a lone 0 is a cell.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s\f]*(?<n>[1-9]\d{0,3})[\s\f]*$")]
    private static partial System.Text.RegularExpressions.Regex BareNumber();

    private static bool IsLoneBar(string text, TextLine line) => text.AsSpan(line.Start, line.End - line.Start).Trim() is "|" or "｜";

    /// <summary>
    /// Whether rows are closed by bars of their own anywhere in the lines: a line of bars only (||, a row's end: then a bar
    /// alone opens the next row, a real township's table 三), or a bar alone between two labels.
    /// </summary>
    private static bool RowsClosedByBars(string text, IReadOnlyList<TextLine> lines, int fromLine, int toLine)
    {
        for (var l = fromLine; l < toLine && l < lines.Count; l++)
        {
            if (CellKind(text, lines[l]) == BarredCellKind.Bars)
            {
                return true;
            }

            if (IsLoneBar(text, lines[l]) && PreviousCellKind(text, lines, l - 1, fromLine) == BarredCellKind.Label
                && NextCellKind(text, lines, l + 1, toLine) == BarredCellKind.Label)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line before <paramref name="from"/>'s next (empty lines skipped) is a label printed without any bar.</summary>
    private static bool LabelsBarBrokenOff(string text, IReadOnlyList<TextLine> lines, int from, int fromLine)
    {
        for (var l = from; l >= fromLine && l >= 0; l--)
        {
            var content = text.AsSpan(lines[l].Start, lines[l].End - lines[l].Start).Trim();
            if (content.IsEmpty)
            {
                continue;
            }

            return !content.ContainsAny("|｜") && CellKind(text, lines[l]) == BarredCellKind.Label;
        }

        return false;
    }

    /// <summary>Whether the lines before <paramref name="from"/>, past bars alone, end on a value cell (0 |).</summary>
    private static bool AfterAValueCell(string text, IReadOnlyList<TextLine> lines, int from, int fromLine) =>
        PreviousCellKind(text, lines, from, fromLine) == BarredCellKind.Value;

    private static BarredCellKind PreviousCellKind(string text, IReadOnlyList<TextLine> lines, int from, int fromLine)
    {
        for (var l = from; l >= fromLine && l >= 0; l--)
        {
            var kind = CellKind(text, lines[l]);
            if (kind != BarredCellKind.None)
            {
                return kind;
            }
        }

        return BarredCellKind.None;
    }

    private static BarredCellKind NextCellKind(string text, IReadOnlyList<TextLine> lines, int from, int toLine)
    {
        for (var l = from; l < toLine && l < lines.Count; l++)
        {
            var kind = CellKind(text, lines[l]);
            if (kind != BarredCellKind.None)
            {
                return kind;
            }
        }

        return BarredCellKind.None;
    }

    /// <summary>A line's cell: none (empty, a bar alone), a row of bars, a value (0 |, - |) or a label.</summary>
    private static BarredCellKind CellKind(string text, TextLine line)
    {
        var content = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (content.IsEmpty || IsLoneBar(text, line))
        {
            return BarredCellKind.None;
        }

        var cell = content.Trim("|｜ \t").ToString();
        return cell.Length == 0 ? BarredCellKind.Bars
            : TextShapes.TryParseValue(cell, out _, out _) || TextShapes.IsBlankCell(cell) ? BarredCellKind.Value
            : BarredCellKind.Label;
    }

    private enum BarredCellKind
    {
        None,
        Bars,
        Value,
        Label,
    }

    /// <summary>The value cells on the lines before <paramref name="from"/> back to the last label, past bars alone.</summary>
    private static int ValuesSinceLabel(string text, IReadOnlyList<TextLine> lines, int from, int fromLine)
    {
        var values = 0;
        for (var l = from; l >= fromLine && l >= 0; l--)
        {
            var kind = CellKind(text, lines[l]);
            if (kind is BarredCellKind.Label or BarredCellKind.Bars)
            {
                break;
            }

            values += kind == BarredCellKind.Value ? 1 : 0;
        }

        return values;
    }

    /// <summary>The bars alone in the run of them (empty lines between allowed) that holds line <paramref name="at"/>.</summary>
    private static int LoneBarRun(string text, IReadOnlyList<TextLine> lines, int at, int fromLine, int toLine)
    {
        var run = 0;
        for (var l = at; l >= fromLine && l >= 0 && (IsLoneBar(text, lines[l]) || text.AsSpan(lines[l].Start, lines[l].End - lines[l].Start).IsWhiteSpace()); l--)
        {
            run += IsLoneBar(text, lines[l]) ? 1 : 0;
        }

        for (var l = at + 1; l < toLine && l < lines.Count && (IsLoneBar(text, lines[l]) || text.AsSpan(lines[l].Start, lines[l].End - lines[l].Start).IsWhiteSpace()); l++)
        {
            run += IsLoneBar(text, lines[l]) ? 1 : 0;
        }

        return run;
    }

    /// <summary>Whether the next line that is not empty is a bar alone.</summary>
    private static bool LoneBarFollows(string text, IReadOnlyList<TextLine> lines, int from, int toLine)
    {
        for (var l = from; l < toLine && l < lines.Count; l++)
        {
            if (!text.AsSpan(lines[l].Start, lines[l].End - lines[l].Start).IsWhiteSpace())
            {
                return IsLoneBar(text, lines[l]);
            }
        }

        return false;
    }

    /// <summary>Whether the next line that is not a lone bar holds a value (0 |, - |) or only bars (a row's end).</summary>
    private static bool EmptyCellFollows(string text, IReadOnlyList<TextLine> lines, int from, int toLine)
    {
        for (var l = from; l < toLine && l < lines.Count; l++)
        {
            var content = text.AsSpan(lines[l].Start, lines[l].End - lines[l].Start).Trim();
            if (content.IsEmpty || IsLoneBar(text, lines[l]))
            {
                continue;
            }

            var cell = content.Trim("|｜ \t").ToString();
            return cell.Length == 0 || TextShapes.TryParseValue(cell, out _, out _) || TextShapes.IsBlankCell(cell);
        }

        return false;
    }

    /// <summary>Whether the lines print one cell per line, each with its trailing bar: at least 8 such lines, 4× the bare ones.</summary>
    private static bool BarredCells(string text, IReadOnlyList<TextLine> lines, int fromLine, int toLine)
    {
        var barred = 0;
        var bare = 0;
        for (var l = fromLine; l < toLine && l < lines.Count; l++)
        {
            var content = text.AsSpan(lines[l].Start, lines[l].End - lines[l].Start).Trim();
            if (content.Length < 2 || !content.ContainsAnyExcept("|｜"))
            {
                continue;
            }

            var bars = content.Count('|') + content.Count('｜');
            if (bars == 1 && content[^1] is '|' or '｜')
            {
                barred++;
            }
            else if (bars == 0)
            {
                bare++;
            }
        }

        return barred >= 8 && barred >= 4 * bare;
    }

    /// <summary>
    /// A markdown/pipe row: | a | b |, or with one of its outer bars left off (行政许可 | 71 | -11 | 0 |, as a real
    /// township page prints its rows), or both where the text's end cuts the row or every bar is followed by a space
    /// (html2text writes each row so: 行政许可| 396| 442| 278; read as words, a real report's 政府集中采购| 395| 73802895.90元
    /// put the amount under 采购项目数量): at least two bars. Its cells are slots like tab-separated cells.
    /// </summary>
    public static bool IsPipeRow(string text, TextLine line)
    {
        var content = text.AsSpan(line.Start, line.End - line.Start).Trim();
        return content.Length >= 2 && content.Count('|') >= 2
            && (content[0] == '|' || content[^1] == '|' || EndsTheText(text, line.End, lineBreaksToo: true) || BarsOpenSpaces(content));
    }

    private static bool BarsOpenSpaces(ReadOnlySpan<char> content)
    {
        for (var bar = content.IndexOf('|'); bar >= 0; bar = content[(bar + 1)..].IndexOf('|') is var next and >= 0 ? bar + 1 + next : -1)
        {
            if (!char.IsWhiteSpace(content[bar + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static void TokenizeLine(string text, TextLine line, List<TableToken> tokens)
    {
        if (text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace())
        {
            // Its spaces are kept (not a page break's form feed): a line holding one is a cell printed empty (TryPlaceCellPerLine).
            tokens.Add(new TableToken(TableTokenKind.EmptyLine, text[line.Start..line.End].Trim('\r', '\f'), line.Start, line.End, line.Index, 0, 0, 0, null));
            return;
        }

        // A bar alone on its line separates the cells of a table laid out one cell per line (a real township page):
        // it is no cell.
        if (!text.AsSpan(line.Start, line.End - line.Start).Trim().ContainsAnyExcept("|｜"))
        {
            return;
        }

        if (IsPipeRow(text, line))
        {
            TokenizePipeRow(text, line, tokens);
            return;
        }

        // One cell with its bar (0 |, | 规章): the cell alone.
        var trimmed = text.AsSpan(line.Start, line.End - line.Start).TrimEnd();
        if (trimmed.Count('|') == 1 && (trimmed[^1] == '|' || trimmed.TrimStart()[0] == '|'))
        {
            var bar = text.IndexOf('|', line.Start, line.End - line.Start);
            var cell = bar == line.Start + (trimmed.Length - trimmed.TrimStart().Length)
                ? new TextLine(line.Index, bar + 1, line.End)
                : new TextLine(line.Index, line.Start, bar);
            TokenizeLine(text, cell, tokens);
            return;
        }

        var slot = 0;
        var slotStart = line.Start;
        var hasTabs = text.AsSpan(line.Start, line.End - line.Start).Contains('\t');
        for (var i = line.Start; i <= line.End; i++)
        {
            if (i == line.End || text[i] == '\t')
            {
                TokenizeSlot(text, line, slot, slotStart, i, hasTabs, tokens);
                slot++;
                slotStart = i + 1;
            }
        }
    }

    private static void TokenizeSlot(string text, TextLine line, int slot, int start, int end, bool hasTabs, List<TableToken> tokens, bool isPipe = false)
    {
        var parts = new List<(int Start, int End)>();
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            var partStart = i;
            while (i < end && !IsSpace(text[i]))
            {
                i++;
            }

            parts.Add((partStart, i));
        }

        // A decimal wrapped after its point inside its cell (1283. | 570125, a narrow cell's two lines joined by a space)
        // is one number: the digits after the point alone would read as another value.
        for (var p = parts.Count - 2; p >= 0; p--)
        {
            if (parts[p + 1].Start - parts[p].End == 1 && text[parts[p].End - 1] is '.' or '．'
                && text.AsSpan(parts[p].Start, parts[p].End - parts[p].Start - 1) is { Length: > 0 } whole && !whole.ContainsAnyExceptInRange('0', '9')
                && char.IsAsciiDigit(text[parts[p + 1].Start]))
            {
                parts[p] = (parts[p].Start, parts[p + 1].End);
                parts.RemoveAt(p + 1);
            }
        }

        if (parts.Count == 0)
        {
            if (hasTabs)
            {
                tokens.Add(new TableToken(TableTokenKind.EmptySlot, string.Empty, start, end, line.Index, slot, DisplayColumn(text, line.Start, start), 0, null, isPipe));
            }

            return;
        }

        var labelStart = -1;
        var labelEnd = -1;
        var depth = 0;
        for (var p = 0; p < parts.Count; p++)
        {
            var (partStart, partEnd) = parts[p];
            var piece = text[partStart..partEnd];

            // A gap of two or more spaces is a column boundary in space-aligned exports, even inside a label whose
            // parenthetical continues on the next line (（二）部分公开（区 | 分处理的…）): a number inside an
            // open parenthesis belongs to the label only when a single space separates them.
            if (labelStart >= 0 && partStart - labelEnd >= 2)
            {
                FlushLabel();
            }

            // An open parenthesis the slot never closes is a label wrapped onto the next line (（二）部分公开（区分处理的，只计这
            // 6 0, a PDF's text laid out by position): what follows it on this line is the row's values.
            if ((depth <= 0 || !ClosesLater(text, partEnd, end)) && !IsDateNumber(p) && !IsLabelsNumber(p) && TextShapes.TryParseValue(piece, out var value, out var unit))
            {
                if (EndsTheText(text, partEnd, lineBreaksToo: isPipe))
                {
                    FlushLabel();
                    tokens.Add(new TableToken(TableTokenKind.Cut, piece, partStart, partEnd, line.Index, slot, DisplayColumn(text, line.Start, partStart), 0, null, isPipe));
                    continue;
                }

                FlushLabel();
                tokens.Add(new TableToken(TableTokenKind.Value, piece, partStart, partEnd, line.Index, slot, DisplayColumn(text, line.Start, partStart), value, unit, isPipe));
                continue;
            }

            if (depth <= 0 && TextShapes.IsBlankCell(piece))
            {
                FlushLabel();
                tokens.Add(new TableToken(TableTokenKind.Blank, piece, partStart, partEnd, line.Index, slot, DisplayColumn(text, line.Start, partStart), 0, null, isPipe));
                continue;
            }

            if (depth <= 0 && labelStart < 0 && TextShapes.IsWordedNumber(piece))
            {
                tokens.Add(new TableToken(TableTokenKind.Words, piece, partStart, partEnd, line.Index, slot, DisplayColumn(text, line.Start, partStart), 0, null, isPipe));
                continue;
            }

            // A character the page's encoding lost (? or �) before a cell's number (? 0 |, a mirror's one-cell-a-line table):
            // no R1 value, so the cell is not read, but it is a cell of its row and keeps the row's other cells in their
            // columns, as a number in words does.
            if (depth <= 0 && labelStart < 0 && IsLostCharacter(piece) && p + 1 < parts.Count
                && TextShapes.TryParseValue(text[parts[p + 1].Start..parts[p + 1].End], out _, out _)
                && !EndsTheText(text, parts[p + 1].End, lineBreaksToo: isPipe))
            {
                var (_, cellEnd) = parts[p + 1];
                tokens.Add(new TableToken(TableTokenKind.Words, text[partStart..cellEnd], partStart, cellEnd, line.Index, slot, DisplayColumn(text, line.Start, partStart), 0, null, isPipe));
                p++;
                continue;
            }

            if (labelStart < 0)
            {
                labelStart = partStart;
            }

            labelEnd = partEnd;
            foreach (var c in piece)
            {
                depth += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
            }
        }

        FlushLabel();

        // A year or day letter-spaced by a PDF (2020 年,我单位…: a sentence between a heading and its table) is words of
        // the line, no cell: a cell's number is never followed by 年, 月 or 日 a single space after it.
        // A row's numbering letter-spaced by a PDF (3 . 危 及 …) or a count inside a parenthetical whose opening a wrapped
        // label left on the line before (…信息计 1 条）) is words of the label: a cell's number is never followed, a
        // single space after it, by a full stop or 、 (numbering), nor by a piece that closes a parenthesis it did not open.
        bool IsLabelsNumber(int p) =>
            p + 1 < parts.Count && parts[p + 1].Start == parts[p].End + 1
            && (text[parts[p + 1].Start] is '.' or '．' or '、' || ClosesUnopened(text.AsSpan(parts[p + 1].Start, parts[p + 1].End - parts[p + 1].Start)));

        bool IsDateNumber(int p) =>
            p + 1 < parts.Count && parts[p + 1].Start == parts[p].End + 1 && text[parts[p + 1].Start] is '年' or '月' or '日';

        void FlushLabel()
        {
            if (labelStart >= 0)
            {
                tokens.Add(new TableToken(TableTokenKind.Label, isPipe ? WithoutCellBreaks(text[labelStart..labelEnd]) : text[labelStart..labelEnd], labelStart, labelEnd, line.Index, slot, DisplayColumn(text, line.Start, labelStart), 0, null, isPipe));
                labelStart = -1;
                labelEnd = -1;
                depth = 0;
            }
        }
    }

    /// <summary>
    /// A pipe cell's label without its in-cell line breaks ((一)予以公&lt;br&gt;开: a converter keeps a wrapped cell's lines
    /// so). Digits broken so (6&lt;br&gt;6, a narrow 总计 cell) stay as printed: one number or two, nothing shows which.
    /// </summary>
    private static string WithoutCellBreaks(string label)
    {
        var joined = CellBreak().Replace(label, string.Empty);
        return joined.Length == label.Length || joined.All(char.IsAsciiDigit) ? label : joined;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<br\s*/?>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CellBreak();

    /// <summary>A piece made only of the marks a lost character leaves (?, ？, �).</summary>
    private static bool IsLostCharacter(string piece) => piece.Length is > 0 and <= 2 && piece.All(c => c is '?' or '？' or '\uFFFD');

    private static bool ClosesUnopened(ReadOnlySpan<char> piece)
    {
        var depth = 0;
        foreach (var c in piece)
        {
            depth += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
            if (depth < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClosesLater(string text, int from, int end) => text.AsSpan(from, end - from).IndexOfAny(')', '）') >= 0;

    /// <summary>Pipe rows (PDF-to-markdown exports): cells between bars; the |---|---| rule under a header is no row.</summary>
    private static void TokenizePipeRow(string text, TextLine line, List<TableToken> tokens)
    {
        var content = text.AsSpan(line.Start, line.End - line.Start);
        var start = line.Start + (content.Length - content.TrimStart().Length);
        var end = line.End - (content.Length - content.TrimEnd().Length);

        // Without its outer bar a row's first or last cell runs to the line's end.
        var first = text[start] == '|' ? start : start - 1;
        var last = text[end - 1] == '|' ? end - 1 : end;
        var inner = text.AsSpan(first + 1, last - first - 1);
        if (!inner.ContainsAnyExcept("-:| \t"))
        {
            return;
        }

        // A rule drawn through part of a row (|总计|----|----|--|, a box-drawn table's header where a group's columns
        // begin) is no cell: its pieces are empty slots, not printed blanks — those of three dashes or more, and in a row
        // that has one, those of two (a narrow column's).
        var ruled = false;
        foreach (var piece in inner.Split('|'))
        {
            ruled |= IsRulePiece(inner[piece], 3);
        }

        var slot = 0;
        var slotStart = first + 1;
        for (var i = first + 1; i <= last; i++)
        {
            if (i == last || text[i] == '|')
            {
                if (IsRulePiece(text.AsSpan(slotStart, i - slotStart), ruled ? 2 : 3))
                {
                    tokens.Add(new TableToken(TableTokenKind.EmptySlot, string.Empty, slotStart, i, line.Index, slot, DisplayColumn(text, line.Start, slotStart), 0, null, IsPipe: true));
                    slot++;
                    slotStart = i + 1;
                    continue;
                }

                TokenizeSlot(text, line, slot, slotStart, i, hasTabs: true, tokens, isPipe: true);
                slot++;
                slotStart = i + 1;
            }
        }
    }

    private static bool IsRulePiece(ReadOnlySpan<char> cell, int least)
    {
        cell = cell.Trim();
        return cell.Length >= least && !cell.ContainsAnyExcept('-');
    }

    /// <summary>
    /// Whether nothing but spaces follows <paramref name="end"/>, no line break: the text was cut there. A PDF reader ends
    /// every page with a line break (MuPDF and PyMuPDF of a real bureau's page cut inside a bar row), so on a bar line the
    /// missing closing bar says it instead, and line breaks after the number count as spaces.
    /// </summary>
    private static bool EndsTheText(string text, int end, bool lineBreaksToo)
    {
        for (var i = end; i < text.Length; i++)
        {
            if (!IsSpace(text[i]) && text[i] != '\t' && !(lineBreaksToo && text[i] is '\n' or '\f'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0' or '\r';

    /// <summary>Where <paramref name="position"/> stands on its line as text is displayed (a hanzi two columns wide).</summary>
    internal static int DisplayColumn(string text, int lineStart, int position)
    {
        var column = 0;
        for (var i = lineStart; i < position; i++)
        {
            column += text[i] > '\u2E80' ? 2 : 1;
        }

        return column;
    }
}
