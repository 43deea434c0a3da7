using System.Text.RegularExpressions;
using Archive.Core.Metrics;

namespace Archive.Ingest.Extraction;

/// <summary>
/// Reads one standard table (二, 三 or 四) from its tokens by the template's structure (metric-dictionary.md §7):
/// row labels are matched in template order (labels may be split over lines and carry group labels in front),
/// the values after a row label are mapped by R2 (exact count), R3 (all-zero rows) and R4 (header positions: table 四's
/// single row, and a labelled row whose every value stands under a column of its own).
/// Anything else is left unplaced and reported missing.
/// </summary>
internal static partial class StandardTableReader
{
    private sealed record RowSpec(StandardTableRow Row, StandardTableSection Section, string[] Forms, string[] Cores);

    public static TableReading Read(string text, StandardTable table, IReadOnlyList<TableToken> tokens, bool pageOnOneLine = false)
    {
        var rows = new List<RowSpec>();
        foreach (var section in table.Sections)
        {
            foreach (var row in section.Rows)
            {
                var forms = new[] { row.Label }.Concat(row.LabelVariants).Where(l => l.Length > 0).Select(TextShapes.Norm).ToList();

                // A mirror converted to Taiwan's traditional wording prints 文件 as 檔案 (規範性檔案, a real bureau's copy);
                // no template label says 档案.
                forms.AddRange(forms.Where(f => f.Contains("文件", StringComparison.Ordinal)).Select(f => f.Replace("文件", "档案", StringComparison.Ordinal)).ToList());
                rows.Add(new RowSpec(row, section, [.. forms], [.. forms.Select(TextShapes.Core).Where(c => c.Length >= 4)]));
            }
        }

        var cells = new List<ReadCell>();
        var isSingleUnlabelledRow = rows.Count == 1 && rows[0].Row.Label.Length == 0;
        // Pipe rows make the table only when some hold a value beside another cell: a page that prints one cell per
        // line with its bars (0 | ||, 第二十条第(一)项 | |||, a real township's pages) is read line by line.
        var pipeRows = tokens.Where(t => t.IsPipe).GroupBy(t => t.Line)
            .Any(line => line.Any(t => t.Kind == TableTokenKind.Value) && line.Count(t => t.Kind is TableTokenKind.Value or TableTokenKind.Label or TableTokenKind.Blank or TableTokenKind.Words) >= 2);
        // So do they where a row is broken at its bars (一、本年新收… |, a bar alone on each of five lines, then | 0 | ||: an HTML
        // table flattened with a line break before each empty cell, a real district bureau's page cut after that row): its
        // value line holds one value and empty slots, yet it is a pipe row whose bars frame the cells before it.
        pipeRows = pipeRows || tokens.Any(t => t.IsPipe && t.Kind == TableTokenKind.Value && OpensWithBarsAfterALabel(text, t.Start));
        // A page on one line (crawler text) whose bars part every cell (二、… 第二十条第(一)项 | 信息内容 | … | 规章 | 0 | 0 | 0 |
        // 规范性文件 | 0 | …, a district bureau's): its one pipe line is the whole table, no row, so it is read label by label
        // as tab-parted cells are.
        var onePipeLine = pageOnOneLine && tokens.Where(t => t.IsPipe).Select(t => t.Line).Distinct().Count() == 1;
        if (!isSingleUnlabelledRow && pipeRows && !onePipeLine)
        {
            return ReadRows(text, table, rows, tokens);
        }


        var headerText = new System.Text.StringBuilder();
        var accumulated = new List<TableToken>();
        var cursor = 0;
        RowSpec? current = null;
        var values = new List<TableToken>();
        var leadingEmpty = new List<TableToken>();

        // Values before any row's label: a text export that writes a row's cells before its label (a PDF read in its
        // content order: 0 0 7 规章 77 77 166 规范性文件) would give every row its neighbour's values.
        var orphans = 0;
        var matchedAny = false;
        var orphanValues = new List<TableToken>();

        // A row whose values a position-laid-out PDF text splits over two lines, with a piece of its label or of its
        // group's label between them (（四）无法 2.没有现成信息需要另行制作 3 0 0 0 | 提供 0 0 3): the first part is held
        // until the next values show whether they continue it (HeldRowContinues).
        (RowSpec Row, List<TableToken> Values)? held = null;
        var continuedFrom = 0;

        // A PDF read in its content order writes a tall merged label after its rows' values, so rows without a label of
        // their own follow the row before them one value a line (二、上年结转 34 … 34 | 1288 … 1362 | 447 … 454 |
        // 1.属于国家秘密, a real city's WPS PDF). Such a run is held until the next row named shows whether it fills
        // exactly the rows between (RunsOn).
        (RowSpec Row, List<TableToken> Values, List<List<TableToken>> Groups)? runOn = null;

        // Table 四 printed as three tables of five (### 行政复议 / 行政诉讼（未经复议直接起诉） / 行政诉讼（复议后起诉）,
        // a PDF converted to markdown): the labels between whole groups are held until the next value shows the group.
        var groupLabels = new System.Text.StringBuilder();

        // A template row split into sub-rows of the body's own (其他对外管理服务事项, then 行政检查 0 0 0 and 行政确认 0 0 0, a real
        // district office's 2019 table 二): the first sub-row's cells are a part of the row's, not the row's own, so the row
        // is not read where its label is followed by such a sub-row's label and the row's cells by another's.
        var subRowLabels = SubRowLabels(rows, tokens);
        RowSpec? subLabelled = null;

        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TableTokenKind.Label:
                    if (isSingleUnlabelledRow && current is not null && GroupsRead(current, values) is 1 or 2)
                    {
                        groupLabels.Append(TextShapes.Norm(token.Text));
                        break;
                    }

                    if (current is not null && values.Count > 0 && current == subLabelled && subRowLabels.Contains(token.Start))
                    {
                        current = null;
                        values.Clear();
                    }

                    subLabelled = null;
                    if (current is not null && values.Count > 0 && continuedFrom == 0 && RunsOn(rows, current, values) is { } groups)
                    {
                        runOn = (current, [.. values], groups);
                        current = null;
                        values.Clear();
                    }

                    if (current is not null && values.Count > 0)
                    {
                        if (Scrambled(current, values))
                        {
                            return new TableReading(table.Id, [], [.. table.Keys()], "a row holds the values of several rows", TableShapes.Of(tokens), 0, 0, Unreadable: true);
                        }

                        var printedCells = values.Count(t => t.IsCell);
                        if (!isSingleUnlabelledRow && continuedFrom == 0 && printedCells > 0 && printedCells < current.Section.Columns.Count)
                        {
                            held = (current, [.. values]);
                        }
                        else
                        {
                            PlaceContinued(current, values);
                        }

                        current = null;
                        values.Clear();
                    }

                    // No template label holds a full stop: a sentence between the heading and the table (其中，予以公开2件，
                    // 部分公开2件…。, a PDF's paragraph on one line) ends the labels before it and names no row itself, or a
                    // row whose own label is unreadable (一 8 0 … 8, its label wrapped a character a line) takes the last
                    // result the sentence names.
                    var fullStop = token.Text.LastIndexOf('。');
                    if (fullStop >= 0)
                    {
                        accumulated.Clear();
                        if (fullStop + 1 < token.Text.Length)
                        {
                            accumulated.Add(token with { Text = token.Text[(fullStop + 1)..], Start = token.Start + fullStop + 1 });
                        }
                    }
                    else
                    {
                        accumulated.Add(token);
                    }

                    leadingEmpty.Clear();
                    headerText.Append(TextShapes.Norm(token.Text));
                    break;
                case TableTokenKind.Value:
                case TableTokenKind.Blank:
                case TableTokenKind.Words:
                case TableTokenKind.EmptyCell:
                    // A number the text ends on after a row's full count of cells, its digits the next row's numbering (…
                    // 1.属于国家秘密 0 0 0 0 0 0 0 2 at the end of an excerpt flattened onto one line, the 2 of 2.其他法律…):
                    // the next row's label begins there, as a cut number after a full row does (the Cut case below).
                    if (current is not null && token.Kind == TableTokenKind.Value && values.Count(t => t.IsCell) == current.Section.Columns.Count
                        && text.AsSpan(token.End).Trim().IsEmpty && NumbersTheNextRow(rows, current, token))
                    {
                        break;
                    }

                    if (groupLabels.Length > 0)
                    {
                        var between = groupLabels.ToString();
                        var named = GroupsRead(current!, values) == 1
                            ? between.Contains("直接起诉", StringComparison.Ordinal) || between.Contains("未经复议", StringComparison.Ordinal)
                            : between.Contains("复议后起诉", StringComparison.Ordinal);
                        groupLabels.Clear();
                        if (!named || !headerText.ToString().Contains("行政复议", StringComparison.Ordinal))
                        {
                            Place(current!, values, tokens, cells, headerText.ToString(), isSingleUnlabelledRow);
                            current = null;
                            values.Clear();
                            continue;
                        }
                    }

                    if (current is null)
                    {
                        var index = isSingleUnlabelledRow ? (cursor == 0 ? 0 : -1) : MatchRow(rows, cursor, accumulated);
                        var subRowFirst = accumulated.Count >= 2 && subRowLabels.Contains(accumulated[^1].Start);
                        if (index < 0 && !isSingleUnlabelledRow)
                        {
                            // Rows printed out of template order (行政许可 before 规章): an exact label, not yet read.
                            index = MatchEarlier(rows, cursor, accumulated, cells);
                            if (index >= 0)
                            {
                                PlaceHeld();
                                accumulated.Clear();
                                current = rows[index];
                                values.AddRange(leadingEmpty);
                                leadingEmpty.Clear();
                                values.Add(token);
                                continue;
                            }
                        }

                        if (index < 0 && held is { } wrapped && token.Kind == TableTokenKind.Value)
                        {
                            accumulated.Clear();
                            leadingEmpty.Clear();
                            current = wrapped.Row;
                            values.AddRange(wrapped.Values);
                            continuedFrom = values.Count;
                            held = null;
                            values.Add(token);
                            continue;
                        }

                        PlaceHeld();
                        accumulated.Clear();
                        if (runOn is not null && !PlaceRunOn(index))
                        {
                            return new TableReading(table.Id, [], [.. table.Keys()], "a row holds the values of several rows", TableShapes.Of(tokens), 0, 0, Unreadable: true);
                        }

                        if (index < 0)
                        {
                            if (!matchedAny && token.Kind == TableTokenKind.Value)
                            {
                                orphans++;
                                orphanValues.Add(token);
                            }

                            continue;
                        }

                        if (!matchedAny && orphans >= 2 && orphans == rows[index].Section.Columns.Count)
                        {
                            if (LostLabelRow(rows, index, tokens, orphanValues) is not { } unnamed)
                            {
                                return new TableReading(table.Id, [], [.. table.Keys()], "values printed before their row labels", TableShapes.Of(tokens), 0, 0, Unreadable: true);
                            }

                            Place(unnamed, orphanValues, tokens, cells, headerText.ToString(), positional: false);
                        }

                        matchedAny = true;
                        current = rows[index];
                        subLabelled = subRowFirst ? current : null;
                        cursor = index + 1;
                        values.AddRange(leadingEmpty);
                        leadingEmpty.Clear();
                    }

                    values.Add(token);
                    break;
                case TableTokenKind.Cut:
                    PlaceHeld();
                    // A lone 0 the text ends on, alone on its line, that fills the row's last column (行政处罚 / 0 / 0 / 0
                    // at an excerpt's end, a cell a line, a town's 2019 page): a count's digits never begin with 0
                    // (WholeZero), so it is the row's whole last cell and the row prints every column; it is placed as a
                    // table's last row is when a line break follows it.
                    if (current is not null && values.Count(t => t.IsCell) == current.Section.Columns.Count - 1
                        && values.LastOrDefault(t => t.IsCell) is { Kind: TableTokenKind.Value } previous && token.Line > previous.Line
                        && WholeZero(token, current.Section.Columns[^1]) is { } lastZero
                        && text.LastIndexOf('\n', token.Start) is var zeroLine && text.AsSpan(zeroLine + 1, token.Start - zeroLine - 1).Trim().Trim("|｜ ").IsEmpty)
                    {
                        values.Add(lastZero);
                        break;
                    }

                    // A number after a row's full count of cells begins the next row's label (a real town's page ends on
                    // the 2 of 2.其他法律行政法规禁止公开). A row the text's end cuts keeps only the cells before the cut
                    // that each close with their bar (0 |, a cell per line): where empty lines may be blank cells, nothing.
                    if (current is not null && values.Count(t => t.IsCell) < current.Section.Columns.Count)
                    {
                        if (values.Count > 0 && values.All(t => t.Kind == TableTokenKind.EmptyCell || (t.IsCell && EndsWithBar(text, t)))
                            && values.Select(t => t.Line).Distinct().Count() == values.Count)
                        {
                            // The last cell of such a row is whole where a space follows its digits (0 ␣ at the text's end:
                            // only its bar cut off, a real township's page), and it stands alone on its line.
                            var closed = WholeBeforeTheCut(text, token, values[^1], current.Section.Columns[values.Count(t => t.IsCell)]);
                            PlaceLeading(current, closed is null ? values : [.. values, closed], cells, headerText.ToString());
                        }

                        current = null;
                        values.Clear();
                        continuedFrom = 0;
                    }

                    break;
                case TableTokenKind.EmptySlot:
                    if (current is not null)
                    {
                        values.Add(token);
                    }

                    break;
                case TableTokenKind.EmptyLine:
                    if (current is not null)
                    {
                        values.Add(token);
                    }
                    else if (accumulated.Count > 0)
                    {
                        leadingEmpty.Add(token);
                    }

                    break;
            }
        }

        if (current is not null && values.Count > 0 && continuedFrom == 0 && RunsOn(rows, current, values) is { } lastGroups)
        {
            runOn = (current, [.. values], lastGroups);
            current = null;
        }

        if ((runOn is not null && !PlaceRunOn(rows.Count)) || (current is not null && values.Count > 0 && Scrambled(current, values)))
        {
            return new TableReading(table.Id, [], [.. table.Keys()], "a row holds the values of several rows", TableShapes.Of(tokens), 0, 0, Unreadable: true);
        }

        if (current is not null && values.Count > 0)
        {
            // The table's last row may be one the text's end cuts (an excerpt): nothing but spaces and line breaks after it.
            // A row whose cells each close with their bar on lines of their own, the text ending right after the last bar
            // (二、上年结转… |, then 0 | on each of four lines, a real district bureau's excerpt), is cut after that cell as a
            // row cut within a number is (the Cut case above): its cells are the row's first columns.
            if (continuedFrom == 0 && BarredRowEndsTheText(text, current, values))
            {
                PlaceLeading(current, values, cells, headerText.ToString());
                values.Clear();
            }
            else
            {
                PlaceContinued(current, values, atTheEnd: true);
            }
        }

        PlaceHeld();
        return Finish(table, tokens, cells, valueRows: tokens.Where(t => t.Kind == TableTokenKind.Value).Select(t => t.Line).Distinct().Count());

        // A held run of whole groups is placed when the next row named (or the table's end) is the row right after the
        // rows it fills; otherwise it is what it was before: one row's values, too many of them to be certain (false).
        bool PlaceRunOn(int next)
        {
            var (first, runValues, groups) = runOn!.Value;
            runOn = null;
            var at = rows.IndexOf(first);
            if (next == at + groups.Count && groups.Count > 0)
            {
                for (var g = 0; g < groups.Count; g++)
                {
                    Place(rows[at + g], groups[g], tokens, cells, headerText.ToString(), positional: false);
                }

                return true;
            }

            if (Scrambled(first, runValues))
            {
                return false;
            }

            Place(first, runValues, tokens, cells, headerText.ToString(), isSingleUnlabelledRow);
            return true;
        }

        // A held first part whose values did not continue: placed alone, as any row is.
        void PlaceHeld()
        {
            if (held is { } first)
            {
                Place(first.Row, first.Values, tokens, cells, headerText.ToString(), positional: false);
                held = null;
            }
        }

        // A row continued on the next line is placed whole when that is certain, else its first part alone.
        void PlaceContinued(RowSpec spec, List<TableToken> rowValues, bool atTheEnd = false)
        {
            var split = continuedFrom;
            continuedFrom = 0;
            if (split > 0 && !HeldRowContinues(text, spec, rowValues, split))
            {
                rowValues = rowValues.GetRange(0, split);
            }

            // Whether the text ends right after the row's last cell placed (only spaces, line breaks and the bars closing the
            // cell after it).
            var endsText = atTheEnd && rowValues.LastOrDefault(t => t.IsCell) is { } lastCell && text.AsSpan(lastCell.End).Trim("|｜ \t\r\n\f\u00A0\u3000").IsEmpty;
            Place(spec, rowValues, tokens, cells, headerText.ToString(), isSingleUnlabelledRow, endsText);
        }
    }

    /// <summary>
    /// Whether the values after a held row's label pieces complete it (see Read): together exactly its column count,
    /// every cell a number, each part on one line, the second within two lines of the first; and the order of the cells certain — every
    /// value alike, or the row's parts summing to its 总计 with every value of the first line before every value of the
    /// second (a PDF's text lays a tall row's first cells beside the label's first line; measured on six real reports
    /// printed to PDF, always its leftmost cells).
    /// </summary>
    private static bool HeldRowContinues(string text, RowSpec spec, List<TableToken> rowValues, int split)
    {
        var first = rowValues.Take(split).Where(t => t.IsCell).ToList();
        var second = rowValues.Skip(split).Where(t => t.IsCell).ToList();
        var columns = spec.Section.Columns;

        // A PDF's text in its content order: the row's first cell beside its label's first line, the label's rest, then
        // every other cell on a line of its own ((一)予以公 | 1 | 开 | 0 | 0 | 0034). Whole only with a 总计 that its parts
        // add up to, runs of digits cut the one way that gives the row its cells (RunTogether).
        var oneALine = first.Concat(second).ToList();
        if (first.Count == 1 && second.Count > 0 && columns[^1] is { KeySuffix: "total", Label: "总计" } && oneALine.All(t => t.Kind == TableTokenKind.Value))
        {
            var cells = oneALine.Count != columns.Count ? RunTogether(columns, oneALine)
                : oneALine.Select(t => t.Line).Distinct().Count() == oneALine.Count ? oneALine : null;
            if (cells is not null && TotalIsSumOfParts(columns, [.. cells.Select(t => t.Value)]))
            {
                return true;
            }
        }

        if (first.Count + second.Count != columns.Count || first.Concat(second).Any(t => t.Kind != TableTokenKind.Value)
            || first.Any(t => t.Line != first[0].Line) || second.Any(t => t.Line != second[0].Line) || second[0].Line > first[0].Line + 2)
        {
            return false;
        }

        var all = first.Concat(second).ToList();
        if (all.All(t => t.Value == all[0].Value))
        {
            return true;
        }

        return columns[^1].KeySuffix == "total"
            && all.Take(all.Count - 1).Sum(t => t.Value) == all[^1].Value
            && first.Max(t => OffsetInLine(text, t.Start)) < second.Min(t => OffsetInLine(text, t.Start));
    }

    private static int OffsetInLine(string text, int position) => position - (text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1);

    /// <summary>Whole groups of five (行政复议, then each kind of 行政诉讼) among a single row's values so far, else 0.</summary>
    private static int GroupsRead(RowSpec spec, List<TableToken> values)
    {
        var printed = values.Count(t => t.IsCell);
        var group = spec.Section.Columns.Count / 3;
        return spec.Section.Columns.Count == 15 && printed % group == 0 ? printed / group : 0;
    }

    private static TableReading Finish(StandardTable table, IReadOnlyList<TableToken> tokens, List<ReadCell> cells, int valueRows)
    {
        // An amount in 元 under a count shows the row's values shifted out of their columns (a converter that prints a
        // merged cell in every column it spans, beside a blank cell: | 政府集中采购 |  | 5120.5万元 | 5120.5万元 | read the
        // amount as 采购项目数量): the row's printed cells are unread. (A negative count is kept as printed and flagged,
        // §10 negative_count, though a shift makes one too: | 行政事业性收费 |  | -15 | -15 | gives 上一年项目数量 -15.)
        var shifted = cells.Where(c => c.State == Archive.Core.Reports.CellState.Printed && !FitsItsColumn(c)).Select(c => RowOf(c.Key)).ToHashSet(StringComparer.Ordinal);
        if (shifted.Count > 0)
        {
            cells = [.. cells.Select(c => c.State == Archive.Core.Reports.CellState.Printed && shifted.Contains(RowOf(c.Key))
                ? new ReadCell(c.Key, Archive.Core.Reports.CellState.Unread, 0, null, c.Line, null, -1, -1)
                : c)];
        }

        // A 2019 header printing the year's count (本年数量) where the template's 本年增/减 stands (上一年项目数量 | 本年数量 |
        // 处理决定数量 over 6 | 6 | 122, a real town's table 二): a count is no change, so that column stays unread.
        if (tokens.Any(t => t.Kind == TableTokenKind.Label && YearsCountLabel().IsMatch(TextShapes.Norm(t.Text).Replace(" ", string.Empty, StringComparison.Ordinal)))
            && !tokens.Any(t => t.Kind == TableTokenKind.Label && TextShapes.Norm(t.Text).Contains("增", StringComparison.Ordinal)))
        {
            cells = [.. cells.Where(c => !c.Key.EndsWith(".change", StringComparison.Ordinal))];
        }

        // §10 table_incomplete: a cell without value (blank, not applicable, lost, unplaceable).
        var found = cells.Where(c => c.State == Archive.Core.Reports.CellState.Printed).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var missing = table.Keys().Where(k => !found.Contains(k)).ToList();
        var columns = table.Sections.Max(s => s.Columns.Count);
        return new TableReading(table.Id, cells, missing, null, TableShapes.Of(tokens), valueRows, columns);
    }

    private static bool FitsItsColumn(ReadCell cell) =>
        !(cell.Unit is "元" or "万元" || (cell.Printed?.TrimEnd().EndsWith('元') ?? false)) || MetricDictionary.IsMoney(cell.Key);

    private static string RowOf(string key) => key[..key.LastIndexOf('.')];

    /// <summary>A row label matched exactly (not by its core) among rows before the cursor that have no cell yet.</summary>
    private static int MatchEarlier(List<RowSpec> rows, int cursor, List<TableToken> accumulated, List<ReadCell> cells)
    {
        if (accumulated.Count == 0)
        {
            return -1;
        }

        var text = TextShapes.Norm(string.Concat(accumulated.Select(t => t.Text)));
        for (var i = 0; i < cursor && i < rows.Count; i++)
        {
            var prefix = rows[i].Row.KeyPrefix + ".";
            if (rows[i].Forms.Any(f => text.EndsWith(f, StringComparison.Ordinal)) && !cells.Any(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Pipe tables (PDF-to-markdown): every pipe line is one row and its own cells are its label — label lines
    /// between the rows are torn off the grid in converter order and are not evidence. Labelled rows are matched in
    /// template order and anchor it; runs of rows without a label fill the template rows left between two anchors
    /// only when their count equals the count of those rows (the order of a table is its evidence). A lone number
    /// outside a pipe row (a page number) is not a row. One exception to torn-off labels: a label printed as a cell
    /// with its bar on a line of its own (行政许可 |), then one line holding only the row's values (114 | ||), then a
    /// label again: a web table flattened so (a real county bureau's page), the label is that line's.
    /// </summary>
    private static TableReading ReadRows(string text, StandardTable table, List<RowSpec> rows, IReadOnlyList<TableToken> tokens)
    {
        var header = new System.Text.StringBuilder();
        var candidates = new List<(string Label, List<TableToken> Cells, int Row, string[]? ColumnHeader)>();

        // The labels of the lines that head table 二's columns (信息内容 | 处理决定数量 | | |, or one label a line), for the
        // rows under them; a new run of lines without values begins the next header.
        string[]? columnHeader = null;
        var headerRun = new List<string>();
        var inHeaderRun = false;
        var lines = Relined(text, rows, tokens).Where(l => l.Any(t => t.Kind != TableTokenKind.EmptyLine)).ToList();

        // Candidates whose first cell after the row's label names an item (ItemNamedCells).
        var itemNamed = new List<int>();

        // The label lines since the last line of cells; whether the last of them ended with its bar (行政许可 |).
        var pendingLabel = new System.Text.StringBuilder();
        var pendingBarred = false;
        var pendingEnd = 0;

        // The pipe line that gave the last candidate, while no other line has come since (see Continues).
        List<TableToken>? lastRowLine = null;
        for (var l = 0; l < lines.Count; l++)
        {
            var lineTokens = WithBrokenTotalJoined(rows, lines[l]);
            var lastLabel = lineTokens.FindLastIndex(t => t.Kind == TableTokenKind.Label);
            var lineCells = lineTokens.Skip(lastLabel + 1).Where(t => t.Kind != TableTokenKind.Label).ToList();
            var label = WithoutYearNote(string.Concat(lineTokens.Take(lastLabel + 1).Where(t => t.Kind == TableTokenKind.Label).Select(t => TextShapes.Norm(t.Text))));
            var continued = lastRowLine;
            lastRowLine = null;

            // A row broken at its bars (一、本年新收… | 25 |, then a bar alone on each of four lines, then | 25 |: an HTML
            // table flattened with a line break before each empty cell, a real district bureau's mirror page): its cells
            // run on across the lines, and the bars between two cells leave one empty cell fewer than they count.
            if (continued is not null && label.Length == 0 && lineCells is [{ Kind: TableTokenKind.Value or TableTokenKind.Cut }, ..]
                && BarsBetween(text, candidates[^1].Cells[^1].End, lineCells[0].Start) is var gap and >= 3)
            {
                candidates[^1] = candidates[^1] with { Cells = [.. candidates[^1].Cells, .. EmptyCells(gap - 1, lineCells[0]), .. lineCells] };
                lastRowLine = lineTokens;
                continue;
            }

            if (continued is not null && Continues(lineTokens, continued, label))
            {
                // The rest of a label's cell (| | 开 |) joins its label; the rest of a value's cell (| | … | 6 | under
                // 6, for 66) leaves the row unread — one number or two, nothing shows which — unless it is table 三's
                // 总计 and only the joined number is the sum of the row's parts (WrappedTotal).
                var last = candidates[^1];
                candidates[^1] = !lineCells.Any(t => t.Kind == TableTokenKind.Value) ? last with { Label = last.Label + label }
                    : last with { Label = last.Label + label, Cells = WrappedTotal(rows, last.Cells, lineCells) ?? [] };
                continue;
            }

            if (!lineCells.Any(t => t.Kind == TableTokenKind.Value))
            {
                header.Append(label);
                if (!inHeaderRun)
                {
                    headerRun.Clear();
                    columnHeader = null;
                    inHeaderRun = true;
                }

                headerRun.AddRange(lineTokens.Where(t => t.Kind == TableTokenKind.Label).Select(t => TextShapes.Norm(t.Text)));
                if (table.Id == StandardTables.ActiveTableId && headerRun.Any(l => rows.Any(r => r.Section.Columns.Any(c => NamesColumn(c, l)))))
                {
                    columnHeader = [.. headerRun];
                }

                if (lastLabel >= 0 && lineCells.Count == 0)
                {
                    if (pendingBarred)
                    {
                        pendingLabel.Clear();
                    }

                    pendingLabel.Append(label);
                    pendingBarred = EndsWithBar(text, lineTokens[^1]);
                    pendingEnd = lineTokens[^1].End;
                }
                else
                {
                    pendingLabel.Clear();
                    pendingBarred = false;
                }

                continue;
            }

            inHeaderRun = false;

            var ownLabel = label.Length == 0 && pendingBarred && (EndsWithBar(text, lineTokens[^1]) || lineTokens[^1].Kind == TableTokenKind.Cut)
                && (l + 1 == lines.Count || !IsValuesOnly(lines[l + 1]))
                ? pendingLabel.ToString()
                : null;
            pendingLabel.Clear();
            pendingBarred = false;
            if (ownLabel is not null)
            {
                // Its label's bar and a bar alone on each line between (二、上年结转… |, six such lines, | 0 |) frame the
                // empty cells before the value, as in a row broken at its bars.
                var leading = BarsBetween(text, pendingEnd, lineCells[0].Start) is var bars and >= 3 ? EmptyCells(bars - 1, lineCells[0]) : [];
                candidates.Add((ownLabel, [.. leading, .. lineCells], -1, columnHeader));
                continue;
            }

            // A page number between dashes (— 5 —) is one number however it is framed.
            var isPipe = lineTokens[0].IsPipe;
            if (label.Length == 0 && !isPipe && lineCells.Count(t => t.Kind == TableTokenKind.Value) < 2)
            {
                continue;
            }

            if (isPipe && ItemNamedCells(table, rows, lineTokens, lastLabel) is { } itemRow)
            {
                candidates.Add((itemRow.Label, [.. itemRow.Words, .. lineCells], -1, columnHeader));
                itemNamed.Add(candidates.Count - 1);
            }
            else
            {
                candidates.Add((label, lineCells, -1, columnHeader));
            }

            lastRowLine = isPipe ? lineTokens : null;
        }

        // Table 二's row printed once per item (政府集中采购 | X区公务用车10辆 | 1530000元, then 政府集中采购 | Y项目 | 350000元…, a
        // real office's page listing each project): no line is the row's own, so none is read.
        var itemized = itemNamed.GroupBy(c => candidates[c].Label).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (itemized.Count > 0)
        {
            candidates.RemoveAll(c => itemized.Contains(c.Label));
        }

        var cursor = 0;
        var taken = new HashSet<int>();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].Label.Length == 0)
            {
                continue;
            }

            var accumulated = new List<TableToken> { new(TableTokenKind.Label, candidates[c].Label, 0, 0, 0, 0, 0, 0, null) };
            var index = MatchRow(rows, cursor, accumulated);
            if (index < 0)
            {
                index = Enumerable.Range(0, rows.Count).FirstOrDefault(i => !taken.Contains(i) && rows[i].Forms.Any(f => candidates[c].Label.EndsWith(f, StringComparison.Ordinal)), -1);
            }

            if (index >= 0 && taken.Add(index))
            {
                candidates[c] = candidates[c] with { Row = index };
                cursor = Math.Max(cursor, index + 1);
            }
        }

        // Gaps: runs of unplaced candidates between two anchors (or the table's ends) with exactly as many free rows.
        var previousAnchor = -1;
        var runStart = 0;
        for (var c = 0; c <= candidates.Count; c++)
        {
            if (c < candidates.Count && candidates[c].Row < 0)
            {
                continue;
            }

            var nextAnchor = c < candidates.Count ? candidates[c].Row : rows.Count;
            if (nextAnchor > previousAnchor)
            {
                var free = Enumerable.Range(previousAnchor + 1, nextAnchor - previousAnchor - 1).Where(i => !taken.Contains(i)).ToList();
                if (free.Count > 0 && free.Count == c - runStart)
                {
                    for (var k = 0; k < free.Count; k++)
                    {
                        candidates[runStart + k] = candidates[runStart + k] with { Row = free[k] };
                        taken.Add(free[k]);
                    }
                }

                previousAnchor = nextAnchor;
            }

            runStart = c + 1;
        }

        var cells = new List<ReadCell>();
        var headerText = header.ToString();
        var placed = candidates.Where(c => c.Row >= 0 && c.Cells.Count > 0).ToList();
        foreach (var (_, lineCells, row, columnLabels) in placed)
        {
            if (HeaderNamedColumns(rows[row].Section, columnLabels) is { } named)
            {
                PlaceUnderNamedColumns(rows[row], lineCells, named, cells, headerText);
                continue;
            }

            if (PadsMissingCells(text, rows[row].Section, lineCells))
            {
                continue;
            }

            PlaceSlots(rows[row], lineCells, tokens, cells, headerText, BarsBetween(text, lineCells[^1].End, text.Length) >= 0,
                cutEnded: lineCells[^1] is { Kind: TableTokenKind.Cut } last && last.End < text.Length && text.AsSpan(last.End).Trim(" \u3000").IsEmpty,
                othersPrintedWhole: OthersPrintedWhole(rows, placed.Where(c => c.Row != row).Select(c => (c.Cells, c.Row)), rows[row].Section));
        }

        return Finish(table, tokens, cells, candidates.Count);
    }

    /// <summary>
    /// The table's lines, a line that holds several rows cut back into them (one-line crawler text, or a page whose line
    /// breaks were lost: 一、本年新收… | 58 | … | 66 | 二、上年结转… | 2 | …): a row begins at a label after a cell. A line
    /// is cut only where two of its parts at least hold values, and not where a part's labels name two rows (5.属于三类内部
    /// 事务信息 1.本机关不掌握相关政府信息 | 1 | …, a PDF's merged labels run together): which row the values are is not
    /// certain there, and the line stays whole. A line whose one part with values is followed by labels alone that end
    /// the text (… | (一)予以公开 | 0 | … | 0 | (二)部分公开(区, an excerpt's end run onto one line: the next row's label,
    /// cut with its values) is cut there too, so that those labels do not join the row's own (see TrailsOffTheText).
    /// </summary>
    private static List<List<TableToken>> Relined(string text, List<RowSpec> rows, IReadOnlyList<TableToken> tokens)
    {
        var result = new List<List<TableToken>>();
        foreach (var line in tokens.GroupBy(t => t.Line).Select(g => g.ToList()))
        {
            var parts = new List<List<TableToken>> { new() };
            for (var t = 0; t < line.Count; t++)
            {
                if (t > 0 && line[t].Kind == TableTokenKind.Label && line[t - 1].Kind != TableTokenKind.Label && parts[^1].Count > 0)
                {
                    parts.Add([]);
                }

                parts[^1].Add(line[t]);
            }

            var split = (parts.Count(p => p.Any(t => t.Kind == TableTokenKind.Value)) >= 2 || TrailsOffTheText(text, rows, parts))
                && !parts.Any(p => NamesSeveralRows(rows, string.Concat(p.Where(t => t.Kind == TableTokenKind.Label).Select(t => TextShapes.Norm(t.Text)))));
            if (split)
            {
                result.AddRange(parts);
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    /// <summary>
    /// Whether a line's parts are one row (its label and its values) and then labels alone on which the text ends, bars,
    /// spaces and line breaks aside, that begin a template row's label or a row group's (| 0 | ||||| 三 at the text's end,
    /// … | 2 | (二)部分公开(区): a page flattened onto one line whose excerpt stops inside the next row's label. Taken with
    /// the row, the cut label made the whole line a header and the row unread. Labels that begin no row's (a note after
    /// the table) or text going on after them (values printed before their labels, a PDF's order) leave the line whole.
    /// </summary>
    private static bool TrailsOffTheText(string text, List<RowSpec> rows, List<List<TableToken>> parts)
    {
        if (parts.Count != 2 || parts[0][0].Kind != TableTokenKind.Label || !parts[0].Any(t => t.Kind == TableTokenKind.Value)
            || !parts[1].All(t => t.Kind is TableTokenKind.Label or TableTokenKind.EmptySlot)
            || text.AsSpan(parts[1][^1].End).ContainsAnyExcept("|｜ \t\r\n\u3000"))
        {
            return false;
        }

        var cut = string.Concat(parts[1].Where(t => t.Kind == TableTokenKind.Label).Select(t => TextShapes.Norm(t.Text)));
        return cut.Length > 0 && (Begun(rows, 0, cut).Any()
            || rows.Any(r => r.Row.Group is { } group && TextShapes.Norm(group).StartsWith(cut, StringComparison.Ordinal)));
    }

    private static bool NamesSeveralRows(List<RowSpec> rows, string label) =>
        rows.Count(r => r.Forms.Any(f => f.Length >= 4 && label.Contains(f, StringComparison.Ordinal))) >= 2;

    /// <summary>
    /// The columns a table-二 section's own header line names, where it names some of the template's and no others
    /// (信息内容 | 处理决定数量 | | | over a 2019 table's 第二十条第（五）项, whose template has 上一年项目数量 and 本年增/减 before
    /// it: a real district bureau's page). Null where the header names every column, none, or a label of its own: the
    /// row's cells are then placed by their positions as before.
    /// </summary>
    private static List<int>? HeaderNamedColumns(StandardTableSection section, string[]? labels)
    {
        if (labels is null || section.Columns.Count < 2)
        {
            return null;
        }

        var named = new List<int>();
        foreach (var label in labels)
        {
            var column = Enumerable.Range(0, section.Columns.Count).FirstOrDefault(c => NamesColumn(section.Columns[c], label), -1);
            if (column >= 0)
            {
                named.Add(column);
            }
            else if (label != TextShapes.Norm(section.RowHeader ?? string.Empty) && label != TextShapes.Norm(section.Heading ?? string.Empty))
            {
                return null;
            }
        }

        return named.Count > 0 && named.Count < section.Columns.Count && named.SequenceEqual(named.Distinct().Order()) ? named : null;
    }

    private static bool NamesColumn(StandardTableColumn column, string label) =>
        label == TextShapes.Norm(column.Label) || column.LabelVariants.Any(v => label == TextShapes.Norm(v));

    /// <summary>
    /// A row under a header naming only some of its section's columns: its cells, once the empty ones after them are
    /// dropped, are those columns' when they are exactly as many; otherwise where each stands is not certain and none is
    /// read. The columns the header does not print stay unread.
    /// </summary>
    private static void PlaceUnderNamedColumns(RowSpec spec, List<TableToken> rowCells, List<int> named, List<ReadCell> cells, string header)
    {
        var printed = rowCells.ToList();
        while (printed.Count > 0 && printed[^1].Kind is TableTokenKind.EmptySlot or TableTokenKind.EmptyCell)
        {
            printed.RemoveAt(printed.Count - 1);
        }

        if (printed.Count != named.Count || !printed.All(t => t.IsCell))
        {
            return;
        }

        for (var i = 0; i < named.Count; i++)
        {
            var column = spec.Section.Columns[named[i]];
            cells.Add(printed[i].Kind == TableTokenKind.Value ? Cell(spec, column, printed[i], header) : ReadCell.Mark(StandardTableSection.KeyOf(spec.Row, column), printed[i]));
        }
    }

    /// <summary>
    /// A table-二 row whose label stands alone in its cell and whose next cells hold words where the first column's count
    /// should stand (政府集中采购 | X区公务用车10辆 | 1530000元: a real office's page names the project in 采购项目数量): the
    /// label, and those words as cells of the row (not read, each keeps its column), so the amount stays under 采购总金额
    /// instead of moving into the count's column. Null when the line is no such row.
    /// </summary>
    private static (string Label, List<TableToken> Words)? ItemNamedCells(StandardTable table, List<RowSpec> rows, List<TableToken> line, int lastLabel)
    {
        if (table.Id != StandardTables.ActiveTableId || lastLabel < 1)
        {
            return null;
        }

        var labels = line.Take(lastLabel + 1).Where(t => t.Kind == TableTokenKind.Label).ToList();
        var own = TextShapes.Norm(labels[0].Text);
        if (labels.Count < 2 || labels.Skip(1).Any(t => t.Slot <= labels[0].Slot) || !rows.Any(r => r.Forms.Contains(own, StringComparer.Ordinal))
            || line.Take(lastLabel + 1).Any(t => t.Kind is not (TableTokenKind.Label or TableTokenKind.EmptySlot)))
        {
            return null;
        }

        var words = labels.Skip(1).GroupBy(t => t.Slot).Select(g => g.First() with { Kind = TableTokenKind.Words, Text = string.Concat(g.Select(t => t.Text)) }).ToList();
        return (own, words);
    }

    /// <summary>
    /// Whether a pipe line is the rest of the ruled row printed on the line before it: a converter that gives each text
    /// line of a ruled row its own pipe row prints a wrapped cell's last line under it ((一)予以公 | 2 | … then | | 开 |;
    /// 58 | … | 6 then | | … | 6 | for 66 in a narrow 总计 column; real department PDFs through a ruled-table converter).
    /// Such a line leaves the row's label cell empty or prints no numbering there, its labels stand in slots after the
    /// first, and its values stand under values of the row — at most half as many (a next row of its own prints its
    /// label and as many values).
    /// </summary>
    private static bool Continues(List<TableToken> line, List<TableToken> row, string label)
    {
        if (!line[0].IsPipe || TextShapes.NumberingOf(label).Length > 0)
        {
            return false;
        }

        var values = line.Where(t => t.Kind == TableTokenKind.Value).ToList();
        var rowValueSlots = row.Where(t => t.Kind == TableTokenKind.Value).Select(t => t.Slot).ToHashSet();
        if (values.Count == 0)
        {
            var labels = line.Where(t => t.Kind == TableTokenKind.Label).ToList();
            return labels.Count > 0 && labels.All(t => t.Slot > 0 && !rowValueSlots.Contains(t.Slot))
                && line.All(t => t.Kind is TableTokenKind.Label or TableTokenKind.EmptySlot);
        }

        return values.All(t => rowValueSlots.Contains(t.Slot)) && 2 * values.Count <= rowValueSlots.Count
            && line.All(t => t.Kind is TableTokenKind.Label or TableTokenKind.Value or TableTokenKind.EmptySlot);
    }

    /// <summary>
    /// A pipe row whose 总计 a narrow ruled column wrapped onto the next pipe row (| 58 | 7 | 0 | 0 | 1 | 0 | 6 | then
    /// | | … | 6 | for 66: a real department's PDF through a converter that gives each text line of a ruled row its own
    /// pipe row): the row with the two pieces as one number, where every one of table 三's columns is printed and the
    /// joined 总计 is the sum of the other cells; else null.
    /// </summary>
    private static List<TableToken>? WrappedTotal(List<RowSpec> rows, List<TableToken> rowCells, List<TableToken> rest)
    {
        var values = rowCells.Where(t => t.Kind == TableTokenKind.Value).ToList();
        var below = rest.Where(t => t.Kind == TableTokenKind.Value).ToList();
        var section = rows.Select(r => r.Section.Columns)
            .FirstOrDefault(c => c.Count == values.Count && c[^1] is { KeySuffix: "total", Label: "总计" });
        if (section is null || below.Count != 1 || below[0].Slot != values[^1].Slot || values.Any(t => t.Unit is not null)
            || rowCells.Any(t => t.Kind is not (TableTokenKind.Value or TableTokenKind.EmptySlot)))
        {
            return null;
        }

        var total = Joined(values[^1], below[0]);
        return total is not null && TotalIsSumOfParts(section, [.. values[..^1].Select(t => t.Value), total.Value])
            ? [.. rowCells.Select(t => ReferenceEquals(t, values[^1]) ? total : t)]
            : null;
    }

    /// <summary>
    /// The same wrap inside one pipe cell (| … | 1 | 0 | 6&lt;br&gt;6 |: a converter that keeps a ruled cell's lines joined
    /// by &lt;br&gt;, where the tokenizer leaves the digits as printed): the line with the pieces as one 总计 where
    /// <see cref="WrappedTotal"/> holds; else the line as it is.
    /// </summary>
    private static List<TableToken> WithBrokenTotalJoined(List<RowSpec> rows, List<TableToken> line)
    {
        var last = line.FindLastIndex(t => t.Kind != TableTokenKind.EmptySlot);
        var label = line.FindIndex(t => t.Kind == TableTokenKind.Label);
        if (last <= label || line[last] is not { Kind: TableTokenKind.Label, IsPipe: true } broken || BrokenDigits().Match(broken.Text) is not { Success: true } digits)
        {
            return line;
        }

        TableToken Piece(Group g) => broken with { Kind = TableTokenKind.Value, Text = g.Value, Value = decimal.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture) };
        List<TableToken> cells = [.. line.Skip(label + 1).Take(last - label - 1), Piece(digits.Groups["upper"])];
        return WrappedTotal(rows, cells, [Piece(digits.Groups["lower"])]) is { } joined ? [.. line.Take(label + 1), .. joined, .. line.Skip(last + 1)] : line;
    }

    [GeneratedRegex(@"^(?<upper>[1-9]\d*)<br\s*/?>(?<lower>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BrokenDigits();

    /// <summary>The cells of a row cut by the text's end, all printed and fewer than its columns, in its first columns.</summary>
    private static void PlaceLeading(RowSpec spec, List<TableToken> printed, List<ReadCell> cells, string header)
    {
        for (var c = 0; c < printed.Count && c < spec.Section.Columns.Count; c++)
        {
            var column = spec.Section.Columns[c];
            cells.Add(printed[c].Kind == TableTokenKind.Value ? Cell(spec, column, printed[c], header) : ReadCell.Mark(StandardTableSection.KeyOf(spec.Row, column), printed[c]));
        }
    }

    /// <summary>
    /// The number the text ends on as a whole cell: a space after its digits shows they ended, and alone on its own line
    /// after the row's last cell it is one cell of a cell-per-line table. Otherwise null (its digits may be cut). A lone 0
    /// is whole as well in a column of counts (see WholeZero), and the bar closing the cell before it may stand on its
    /// line (| 1 ␣, a real office's page whose blank cells are bars alone on their lines).
    /// </summary>
    private static TableToken? WholeBeforeTheCut(string text, TableToken cut, TableToken before, StandardTableColumn column) =>
        cut.Line > before.Line && (cut.End < text.Length && text[cut.End] is ' ' or '\u3000' || WholeZero(cut, column) is not null)
        && text.LastIndexOf('\n', cut.Start) is var lineStart && text.AsSpan(lineStart + 1, cut.Start - lineStart - 1).Trim().Trim("|｜ ").IsEmpty
            ? AsWhole(cut)
            : null;

    /// <summary>A cut number known to have ended, as the value it prints; null when it is no number.</summary>
    private static TableToken? AsWhole(TableToken cut) =>
        TextShapes.TryParseValue(cut.Text, out var value, out var unit) ? cut with { Kind = TableTokenKind.Value, Value = value, Unit = unit } : null;

    /// <summary>
    /// The number the text ends on read as a cell when it is a lone 0 in a column of counts: a count's digits never begin
    /// with 0, so a cut cannot have taken any (6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 at an excerpt's end, a real
    /// street's page); a money column's 0 may be the start of 0.35. Otherwise null.
    /// </summary>
    private static TableToken? WholeZero(TableToken cut, StandardTableColumn column) =>
        cut.Kind == TableTokenKind.Cut && cut.Text.Trim() == "0" && column.KeySuffix != "amount"
            ? cut with { Kind = TableTokenKind.Value, Value = 0, Unit = null }
            : null;

    /// <summary>
    /// The bars between two positions when nothing else but spaces and line breaks stands there (a row's cells framed by
    /// bars across lines); -1 otherwise.
    /// </summary>
    private static int BarsBetween(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        return between.ContainsAnyExcept("|｜ \t\r\n\u3000") ? -1 : between.Count('|') + between.Count('｜');
    }

    /// <summary>Empty cells framed by bars before <paramref name="next"/>, on its line.</summary>
    private static IEnumerable<TableToken> EmptyCells(int count, TableToken next) =>
        Enumerable.Repeat(new TableToken(TableTokenKind.EmptyCell, string.Empty, next.Start, next.Start, next.Line, 0, 0, 0, null, IsPipe: true), count);

    /// <summary>
    /// Whether a row's cells, two at least and fewer than its columns less one, each stand on a line of their own closed
    /// by its bar, and nothing but bars, spaces and line breaks follows the last (0 |, 0 |, 0 |, 0 | at an excerpt's end).
    /// A row one cell short is left to the rules for a row missing a cell (R3).
    /// </summary>
    private static bool BarredRowEndsTheText(string text, RowSpec spec, List<TableToken> values) =>
        values.Count >= 2 && values.Count < spec.Section.Columns.Count - 1
        && values.All(t => t.Kind == TableTokenKind.EmptyCell || (t.IsCell && EndsWithBar(text, t)))
        && values.Select(t => t.Line).Distinct().Count() == values.Count
        && values.Any(t => t.Kind == TableTokenKind.Value)
        && !text.AsSpan(values[^1].End).ContainsAnyExcept("|｜ \t\r\n\u3000");

    /// <summary>
    /// The labels that may name a body's own sub-row of a template row (行政检查, 行政确认 under 其他对外管理服务事项): a label of
    /// two to twelve characters, no digit, naming no row of the table nor holding a header's words, followed by two cells at
    /// least (values, blanks or numbers in words) before the next label.
    /// </summary>
    private static HashSet<int> SubRowLabels(List<RowSpec> rows, IReadOnlyList<TableToken> tokens)
    {
        var starts = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TableTokenKind.Label)
            {
                continue;
            }

            var norm = TextShapes.Norm(tokens[i].Text);
            if (norm.Length is < 2 or > 12 || norm.Any(char.IsAsciiDigit) || norm.Any(c => c is '(' or ')' or '|' or '｜')
                || SubRowHeaderWords().IsMatch(norm) || MatchRow(rows, 0, [tokens[i]]) >= 0)
            {
                continue;
            }

            var cellsAfter = 0;
            for (var j = i + 1; j < tokens.Count && tokens[j].Kind != TableTokenKind.Label; j++)
            {
                cellsAfter += tokens[j].IsCell ? 1 : 0;
            }

            if (cellsAfter >= 2)
            {
                starts.Add(tokens[i].Start);
            }
        }

        return starts;
    }

    [GeneratedRegex("第.{1,3}条|信息内容|数量|件数|金额|总计|合计|小计|申请|自然人|法人|组织|企业|机构|其他|项目|增/?减|情况|结果|公开")]
    private static partial Regex SubRowHeaderWords();

    /// <summary>Whether the line a token ends ends with a bar after it (行政许可 |, 114 | ||).</summary>
    private static bool EndsWithBar(string text, TableToken last)
    {
        var lineEnd = text.IndexOf('\n', last.End);
        var rest = text.AsSpan(last.End, (lineEnd < 0 ? text.Length : lineEnd) - last.End).Trim();
        return rest.Length > 0 && rest[^1] is '|' or '｜';
    }

    /// <summary>A line of cells only (values, blanks, empty slots), one of them a value.</summary>
    private static bool IsValuesOnly(List<TableToken> line) => line.All(t => t.IsCell || t.Kind == TableTokenKind.EmptySlot) && line.Any(t => t.Kind == TableTokenKind.Value);

    /// <summary>A row's cells in slot order: exactly the column count (after trailing empty slots) maps by position.</summary>
    /// <summary>
    /// Whether the other rows of a section each print every one of its cells as a value, two rows at least: a table that
    /// merges no cell, so a row cut after its first value has that value in its first column.
    /// </summary>
    private static bool OthersPrintedWhole(List<RowSpec> rows, IEnumerable<(List<TableToken> Cells, int Row)> others, StandardTableSection section)
    {
        var same = others.Where(o => rows[o.Row].Section == section).ToList();
        return same.Count >= 2 && same.All(o => o.Cells.Count(t => t.Kind == TableTokenKind.Value) == section.Columns.Count
            && o.Cells.All(t => t.Kind is TableTokenKind.Value or TableTokenKind.EmptySlot));
    }

    /// <summary>
    /// Whether a pipe row's value opens its line after one bar, and the lines above it, past bars alone (one at least),
    /// end on a label closed by its bar (一、本年新收… |, then | alone on each of five lines, then | 0 | ||).
    /// </summary>
    private static bool OpensWithBarsAfterALabel(string text, int valueStart)
    {
        var lineStart = valueStart == 0 ? 0 : text.LastIndexOf('\n', valueStart - 1) + 1;
        if (text.AsSpan(lineStart, valueStart - lineStart).Trim() is not "|" and not "｜")
        {
            return false;
        }

        var bars = 0;
        for (var end = lineStart - 1; end > 0;)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            var line = text.AsSpan(start, end - start).Trim();
            if (line is "|" or "｜")
            {
                bars++;
                end = start - 1;
                continue;
            }

            if (line.IsEmpty)
            {
                end = start - 1;
                continue;
            }

            var cell = line[..^1].Trim();
            return bars >= 1 && line[^1] is '|' or '｜' && !cell.IsEmpty && !cell.ContainsAny('|', '｜')
                && !TextShapes.TryParseValue(cell.ToString(), out _, out _) && !TextShapes.IsBlankCell(cell.ToString());
        }

        return false;
    }

    /// <summary>Whether <paramref name="number"/>'s digits are the numbering of the template row after <paramref name="row"/> (2 before 2.其他法律…).</summary>
    private static bool NumbersTheNextRow(List<RowSpec> rows, RowSpec row, TableToken number)
    {
        var next = rows.IndexOf(row) + 1;
        return next > 0 && next < rows.Count && rows[next].Section == row.Section
            && TextShapes.NumberingOf(TextShapes.Norm(rows[next].Row.Label)).TrimEnd('.', '、', '．') is { Length: > 0 } numbering
            && numbering == number.Text.Trim();
    }

    /// <summary>
    /// Whether a pipe row's values are fewer than its columns and the rest of the row is a run of bars with nothing
    /// between them after its last cell (一、本年新收… | 3 | 3 | |||||||, a crawler's rendering that pads every row to the
    /// table's widest with such bars, its cells otherwise spaced within their bars): the run stands for cells the row does
    /// not have, not for blank cells in the columns after its values, so which columns the values are is not certain. A
    /// blank cell is printed between its bars (| |), and a row printing all its columns (| 0 | … | 0 | ||) is whole.
    /// </summary>
    private static bool PadsMissingCells(string text, StandardTableSection section, List<TableToken> rowCells)
    {
        var last = rowCells.FindLastIndex(t => t.Kind != TableTokenKind.EmptySlot);
        if (last < 0 || last + 1 >= rowCells.Count || !rowCells[0].IsPipe || last + 1 >= section.Columns.Count
            || !rowCells.Any(t => t.Kind == TableTokenKind.Value)
            || rowCells.Take(last + 1).Any(t => t.Kind == TableTokenKind.Value && (t.Start == 0 || text[t.Start - 1] != ' ')))
        {
            return false;
        }

        return rowCells.Skip(last + 1).Count(t => t.Start == t.End) >= 2;
    }

    private static void PlaceSlots(RowSpec spec, List<TableToken> rowCells, IReadOnlyList<TableToken> allTokens, List<ReadCell> cells, string header, bool endsText, bool cutEnded = false, bool othersPrintedWhole = false)
    {
        var columns = spec.Section.Columns;

        // A row the text's end cuts (6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0, an excerpt of a real street's page): the
        // cells before the cut, each closed by its bar, are the row's first columns when all of them are printed; the cut
        // cell and those after it are unread.
        var cut = rowCells.FindIndex(t => t.Kind == TableTokenKind.Cut);

        // So is a row the text ends right after a bar (7.属于行政执法案卷 | 0 | 0 | 0 | 0 | , another excerpt): cut after its
        // last cell. Two cells at least: a lone value there may be a merged row's only one; one short of the columns, the
        // rules for a row missing one cell still apply (R3: six zeros make the seventh 0).
        // A lone value there too where the section's other rows each print all their cells as values (4.保护第三方合法权益 | 1 |
        // at an excerpt's end, under rows of seven values each, a real district bureau's page): no merged row prints so.
        if (cut < 0 && endsText && (rowCells.Count >= 2 || (othersPrintedWhole && rowCells is [{ Kind: TableTokenKind.Value }]))
            && rowCells.Count < columns.Count - 1)
        {
            cut = rowCells.Count;
        }

        if (cut >= 0)
        {
            // On a page flattened onto one line a blank cell is its bars with a space between (| 1 | | | | | | 1 at an
            // excerpt's end, a district bureau's mirror whose blank cells stood one bar a line): a cell of its row too, where
            // the row's first cell is printed, so that no merged label's empty column stands before it.
            if (cut < columns.Count && rowCells.Take(cut).All(t => t.IsCell || (rowCells[0].Kind == TableTokenKind.Value && t.Kind == TableTokenKind.EmptySlot && t.IsPipe && t.End > t.Start)))
            {
                // The cut number itself is the next column's cell when it is a lone 0 of a count (see WholeZero), or when a
                // space after its digits, the text's last character, shows they ended (| 1 ␣ at an excerpt's end: only the
                // bar is cut). Not a space before line breaks: a PDF reader ends every line so, cut or not.
                var leading = rowCells.GetRange(0, cut);
                if (cut < rowCells.Count && WholeZero(rowCells[cut], columns[cut]) is { } zero)
                {
                    leading.Add(zero);
                }
                else if (cut == rowCells.Count - 1 && cutEnded && AsWhole(rowCells[cut]) is { } whole)
                {
                    leading.Add(whole);
                }

                PlaceLeading(spec, leading, cells, header);
            }

            return;
        }

        var slots = rowCells.ToList();

        // More slots than columns with empty ones at both ends (| 二、上年结转… | | | | | 0 | 0 | | | |: a converter that
        // fills a merged label's columns with empty cells): which empties are the label's is not certain, so the header's
        // column positions place the values, or nothing does. Only a row on a line of its own under a header that gives
        // every column's position: elsewhere (a page flattened onto one line, its rows closed by | ||) the empties after
        // the row's last value are taken as its end, as before.
        var leadingEmpty = slots.TakeWhile(t => t.Kind == TableTokenKind.EmptySlot).Count();
        var trailingEmpty = slots.AsEnumerable().Reverse().TakeWhile(t => t.Kind == TableTokenKind.EmptySlot).Count();
        var excess = slots.Count - columns.Count;
        if (excess > 0 && leadingEmpty > 0 && trailingEmpty > 0 && Math.Min(leadingEmpty, excess) + Math.Min(trailingEmpty, excess) > excess
            && rowCells.All(t => t.Line == rowCells[0].Line) && !allTokens.Any(t => t.Line == rowCells[0].Line && t.Kind == TableTokenKind.Label && t.Start > rowCells[0].Start)
            && PlaceByHeaderPositions(spec, rowCells, allTokens, cells, header, strict: true))
        {
            return;
        }

        while (slots.Count > columns.Count && slots[^1].Kind == TableTokenKind.EmptySlot)
        {
            slots.RemoveAt(slots.Count - 1);
        }

        // Merged label cells leave empty slots between a row's label and its first value.
        while (slots.Count > columns.Count && slots[0].Kind == TableTokenKind.EmptySlot)
        {
            slots.RemoveAt(0);
        }

        if (columns.Count == 7 && slots.Count == 8 && header.Contains("小计", StringComparison.Ordinal))
        {
            slots.RemoveAt(6);
        }

        if (slots.Count == columns.Count)
        {
            // The same empty slot is a blank first cell or a merged label's second column over a row whose last value
            // is lost ((六)其他处理 | | 4 | 0 | 0 | 0 | 0 | 0, an office suite's PDF that clipped the row's 总计): taken
            // as a blank, the row is certain only when its 总计 is still the sum of its other cells.
            if (slots[0].Kind == TableTokenKind.EmptySlot && !TotalIsSumOfParts(columns, [.. slots.Select(t => t.Kind == TableTokenKind.Value ? t.Value : 0)]))
            {
                return;
            }

            for (var c = 0; c < columns.Count; c++)
            {
                var key = StandardTableSection.KeyOf(spec.Row, columns[c]);
                cells.Add(slots[c].Kind == TableTokenKind.Value ? Cell(spec, columns[c], slots[c], header) : ReadCell.Mark(key, slots[c]));
            }

            return;
        }

        Place(spec, rowCells, allTokens, cells, header, positional: false);
    }

    /// <summary>
    /// Whether table 三's 总计 column holds the sum of the applicants' columns, a blank counting 0 (true for a section
    /// without one: table 二's 对外公开总数量 is no sum).
    /// </summary>
    private static bool TotalIsSumOfParts(IReadOnlyList<StandardTableColumn> columns, decimal[] values)
    {
        var total = columns.Count - 1;
        return columns[total] is not { KeySuffix: "total", Label: "总计" } || values[total] == values.Take(total).Sum();
    }

    private static int MatchRow(List<RowSpec> rows, int cursor, List<TableToken> accumulated)
    {
        if (accumulated.Count == 0)
        {
            return -1;
        }

        // The labels gathered since the last values may hold rows that printed nothing (an empty row of a web page's
        // table): the values belong to the row whose label ends last, not to the first one named (a real 2019 report
        // put 三类内部事务信息's 5 under 其他法律行政法规禁止公开 that way).
        var accumulatedText = WithoutYearNote(DigitComma().Replace(string.Concat(accumulated.Select(t => TextShapes.Norm(t.Text))), "$1."));
        var (byForm, formEnd) = LatestNamed(rows, cursor, accumulatedText, row => row.Forms);
        if (byForm >= 0)
        {
            return NamesLaterSection(rows, byForm, accumulatedText[formEnd..]) ? -1 : byForm;
        }

        var lastCore = TextShapes.Core(TextShapes.Norm(accumulated[^1].Text));
        var numbering = TextShapes.NumberingOf(TextShapes.Norm(accumulated[^1].Text)).TrimEnd('.', '、');
        var (byCore, coreEnd) = LatestNamed(rows, cursor, accumulatedText, row => row.Cores);
        if (byCore >= 0)
        {
            return NamesLaterSection(rows, byCore, accumulatedText[coreEnd..]) ? -1 : byCore;
        }

        // `pdftotext -layout` prints a wrapped row's group label on its values' line, the row's first piece above it
        // ((一)予以公 | 三、本年度办理结果 2 1 0000 3 | 开; 1.属于国家 | (三)不予公开 0 0 0000 0 | 秘密): that piece is read
        // by the rules below as if it were last, the group passed over.
        if (accumulated.Count >= 2 && (lastCore.Length > 3 || numbering.Length == 0) && IsGroupLabel(rows, cursor, TextShapes.Norm(accumulated[^1].Text)))
        {
            lastCore = TextShapes.Core(TextShapes.Norm(accumulated[^2].Text));
            numbering = TextShapes.NumberingOf(TextShapes.Norm(accumulated[^2].Text)).TrimEnd('.', '、');
        }

        // A label split over lines with the values on its first part (seed 001: 3.补正后申请内 | 容仍不明确).
        if (lastCore.Length >= 4)
        {
            for (var i = cursor; i < rows.Count; i++)
            {
                if (rows[i].Forms.Any(f => TextShapes.Core(f).StartsWith(lastCore, StringComparison.Ordinal)))
                {
                    return i;
                }
            }

            // A label printed with characters missing (a real county's 2023 and 2024 PDFs both print
            // 2.其他法律行政止公开, the PDF's own letters): only the next row in template order, with the same numbering,
            // and only when the printed core is that row's core with characters left out, in order, most of them kept.
            if (cursor < rows.Count
                && rows[cursor].Forms.Any(f => TextShapes.NumberingOf(f).TrimEnd('.', '、') == numbering && LostCharacters(lastCore, TextShapes.Core(f))))
            {
                return cursor;
            }

            // A long label printed with one character wrong (行政事业型收费, a real township's page): the row whose label
            // it is but for that one character, from the cursor on, only when no other label of the table is as close.
            if (lastCore.Length >= 5)
            {
                var close = Enumerable.Range(0, rows.Count)
                    .Where(i => rows[i].Forms.Any(f => OneCharacterOff(lastCore, TextShapes.Core(f))
                        && (numbering.Length == 0 || TextShapes.NumberingOf(f).TrimEnd('.', '、') == numbering)))
                    .ToList();
                if (close.Count == 1 && close[0] >= cursor)
                {
                    return close[0];
                }
            }
        }

        // A wrapped label's first piece of one to three characters with its numbering ((一)予以公 | 2 | 开 | 1 …, a PDF's
        // text in its content order; 3.危 0 0 … | 及“三 | 安全, a narrow label column of an office suite's PDF) names the
        // one row from the cursor on with that numbering whose core begins so.
        if (lastCore.Length is >= 1 and <= 3 && numbering.Length > 0)
        {
            var begun = Enumerable.Range(cursor, Math.Max(0, rows.Count - cursor)).Where(i => rows[i].Forms.Any(f =>
                TextShapes.NumberingOf(f).TrimEnd('.', '、') == numbering && TextShapes.Core(f).StartsWith(lastCore, StringComparison.Ordinal))).ToList();
            if (begun.Count == 1)
            {
                return begun[0];
            }
        }

        return MatchWrapped(rows, cursor, accumulated);
    }

    /// <summary>
    /// A label a PDF's text wraps over lines with its group's label between the pieces and its values beside a middle
    /// piece (1.申请人无正当理由逾期不补 | 正、行政机关 1 0 0 0 0 0 1 | 不再处理…; 2.申请人逾期未按收费通知要 | 处理 求缴纳费用、
    /// with the group's 处理 in front): from a numbering on, each later piece that continues a row's label is joined and
    /// a short one (at most six characters: 处理, 三、本年度) that does not is passed over. The row is the only one from
    /// the cursor whose label begins with the joined text, with at least six characters and half of that label after the
    /// numbering (1.申请人无 / 正当理由 is too little to be sure of the row). A numbering printed alone under its label
    /// makes a whole label with the piece before it.
    /// </summary>
    private static int MatchWrapped(List<RowSpec> rows, int cursor, List<TableToken> accumulated)
    {
        // A single space joins pieces into one label token (他处理 费通知要求缴纳费: the group's and the row's): apart here.
        var pieces = accumulated.SelectMany(t => t.Text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
            .Select(piece => DigitComma().Replace(TextShapes.Norm(piece), "$1.")).ToList();
        for (var p = pieces.Count - 1; p >= 0; p--)
        {
            foreach (var numbering in TextShapes.NumberingsIn(pieces[p]).Reverse())
            {
                string? joined = pieces[p][numbering.Index..];
                for (var q = p + 1; q < pieces.Count && joined is not null; q++)
                {
                    var longer = joined + pieces[q];
                    joined = Begun(rows, cursor, longer).Any() ? longer : pieces[q].Length <= 6 ? joined : null;
                }

                if (joined is not null && Begun(rows, cursor, joined).ToList() is [var row]
                    && rows[row].Forms.Any(f => f.StartsWith(joined, StringComparison.Ordinal) && TextShapes.Core(joined).Length >= Math.Max(6, (TextShapes.Core(f).Length + 1) / 2)))
                {
                    return row;
                }
            }

            // The numbering alone under its label, beside the values (其他 | 3. 1 0 0 0 0 0 1): the two make a whole label.
            if (p > 0 && TextShapes.NumberingOf(pieces[p]).Length == pieces[p].Length)
            {
                var whole = pieces[p] + pieces[p - 1];
                var named = Enumerable.Range(cursor, Math.Max(0, rows.Count - cursor)).Where(i => rows[i].Forms.Contains(whole, StringComparer.Ordinal)).ToList();
                if (named is [var row])
                {
                    return row;
                }
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> is the spanning label of a row from <paramref name="cursor"/> on (三、本年度办理结果).</summary>
    private static bool IsGroupLabel(List<RowSpec> rows, int cursor, string text) =>
        rows.Skip(cursor).Any(r => r.Row.Group is { } group && TextShapes.Norm(group) == text);

    /// <summary>The rows from <paramref name="cursor"/> on whose label (in any of its forms) begins with <paramref name="text"/>.</summary>
    private static IEnumerable<int> Begun(List<RowSpec> rows, int cursor, string text) =>
        Enumerable.Range(cursor, Math.Max(0, rows.Count - cursor)).Where(i => rows[i].Forms.Any(f => f.StartsWith(text, StringComparison.Ordinal)));

    /// <summary>The row from <paramref name="cursor"/> on named in <paramref name="text"/> whose name ends last (the first such row on a tie), or -1.</summary>
    /// <summary>
    /// Whether the labels after a row's name hold a later section's heading or one of its own columns: values read there
    /// belong to that section, whose row label a PDF read in its content order prints after them (行政事业性收费 | 第二十条
    /// 第（九）项 信息内容 采购项目数量 采购总金额 | 6 | 251000元 | 政府集中采购, an office suite's PDF through pdftotext), not to
    /// the row named before the heading.
    /// </summary>
    private static bool NamesLaterSection(List<RowSpec> rows, int index, string after)
    {
        var own = rows[index].Section;
        var ownColumns = own.Columns.SelectMany(c => c.LabelVariants.Prepend(c.Label)).Select(TextShapes.Norm).ToHashSet();
        return rows.Skip(index + 1).Select(r => r.Section).Distinct().Where(s => s != own).Any(s =>
            (s.Heading is { Length: > 0 } heading && after.Contains(TextShapes.Norm(heading), StringComparison.Ordinal))
            || s.Columns.SelectMany(c => c.LabelVariants.Prepend(c.Label)).Select(TextShapes.Norm)
                .Any(label => label.Length > 0 && !ownColumns.Contains(label) && after.Contains(label, StringComparison.Ordinal)));
    }

    private static (int Index, int End) LatestNamed(List<RowSpec> rows, int cursor, string text, Func<RowSpec, string[]> names)
    {
        var inNote = InsideParentheses(text);
        var best = -1;
        var bestEnd = -1;
        for (var i = cursor; i < rows.Count; i++)
        {
            foreach (var name in names(rows[i]))
            {
                var at = text.LastIndexOf(name, StringComparison.Ordinal);
                while (at > 0 && (inNote[at] || NamedAside(text, at, name.Length)))
                {
                    at = text.LastIndexOf(name, at - 1, StringComparison.Ordinal);
                }

                if (at >= 0 && !inNote[at] && !NamedAside(text, at, name.Length) && at + name.Length > bestEnd)
                {
                    best = i;
                    bestEnd = at + name.Length;
                }
            }
        }

        return (best, bestEnd);
    }

    /// <summary>
    /// Whether the name at <paramref name="at"/> is named aside, not as the row: an item of a list (…行政给付、行政处罚、
    /// 行政强制、行政检查…: a note's kinds on a line of its own, a text browser's box table printing the row's values
    /// beside it) or what a note excepts (除规范性文件以外的…); a row's own label is never either, and a 、 after a
    /// numbering (三、本年度办理结果) opens a label, not a list.
    /// </summary>
    private static bool NamedAside(string text, int at, int length) =>
        (at > 0 && text[at - 1] == '除')
        || (at + length < text.Length && text[at + length] == '、')
        || (at > 0 && text[at - 1] == '、' && !NumberingBefore().IsMatch(text.AsSpan(0, at - 1)));

    [GeneratedRegex(@"(?:^|[^\u4E00-\u9FFF])[一二三四五六七八九十\d]{1,3}$")]
    private static partial Regex NumberingBefore();

    /// <summary>
    /// The characters inside a label's parenthetical note: a row named there is not the row printed (其他对外管理服务事项（指
    /// 行政许可以外的…行政处罚、行政强制…）, a real report's 2019 labels). None when the parentheses do not balance.
    /// </summary>
    private static bool[] InsideParentheses(string text)
    {
        var inside = new bool[text.Length];
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            inside[i] = depth > 0;
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth < 0)
            {
                return new bool[text.Length];
            }
        }

        return depth == 0 ? inside : new bool[text.Length];
    }

    /// <summary>Whether <paramref name="printed"/> is <paramref name="label"/> with exactly one character replaced by another.</summary>
    private static bool OneCharacterOff(string printed, string label)
    {
        if (printed.Length != label.Length)
        {
            return false;
        }

        var differ = 0;
        for (var i = 0; i < printed.Length && differ <= 1; i++)
        {
            differ += printed[i] == label[i] ? 0 : 1;
        }

        return differ == 1;
    }

    /// <summary>Whether <paramref name="printed"/> is <paramref name="label"/> with some characters (at most a third) left out.</summary>
    private static bool LostCharacters(string printed, string label)
    {
        if (printed.Length >= label.Length || printed.Length * 3 < label.Length * 2)
        {
            return false;
        }

        var at = 0;
        foreach (var c in label)
        {
            if (at < printed.Length && printed[at] == c)
            {
                at++;
            }
        }

        return at == printed.Length;
    }

    /// <summary>
    /// A row's values as whole groups of its column count, two or more, for it and the template rows right after it (see
    /// Read's runOn), else null. Certain only as a grid read one value a line: every value a number on a line of its
    /// own, the same number of empty lines between any two, the rows after it of the same columns, and where the last
    /// column is 总计 every group's other values summing to it (a column's value misplaced breaks the sum).
    /// </summary>
    private static List<List<TableToken>>? RunsOn(List<RowSpec> rows, RowSpec spec, List<TableToken> rowTokens)
    {
        var columns = spec.Section.Columns;
        var at = rows.IndexOf(spec);
        var cellTokens = rowTokens.Where(t => t.Kind != TableTokenKind.EmptyLine).ToList();
        var groupCount = cellTokens.Count / columns.Count;
        if (groupCount < 2 || cellTokens.Count % columns.Count != 0 || cellTokens.Any(t => t.Kind != TableTokenKind.Value)
            || cellTokens.Select(t => t.Line).Distinct().Count() != cellTokens.Count || columns[^1].KeySuffix != "total"
            || at + groupCount > rows.Count || rows.Skip(at).Take(groupCount).Any(r => r.Section.Columns.Count != columns.Count))
        {
            return null;
        }

        // The empty lines between consecutive values: one count throughout (0 or a separator line), never a blank cell.
        var gaps = new HashSet<int>();
        var gap = 0;
        foreach (var token in rowTokens.SkipWhile(t => t.Kind == TableTokenKind.EmptyLine).Skip(1))
        {
            if (token.Kind == TableTokenKind.EmptyLine)
            {
                gap++;
                continue;
            }

            gaps.Add(gap);
            gap = 0;
        }

        var groups = cellTokens.Chunk(columns.Count).Select(g => g.ToList()).ToList();
        return gaps.Count <= 1 && groups.All(g => g.Take(g.Count - 1).Sum(t => t.Value) == g[^1].Value) ? groups : null;
    }

    /// <summary>
    /// A row followed by more than two rows' worth of values, not all zeros: the text lost the table's order (a PDF
    /// read in its content order gave 上年结转 seventeen values, 22 and 20 among them), so no row of it is certain.
    /// </summary>
    private static bool Scrambled(RowSpec spec, List<TableToken> rowTokens)
    {
        var numbers = rowTokens.Where(t => t.Kind == TableTokenKind.Value).ToList();
        return numbers.Count > 2 * spec.Section.Columns.Count && numbers.Any(t => t.Value != 0);
    }

    /// <summary>
    /// The row whose label was printed as spaces (a page that lost its 规章: 现行有效件数 / ␣␣ / 0 / 0 / 0 / 行政规范性文件 / 0 …, a
    /// real town's page): values before the table's first named row are that row's when they fill exactly its section's
    /// columns, the row named is its section's second, the first row's label is printed nowhere in the table, the values
    /// follow nothing but a line of spaces (its label's cell) after the header, and nothing but the named row's label
    /// stands between them and its values. Else null: the values are the named row's own, printed before its label (a PDF's
    /// content order), and the table stays unread.
    /// </summary>
    private static RowSpec? LostLabelRow(List<RowSpec> rows, int named, IReadOnlyList<TableToken> tokens, List<TableToken> orphanValues)
    {
        if (named < 1 || rows[named - 1].Section != rows[named].Section || !ReferenceEquals(rows[named - 1].Section.Rows[0], rows[named - 1].Row))
        {
            return null;
        }

        var unnamed = rows[named - 1];
        if (tokens.Any(t => t.Kind == TableTokenKind.Label && unnamed.Forms.Any(f => TextShapes.Norm(t.Text).Contains(f, StringComparison.Ordinal))))
        {
            return null;
        }

        var first = IndexOf(tokens, orphanValues[0]);
        var last = IndexOf(tokens, orphanValues[^1]);
        var label = -1;
        for (var i = first - 1; i >= 0 && label < 0; i--)
        {
            label = tokens[i].Kind == TableTokenKind.Label ? i : -1;
        }

        var spaces = Enumerable.Range(label + 1, first - label - 1).Any(i => tokens[i].Kind == TableTokenKind.EmptyLine && tokens[i].Text.Length > 0);
        var between = Enumerable.Range(first, last - first + 1).All(i => tokens[i].Kind is TableTokenKind.Value or TableTokenKind.EmptyLine);
        var afterRun = tokens.Skip(last + 1).TakeWhile(t => t.Kind != TableTokenKind.Value).Where(t => t.Kind == TableTokenKind.Label).ToList();
        var onlyItsLabel = afterRun.Count > 0 && afterRun.All(t => rows[named].Forms.Any(f => f.Contains(TextShapes.Norm(t.Text), StringComparison.Ordinal) || TextShapes.Norm(t.Text).Contains(f, StringComparison.Ordinal)));
        // A page flattened onto one line (the header's last label, the run and the named row's label on one physical line)
        // keeps no line of spaces: the flattening dropped it, so its absence says nothing there, and the named row printing
        // its own values after its label decides. With its line breaks, a page without that line stays unread (a 14th-round
        // judgment: the values may be the named row's own, printed before its label).
        var oneLine = label >= 0 && afterRun.Count > 0 && tokens[label].Line == tokens[first].Line && tokens[last].Line == afterRun[^1].Line;
        return label >= 0 && (spaces || (oneLine && NamedRowFilled(tokens, last, rows[named]))) && between && onlyItsLabel ? unnamed : null;
    }

    /// <summary>
    /// Whether the row named after a run of values prints its own full count of values after its label (… 现行有效件数 0 0 0
    /// 行政规范性文件 0 0 0 第二十条第…, a real town's lost-label page flattened onto one line, where the line of spaces that was
    /// the 规章 label's cell is gone): its values follow its label, so the run before it is not its own printed first (a
    /// PDF's content order gives the named row no values after its label) but the row above it whose label was lost.
    /// </summary>
    private static bool NamedRowFilled(IReadOnlyList<TableToken> tokens, int lastOrphan, RowSpec named)
    {
        var i = lastOrphan + 1;
        while (i < tokens.Count && tokens[i].Kind is TableTokenKind.Label or TableTokenKind.EmptyLine)
        {
            i++;
        }

        var values = 0;
        for (; i < tokens.Count && tokens[i].Kind is not TableTokenKind.Label; i++)
        {
            if (tokens[i].Kind == TableTokenKind.Value)
            {
                values++;
            }
            else if (tokens[i].Kind != TableTokenKind.EmptyLine)
            {
                return false;
            }
        }

        return values == named.Section.Columns.Count;
    }

    private static int IndexOf(IReadOnlyList<TableToken> tokens, TableToken token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Equals(token))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Place(RowSpec spec, List<TableToken> rowTokens, IReadOnlyList<TableToken> allTokens, List<ReadCell> cells, string header, bool positional, bool endsText = false)
    {
        var columns = spec.Section.Columns;
        var printed = rowTokens.Where(t => t.IsCell).ToList();
        var numbers = printed.Where(t => t.Kind == TableTokenKind.Value).ToList();
        var firstLine = printed[0];

        // Some reports print a 小计 column after the five 法人或其他组织 columns; it is not a template cell.
        if (columns.Count == 7 && printed.Count == 8 && header.Contains("小计", StringComparison.Ordinal))
        {
            printed.RemoveAt(6);
        }

        // Bars alone after a row whose numbers already fill its columns (政府集中采购 |, 0 |, 0 |, then five bars alone
        // before table 三's heading: a county bureau's page whose other rows print no such bars) are no cells of the row:
        // a row has no more cells than its columns, and its numbers stand first. Only bars alone after every number, and
        // only where the numbers are exactly the columns (a row with fewer numbers than columns keeps its bars as cells).
        if (printed.Count > columns.Count && printed.Take(columns.Count).All(t => t.Kind == TableTokenKind.Value)
            && printed.Skip(columns.Count).All(t => t.Kind == TableTokenKind.EmptyCell))
        {
            printed = printed.GetRange(0, columns.Count);
        }

        if (printed.Count < columns.Count && RunTogether(columns, printed) is { } apart)
        {
            printed = apart;
        }
        else if (printed.Count == columns.Count + 1 && SpacedApart(columns, printed) is { } joined)
        {
            printed = joined;
        }

        if (printed.Count == columns.Count)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                cells.Add(printed[c].Kind == TableTokenKind.Value
                    ? Cell(spec, columns[c], printed[c], header)
                    : ReadCell.Mark(StandardTableSection.KeyOf(spec.Row, columns[c]), printed[c]));
            }

            return;
        }

        if (positional && PipeSlots(columns, rowTokens) is { } pipeSlots)
        {
            PlaceWithBlanks(spec, pipeSlots, cells, header);
            return;
        }

        if (TryPlaceCellPerLine(spec, rowTokens, printed, allTokens, cells, header, endsText))
        {
            return;
        }

        if (TryPlaceBySign(spec, rowTokens, printed, cells, header))
        {
            return;
        }

        // A row of zeros one cell short: whichever cell is missing is 0 too where every column stands in a 总计's sum
        // (tables 三 and 四). Table 二's 对外公开总数量 is no sum: 规章 | 0 | 0, its last cell dropped by the page, may be 7.
        // On one line of slots (tabs or bars) the first value, with no empty slot before it, is the first column and the
        // others stand as many slots on (行政许可 | 0 | | 0 |: 上一年项目数量 and 处理决定数量); the rest stays unread.
        if (numbers.Count == printed.Count && numbers.Count >= columns.Count - 1 && numbers.All(t => t.Value == 0))
        {
            var summed = columns.Any(c => c.Label == "总计");
            if (!summed && printed[0].Slot > 0)
            {
                var line = printed[0].Line;
                var labelSlot = allTokens.Where(t => t.Line == line && t.Kind == TableTokenKind.Label && t.Start < printed[0].Start).Select(t => t.Slot).DefaultIfEmpty(-1).Max();
                if (printed.All(t => t.Line == line) && printed[^1].Slot - printed[0].Slot < columns.Count
                    && !allTokens.Any(t => t.Kind == TableTokenKind.EmptySlot && t.Line == line && t.Slot > labelSlot && t.Slot < printed[0].Slot))
                {
                    foreach (var token in printed)
                    {
                        cells.Add(Cell(spec, columns[token.Slot - printed[0].Slot], token, header));
                    }
                }

                return;
            }

            // Laid out by position (pdftotext -layout), the header's columns say where the blank cell stands.
            if (!summed && PlaceByHeaderPositions(spec, rowTokens, allTokens, cells, header, strict: false))
            {
                return;
            }

            // A row of table 二 the text's end cuts (规范性文件, 0, 0, then nothing: a county bureau's page excerpt) may have
            // lost a cell that was not 0: no sum forces it, so the row stays unread.
            if (!summed && endsText)
            {
                return;
            }

            foreach (var column in columns)
            {
                cells.Add(Cell(spec, column, firstLine, header));
            }

            return;
        }

        if (!PlaceByHeaderPositions(spec, rowTokens, allTokens, cells, header, strict: !positional) && TabSlots(columns, rowTokens) is { } tabSlots)
        {
            PlaceWithBlanks(spec, tabSlots, cells, header);
        }
    }

    /// <summary>
    /// A row whose narrow last cells a PDF's text runs together into one number (58 | 7 | 0 | 0002 for 0 0 0 2, pdftotext
    /// of real county PDFs): a count never prints a leading zero, so a printed number of digits that begins with 0 is
    /// several cells. It is split only where that is certain: every cell a number on a line of its own (or the whole row on
    /// one line, as `pdftotext -layout` prints it), and exactly one way of splitting the runs (each piece 0 or without a
    /// leading zero) that gives the row its column count — with table 三's 总计 equal to the sum of its parts; elsewhere
    /// only runs of zeros, which split one way alone. A row that is one run (0000000) is no such row: nothing shows where
    /// its cells stand, and it stays unread.
    /// </summary>
    private static List<TableToken>? RunTogether(IReadOnlyList<StandardTableColumn> columns, List<TableToken> printed)
    {
        static bool IsRun(TableToken t) => t.Text.Length is >= 2 and <= 12 && t.Text[0] == '0' && t.Text.All(char.IsAsciiDigit);
        var hasTotal = columns[^1] is { KeySuffix: "total", Label: "总计" };
        // pdftotext may keep the 总计 on the last run's line (1.属于国家 | 0 | 秘密 | 0 | 0000 0): that pair counts as one line.
        // `pdftotext -layout` keeps the whole row on one line (2 0 0 0002): there the spaces part the cells just as well.
        var lines = printed.Select(t => t.Line).Distinct().Count();
        var totalBesideRun = hasTotal && printed.Count >= 3 && printed[^1].Line == printed[^2].Line && IsRun(printed[^2]);
        if (printed.Count < 2 || !printed.Any(IsRun) || printed.Any(t => t.Kind != TableTokenKind.Value) || (lines != 1 && lines != printed.Count - (totalBesideRun ? 1 : 0))
            || (!hasTotal && printed.Any(t => IsRun(t) && t.Text.Any(c => c != '0'))))
        {
            return null;
        }

        var found = new List<List<TableToken>>();
        Extend(0, []);
        return found.Count == 1 ? found[0] : null;

        void Extend(int index, List<TableToken> sofar)
        {
            if (found.Count > 1 || sofar.Count > columns.Count)
            {
                return;
            }

            if (index == printed.Count)
            {
                if (sofar.Count == columns.Count && TotalIsSumOfParts(columns, [.. sofar.Select(t => t.Value)]))
                {
                    found.Add(sofar);
                }

                return;
            }

            var token = printed[index];
            if (!IsRun(token))
            {
                Extend(index + 1, [.. sofar, token]);
                return;
            }

            foreach (var pieces in Pieces(token.Text))
            {
                Extend(index + 1, [.. sofar, .. pieces.Select(p => token with { Text = p, Value = decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture) })]);
            }
        }
    }

    /// <summary>
    /// A cell whose digits a PDF prints apart: spaced in its tab slot (… 1 | 0 | 6 6 for 66, a real district's PDF through
    /// Archive's reader), or table 三's 总计 wrapped in its narrow column with its last digits alone on a later line (58 7 0
    /// 0 1 0 6 | 6 for 66, MuPDF's, PyMuPDF's and pdf.js's text of a real department's PDF). The two pieces are one number
    /// where the row then has its column count and its 总计 is the sum of its parts; nothing else decides it.
    /// </summary>
    private static List<TableToken>? SpacedApart(IReadOnlyList<StandardTableColumn> columns, List<TableToken> printed)
    {
        if (columns[^1] is not { KeySuffix: "total", Label: "总计" } || printed.Any(t => t.Kind != TableTokenKind.Value || t.Unit is not null))
        {
            return null;
        }

        // A slot of tab text is one cell, so the one slot holding two numbers is one; without tabs only the 总计's wrap.
        var tabbed = printed.All(t => t.Slot != 0);
        var shared = tabbed
            ? Enumerable.Range(0, printed.Count - 1).Where(i => printed[i].Line == printed[i + 1].Line && printed[i].Slot == printed[i + 1].Slot).ToList()
            : printed.All(t => t.Slot == 0) && printed[^1].Line > printed[^2].Line ? [printed.Count - 2] : [];
        if (shared.Count != 1)
        {
            return null;
        }

        var at = shared[0];
        if (Joined(printed[at], printed[at + 1]) is not { } one)
        {
            return null;
        }

        List<TableToken> row = [.. printed[..at], one, .. printed[(at + 2)..]];
        return TotalIsSumOfParts(columns, [.. row.Select(t => t.Value)]) ? row : null;
    }

    /// <summary>Two printed pieces of one number (6 and 6 for 66) as one value token; null where they cannot be one.</summary>
    private static TableToken? Joined(TableToken first, TableToken second)
    {
        var digits = first.Text + second.Text;
        return digits.All(char.IsAsciiDigit) && digits[0] != '0'
            ? first with { Text = digits, End = second.End, Value = decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) }
            : null;
    }

    /// <summary>Every way to cut <paramref name="digits"/> into numbers as a table prints them: 0, or digits not led by 0.</summary>
    private static IEnumerable<List<string>> Pieces(string digits)
    {
        if (digits.Length == 0)
        {
            yield return [];
            yield break;
        }

        for (var length = 1; length <= (digits[0] == '0' ? 1 : digits.Length); length++)
        {
            foreach (var rest in Pieces(digits[length..]))
            {
                yield return [digits[..length], .. rest];
            }
        }
    }

    /// <summary>
    /// One cell per line with blank cells as empty lines (HTML tables flattened to text): when every printed cell of
    /// the row is on its own line, the empty lines among them are its blank cells. Counted with the empty lines
    /// inside the row, then with those before or after it (not both: a separator line is not a cell), the row must
    /// have exactly the template's column count; else nothing is placed by this rule. An empty line at the end of a
    /// row of zeros may be a separator, so such a row is left to R3.
    /// </summary>
    private static bool TryPlaceCellPerLine(RowSpec spec, List<TableToken> rowTokens, List<TableToken> printed, IReadOnlyList<TableToken> allTokens, List<ReadCell> cells, string header, bool endsText)
    {
        var columns = spec.Section.Columns;
        if (printed.Count >= columns.Count || printed.Count == 0 || !rowTokens.Any(t => t.Kind == TableTokenKind.EmptyLine)
            || rowTokens.Any(t => t.Kind == TableTokenKind.EmptySlot) || printed.Select(t => t.Line).Distinct().Count() != printed.Count
            || printed.Any(t => t.Slot > 0))
        {
            // A cell in a tab slot stands on its row's line, where the slots, not the empty lines, say its column
            // (政府集中采购 | | 5120.5万元, then an empty line: not the 采购项目数量).
            return false;
        }

        var sequence = rowTokens.Where(t => t.IsCell || t.Kind == TableTokenKind.EmptyLine).ToList();

        // MuPDF writes a cell printed as a space (a web page's &nbsp; kept in its PDF) as a line of that space and ends
        // each block of a row with a truly empty line: in a row showing both, the truly empty lines at its ends are
        // separators, not cells (a real 2019 report's table 三, 15 rows of a cell and six spaced lines).
        var spaced = sequence.Any(t => t.Kind == TableTokenKind.EmptyLine && t.Text.Length > 0);
        if (spaced)
        {
            static bool Bare(TableToken t) => t.Kind == TableTokenKind.EmptyLine && t.Text.Length == 0;
            sequence = [.. sequence.SkipWhile(Bare).Reverse().SkipWhile(Bare).Reverse()];

            // A page that closes every cell, the spaced blank ones too, with a truly empty line (行政许可, gap, " 63", gap,
            // " ", gap, " ": a flattened HTML table whose empty cells hold &nbsp;) shows its separators as every other
            // line: without them, the cells and the spaced lines are the row's columns in order.
            if (Enumerable.Range(0, sequence.Count).All(i => Bare(sequence[i]) == (i % 2 == 1))
                && sequence.Count(t => !Bare(t)) == columns.Count)
            {
                var slotsApart = sequence.Where(t => !Bare(t)).ToList();
                if (TotalsHold(columns, slotsApart))
                {
                    PlaceWithBlanks(spec, slotsApart, cells, header);
                    return true;
                }
            }
        }

        var first = sequence.FindIndex(t => t.Kind != TableTokenKind.EmptyLine);
        var last = sequence.FindLastIndex(t => t.Kind != TableTokenKind.EmptyLine);
        var inner = sequence.GetRange(first, last - first + 1);
        var leading = first;
        var trailing = sequence.Count - 1 - last;

        // A PDF read in content order (pdftotext) leaves one empty line after every paragraph, label and cell alike:
        // a row spaced so (label, gap, 0, gap, 0, gap) holds no blank cell, and a column may come later in the text (a
        // real 2022 report's 现行有效件数 after both rows), so its empty lines say nothing of its columns.
        // So is such a row the text's end cuts after its last empty line, or the next label follows without one (no
        // trailing separator): its cells alternate with single empty lines, and a blank cell would show as three. Where
        // the text ends right after it (an excerpt of a real county bureau's page: 二、上年结转… 0, gap, 0, gap, 0, gap, 0,
        // gap, end), its printed cells are the row's first columns.
        if (leading == 1 && Enumerable.Range(0, inner.Count).All(i => (inner[i].Kind == TableTokenKind.EmptyLine) == (i % 2 == 1)))
        {
            if (endsText && trailing <= 2 && printed.All(t => t.Kind == TableTokenKind.Value))
            {
                PlaceLeading(spec, printed, cells, header);
                return true;
            }

            return false;
        }

        List<TableToken>? slots = null;
        if (inner.Count == columns.Count)
        {
            slots = inner;
        }
        else if (!spaced && !endsText && trailing == 1 && leading >= 2 && leading - 1 + printed.Count == columns.Count
            && Enumerable.Range(0, inner.Count).All(i => (inner[i].Kind == TableTokenKind.EmptyLine) == (i % 2 == 1))
            && LabelsCloseTheirParagraphs(allTokens))
        {
            // A flattened HTML table whose printed cell ends its paragraph (the cell, then an empty line) while a blank cell
            // leaves one empty line alone (一、本年新收…, gap, six empty lines, " 0", gap, then the next row: a street office's
            // page whose table 二 alternates every cell with one empty line): the label's gap, then the blank cells, then
            // the printed ones each closed by its gap. Only where the printed cells close the row and the next row follows,
            // and the count is exactly the columns: a page spacing every cell, blank ones too, shows k blank cells before m
            // printed ones as 2k + 1 empty lines, which counts 2k + m cells here, never the columns unless none is blank.
            // And only where the table's labels too end their paragraphs: a page printing a cell a line without gaps
            // (merged cells printed as empty lines) gives the same count with the empties of another meaning.
            slots = [.. sequence.GetRange(1, leading - 1), .. printed];
        }
        else if (!spaced && leading == 1 && trailing == 1 && WithBlanksBetween(inner) is { } separated && separated.Count == columns.Count
            && PrintedSumTheTotals(columns, separated) && LabelsCloseTheirParagraphs(allTokens))
        {
            // A page closing every cell with one empty line, a blank cell printed as one more (一、本年新收…, gap, 103, gap, 3,
            // gap, gap, gap, 1, gap, gap, 107, gap: a district bureau's 2022 table 三 from a flattened page): the runs between
            // the printed cells, one line each less, are the blank cells, so the row is 103, 3, two blanks, 1, a blank and
            // 107. Only where the count is the columns and the printed cells sum to the row's printed total: a page
            // printing cells without gaps would read otherwise, and the total says which reading is the row's.
            slots = separated;
        }
        else if (!spaced && printed.All(t => t.Kind == TableTokenKind.Value && t.Value == 0))
        {
            // An empty line at a row's end may be a separator: a row of zeros is left to R3 (seed 001 prints one).
            return false;
        }
        else if (inner.Count + leading == columns.Count && trailing == 0)
        {
            slots = sequence;
        }
        else if (trailing > 0 && !CellsFollow(allTokens, rowTokens[^1]))
        {
            // Empty lines after the table's last row are the page's paragraph break, no blank cells (table 四's one row,
            // a cell a line with a blank cell dropped: fourteen values and the break would give 总计 a blank and shift
            // every value after the dropped cell).
            return false;
        }
        else if (inner.Count + trailing == columns.Count && leading == 0)
        {
            slots = sequence;
        }

        if (slots is null || slots.Count != columns.Count || !TotalsHold(columns, slots))
        {
            return false;
        }

        PlaceWithBlanks(spec, slots, cells, header);
        return true;
    }

    /// <summary>
    /// The row's cells where each printed cell is closed by one empty line and a blank cell adds one more: the run of
    /// empty lines between two printed cells, less one, is the blank cells between them. Null where two printed cells
    /// touch or no run holds a blank cell (then the row is the plain alternation read elsewhere).
    /// </summary>
    private static List<TableToken>? WithBlanksBetween(List<TableToken> inner)
    {
        var cells = new List<TableToken>();
        var run = new List<TableToken>();
        var blanks = false;
        foreach (var token in inner)
        {
            if (token.Kind == TableTokenKind.EmptyLine)
            {
                run.Add(token);
                continue;
            }

            if (cells.Count > 0)
            {
                if (run.Count == 0)
                {
                    return null;
                }

                cells.AddRange(run.Skip(1));
                blanks |= run.Count > 1;
            }

            cells.Add(token);
            run.Clear();
        }

        return blanks ? cells : null;
    }

    /// <summary>
    /// Whether every 总计 column of the row is printed and equals the sum of its printed parts (a blank part adding
    /// nothing): the columns of its group before it, or every column before it where it has no group (table 三's).
    /// </summary>
    private static bool PrintedSumTheTotals(IReadOnlyList<StandardTableColumn> columns, List<TableToken> slots)
    {
        var checkedAny = false;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Label != "总计")
            {
                continue;
            }

            var start = c;
            while (start > 0 && (columns[c].Group is null || columns[start - 1].Group == columns[c].Group))
            {
                start--;
            }

            var parts = slots.GetRange(start, c - start).Where(t => t.Kind == TableTokenKind.Value).ToList();
            if (slots[c].Kind != TableTokenKind.Value || parts.Count == 0 || parts.Sum(t => t.Value) != slots[c].Value)
            {
                return false;
            }

            checkedAny = true;
        }

        return checkedAny;
    }

    /// <summary>Whether most of the table's labels (four in five, three at least) are each followed by an empty line.</summary>
    private static bool LabelsCloseTheirParagraphs(IReadOnlyList<TableToken> allTokens)
    {
        var labels = 0;
        var closed = 0;
        for (var i = 0; i < allTokens.Count; i++)
        {
            if (allTokens[i].Kind == TableTokenKind.Label)
            {
                labels++;
                closed += i + 1 < allTokens.Count && allTokens[i + 1].Kind == TableTokenKind.EmptyLine ? 1 : 0;
            }
        }

        return labels >= 3 && closed * 5 >= labels * 4;
    }

    /// <summary>Whether the table goes on after <paramref name="last"/> (more than empty lines follow it).</summary>
    private static bool CellsFollow(IReadOnlyList<TableToken> allTokens, TableToken last) =>
        IndexOf(allTokens, last) is var at and >= 0 && allTokens.Skip(at + 1).Any(t => t.Kind != TableTokenKind.EmptyLine);

    /// <summary>
    /// A 2019 table 二 row of 上一年项目数量 / 本年增/减 / 处理决定数量 printing two of its three cells, one cell per line with
    /// no blank cell shown (行政许可, 19, +4: a real district bureau's page): the signed number is 本年增/减, the only column
    /// whose cells carry a sign, so the unsigned one is the column on its side (before it 上一年项目数量, after it 处理决定数量)
    /// and the third cell is blank. Not where both or neither carry a sign, nor where the row's cells share a line (their
    /// positions say more there).
    /// </summary>
    private static bool TryPlaceBySign(RowSpec spec, List<TableToken> rowTokens, List<TableToken> printed, List<ReadCell> cells, string header)
    {
        var columns = spec.Section.Columns;
        if (columns.Count != 3 || columns[0].KeySuffix != "prev_items" || columns[1].KeySuffix != "change" || columns[2].KeySuffix != "decisions"
            || printed.Count != 2 || printed.Any(t => t.Kind != TableTokenKind.Value) || printed[0].Line == printed[1].Line
            || rowTokens.Any(t => t.Kind == TableTokenKind.EmptySlot || t.IsPipe))
        {
            return false;
        }

        static bool Signed(TableToken t) => t.Text.TrimStart() is ['+' or '-' or '＋' or '－', ..];
        var (first, second) = (Signed(printed[0]), Signed(printed[1]));
        if (first == second)
        {
            return false;
        }

        var placed = first ? new[] { (Column: 1, Token: printed[0]), (Column: 2, Token: printed[1]) } : [(0, printed[0]), (1, printed[1])];
        foreach (var (column, token) in placed)
        {
            cells.Add(Cell(spec, columns[column], token, header));
        }

        return true;
    }

    /// <summary>A row's cells one per column, an empty line or slot a blank cell.</summary>
    private static void PlaceWithBlanks(RowSpec spec, List<TableToken> slots, List<ReadCell> cells, string header)
    {
        var columns = spec.Section.Columns;
        for (var c = 0; c < columns.Count; c++)
        {
            var key = StandardTableSection.KeyOf(spec.Row, columns[c]);
            cells.Add(slots[c].Kind switch
            {
                TableTokenKind.Value => Cell(spec, columns[c], slots[c], header),
                TableTokenKind.Blank or TableTokenKind.Words => ReadCell.Mark(key, slots[c]),
                _ => new ReadCell(key, Archive.Core.Reports.CellState.Blank, 0, null, slots[c].Line, null, -1, -1),
            });
        }
    }

    /// <summary>
    /// Table 四's single row as one pipe row whose blank cells are empty slots (| 5 | | | 2 | 7 | 8 | | | 1 | 9 | | | | | |,
    /// a real office's ruled PDF through a converter that printed each header line as its own row, 结果 | 结果 over 维持 |
    /// 纠正, so no leaf label gives a position): exactly as many slots as columns, all on the row's line, every one a
    /// value or empty, and each group's 总计 holding against its cells.
    /// </summary>
    private static List<TableToken>? PipeSlots(IReadOnlyList<StandardTableColumn> columns, List<TableToken> rowTokens)
    {
        var slots = rowTokens.Where(t => t.Kind != TableTokenKind.EmptyLine).ToList();
        return slots.Count == columns.Count && slots.All(t => t.IsPipe && t.Line == slots[0].Line && t.Kind is TableTokenKind.Value or TableTokenKind.EmptySlot)
            && TotalsHold(columns, slots)
            ? slots
            : null;
    }

    /// <summary>
    /// A row of tab slots whose header gives no column positions (a crawler's innerText of a page's table: spans are not
    /// repeated, so 自然人 | 法人或其他组织 | 总计 stand in other slots than the cells under them): exactly as many slots as
    /// columns, consecutive on the row's line, each a value, a printed blank or empty, and each group's 总计 holding.
    /// </summary>
    private static List<TableToken>? TabSlots(IReadOnlyList<StandardTableColumn> columns, List<TableToken> rowTokens)
    {
        var slots = rowTokens.Where(t => t.Kind != TableTokenKind.EmptyLine).ToList();
        return slots.Count == columns.Count && slots.All(t => !t.IsPipe && t.Slot > 0 && t.Line == slots[0].Line && (t.IsCell || t.Kind == TableTokenKind.EmptySlot))
            && Enumerable.Range(1, slots.Count - 1).All(i => slots[i].Slot == slots[i - 1].Slot + 1)
            && TotalsHold(columns, slots)
            ? slots
            : null;
    }

    /// <summary>
    /// Whether each group's 总计 placed by counting lines (table 四's 行政复议, 未经复议直接起诉, 复议后起诉) holds against
    /// the group's cells before it: no smaller than any of them, and their sum where none is blank. A converter that drops
    /// some blank cells and keeps others (html-to-text: 5 | ␣ | 2 | 7, a real 2019 page's table 四) still gives a row's
    /// line count, but puts a 总计 where it cannot be one.
    /// </summary>
    private static bool TotalsHold(IReadOnlyList<StandardTableColumn> columns, List<TableToken> slots)
    {
        var start = 0;
        for (var c = 1; c < columns.Count; c++)
        {
            if (columns[c].Group != columns[c - 1].Group)
            {
                start = c;
                continue;
            }

            if (columns[c].Label != "总计" || slots[c].Kind != TableTokenKind.Value)
            {
                continue;
            }

            var parts = slots.GetRange(start, c - start);
            if (parts.Any(t => t.Kind == TableTokenKind.Value && t.Value > slots[c].Value)
                || (parts.All(t => t.Kind == TableTokenKind.Value) && parts.Sum(t => t.Value) != slots[c].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// R4: the leaf column labels of the header lines give the column positions (tab slots, or display columns in
    /// space-aligned text); each value goes to the column at its position. For table 四's single row as described;
    /// for a labelled row (<paramref name="strict"/>) only by tab slots and only when every value stands exactly under
    /// a column of its own — a web page's table with empty cells (a real 2019 report: 258 | 12 | &amp;nbsp; | &amp;nbsp; |
    /// 1 | 1) — else nothing of the row is placed. Strictly, an empty slot between values is a blank cell; columns after
    /// the row's last slot are left unread (the page layout drops trailing empty cells, a text export may lose them).
    /// Returns whether the header gave every column's position: the row is then placed by them or, where its values do
    /// not stand under them, left unread.
    /// </summary>
    private static bool PlaceByHeaderPositions(RowSpec spec, List<TableToken> rowTokens, IReadOnlyList<TableToken> allTokens, List<ReadCell> cells, string header, bool strict)
    {
        var columns = spec.Section.Columns;
        rowTokens = [.. rowTokens.Where(t => t.Kind != TableTokenKind.EmptyLine)];
        var valueLine = rowTokens.First(t => t.IsCell).Line;

        // The empty slots a labelled row collects run on into the next row's leading slots.
        rowTokens = strict ? [.. rowTokens.Where(t => t.Kind != TableTokenKind.EmptySlot || t.Line == valueLine)] : rowTokens;
        if (rowTokens.Any(t => t.Line != valueLine))
        {
            return false;
        }

        var leafLabels = columns.Select(c => TextShapes.Norm(c.Label)).ToHashSet(StringComparer.Ordinal);
        var headerLeaves = allTokens.Where(t => t.Kind == TableTokenKind.Label && t.Line < valueLine && leafLabels.Contains(TextShapes.Norm(t.Text))).ToList();
        var byTabs = rowTokens.Any(t => t.Slot > 0);
        if (byTabs)
        {
            headerLeaves.AddRange(WrappedLeaves(allTokens, valueLine, leafLabels, headerLeaves));
        }

        var positions = headerLeaves.Select(t => byTabs ? t.Slot : t.Column).Distinct().Order().ToList();
        if (positions.Count != columns.Count || !InColumnOrder(columns, headerLeaves, byTabs))
        {
            return false;
        }

        var values = rowTokens.Where(t => t.Kind == TableTokenKind.Value).ToList();
        if (strict && (!byTabs || values.Count == 0 || values.Select(t => positions.IndexOf(t.Slot)).Distinct().Count() != values.Count || values.Any(t => !positions.Contains(t.Slot))))
        {
            return true;
        }

        // Space-aligned values are placed only where each stands under a column of its own: two under one column, or one
        // under none, say the row's spacing is not the header's (cells joined by a fixed two spaces), and any placing is a
        // guess.
        if (!byTabs && values.Select(t => Nearest(positions, t.Column)).ToList() is var nearest
            && (nearest.Contains(-1) || nearest.Distinct().Count() != nearest.Count))
        {
            return true;
        }

        var lastSlot = rowTokens.Max(t => t.Slot);
        var filled = new bool[columns.Count];
        foreach (var token in rowTokens.Where(t => t.Kind == TableTokenKind.Value))
        {
            var position = byTabs ? token.Slot : token.Column;
            var index = byTabs ? positions.IndexOf(position) : Nearest(positions, position);
            if (index >= 0 && !filled[index])
            {
                filled[index] = true;
                cells.Add(Cell(spec, columns[index], token, header));
            }
        }

        // Positions read and nothing printed under a header column: the cell is blank (seed 001's 行政复议 cells).
        if (byTabs)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (!filled[c] && !(strict && positions[c] > lastSlot))
                {
                    cells.Add(new ReadCell(StandardTableSection.KeyOf(spec.Row, columns[c]), Archive.Core.Reports.CellState.Blank, 0, null, valueLine, null, -1, -1));
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A leaf label a narrow header cell wraps over two lines in one tab slot (自然 | 人 under 申请人情况, a PDF's tab text):
    /// the two pieces, on consecutive lines in the same slot and nothing else there, make the label where together they
    /// are one the header lacks.
    /// </summary>
    private static IEnumerable<TableToken> WrappedLeaves(IReadOnlyList<TableToken> allTokens, int valueLine, HashSet<string> leafLabels, List<TableToken> found)
    {
        var lacking = leafLabels.Except(found.Select(t => TextShapes.Norm(t.Text))).ToHashSet(StringComparer.Ordinal);
        var labels = allTokens.Where(t => t.Kind == TableTokenKind.Label && t.Line < valueLine && t.Slot > 0).ToList();
        foreach (var top in labels)
        {
            var below = labels.Where(t => t.Slot == top.Slot && t.Line == top.Line + 1).ToList();
            var joined = below.Count == 1 ? TextShapes.Norm(top.Text) + TextShapes.Norm(below[0].Text) : null;
            if (joined is not null && lacking.Remove(joined))
            {
                yield return below[0] with { Text = joined };
            }
        }
    }

    /// <summary>
    /// Whether the header's leaf labels stand in the template's column order, each label the template prints once: a
    /// label alone at a line's start (总计 under a merged header, a PDF's tab text: slot 0 before 自然人's 3) gives no
    /// position among the others, and positions taken in order would shift every value one column.
    /// </summary>
    private static bool InColumnOrder(IReadOnlyList<StandardTableColumn> columns, List<TableToken> headerLeaves, bool byTabs)
    {
        var order = headerLeaves
            .Select(t => (Position: byTabs ? t.Slot : t.Column, Columns: columns.Select((c, i) => (c, i)).Where(x => TextShapes.Norm(x.c.Label) == TextShapes.Norm(t.Text)).Select(x => x.i).ToList()))
            .Where(x => x.Columns.Count == 1)
            .OrderBy(x => x.Position)
            .Select(x => x.Columns[0])
            .ToList();
        return order.Zip(order.Skip(1)).All(pair => pair.First <= pair.Second);
    }

    private static int Nearest(List<int> positions, int position)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < positions.Count; i++)
        {
            var distance = Math.Abs(positions[i] - position);
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return bestDistance <= 6 ? best : -1;
    }

    private static ReadCell Cell(RowSpec spec, StandardTableColumn column, TableToken token, string header)
    {
        var key = StandardTableSection.KeyOf(spec.Row, column);
        var unit = column.Unit;
        if (MetricDictionary.IsMoney(key))
        {
            unit = token.Unit ?? HeaderMoneyUnit(column, header) ?? column.Unit;
        }

        return ReadCell.Number(key, token.Kind == TableTokenKind.Value ? token.Value : 0, unit, token);
    }

    private static string? HeaderMoneyUnit(StandardTableColumn column, string header)
    {
        var label = TextShapes.Norm(column.Label);
        var at = header.IndexOf(TextShapes.Core(label), StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var after = header.AsSpan(at, Math.Min(header.Length - at, label.Length + 8));
        return after.Contains("万元", StringComparison.Ordinal) ? "万元" : after.Contains("(元)", StringComparison.Ordinal) ? "元" : null;
    }

    // A row's numbering printed 3、其他 is 3.其他 (a real city's PDF).
    [GeneratedRegex(@"(?<!\d)(\d{1,2})、")]
    private static partial Regex DigitComma();

    /// <summary>
    /// A row label with its year in brackets (一、本年(2021)新收政府信息公开申请数量, 二、上年(2020)结转…: a real township's
    /// page) names the template's row; without the bracket dropped no row matched and table 三 lost both rows.
    /// </summary>
    private static string WithoutYearNote(string normalized) => YearNote().Replace(normalized, string.Empty);

    // 本年数量 as a column's own label, also among a one-line page's labels run together (上一年项目数量 本年数量 处理决定数量).
    [GeneratedRegex(@"本年(?:项目)?数量(?!\d)")]
    private static partial Regex YearsCountLabel();

    [GeneratedRegex(@"\((?:19|20)\d{2}年?度?\)")]
    private static partial Regex YearNote();
}
