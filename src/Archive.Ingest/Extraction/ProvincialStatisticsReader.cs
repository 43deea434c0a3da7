using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Archive.Core.Metrics;

namespace Archive.Ingest.Extraction;

/// <summary>
/// Reads the older local form of the pre2019 统计表 (metric-dictionary.md §6 "older/provincial table versions"):
/// a header 指标名称 | 计量单位 | NNNN年度 | 历年累计, then rows label | unit | value per column. The value is the cell of
/// the reporting-year column (历年累计 is not a metric). Rows are matched by their exact wording, in any order,
/// because these forms order and word their rows differently from the national table; a row whose wording is not
/// literally a key's concept (电子邮件申请数, 信函、传真申请数, 其他类型答复数…) gets no key.
/// Works on pieces (tab slots split at spaces), so the same rules read HTML grids, space-separated text and a page
/// on one line.
/// </summary>
internal static partial class ProvincialStatisticsReader
{
    private static readonly FrozenSet<string> Units = new[] { "条", "件", "次", "篇", "个", "人", "人次", "万元", "元", "项", "名" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Row wordings of the older forms (core: no numbering, no 其中:) → key, besides the national labels' cores.</summary>
    private static readonly (string Key, string[] Wordings)[] OlderWordings =
    [
        ("legacy.active.total", ["主动公开信息数", "主动公开文件数", "主动公开政府信息数"]),
        ("legacy.channel.website", ["网站公开", "网站公开数", "政府网站公开数", "政府网站公开信息数"]),
        ("legacy.channel.gazette", ["政府公报公开", "政府公报公开数", "政府公报公开信息数"]),
        ("legacy.apply.received", ["受理依申请公开信息总数", "受理政府信息依申请公开总数", "受理依申请公开总数", "申请总数", "收到申请数"]),
        ("legacy.apply.in_person", ["当面申请数"]),
        ("legacy.apply.fax", ["传真申请数"]),
        ("legacy.apply.online", ["网上申请数", "网络申请数"]),
        ("legacy.apply.letter", ["信函申请数"]),
        ("legacy.apply.replies", ["对申请的答复数", "对申请的答复总数", "申请答复数", "答复总数"]),
        ("legacy.apply.granted", ["同意公开答复数"]),
        ("legacy.apply.partial", ["同意部分公开答复数"]),
        ("legacy.apply.denied", ["不同意公开答复数", "不予公开答复数", "否决公开答复数"]),
        ("legacy.review.total", ["行政复议数", "行政复议数量"]),
        ("legacy.litigation.total", ["行政诉讼数", "行政诉讼数量"]),
    ];

    private static readonly FrozenDictionary<string, string> KeyByWording = BuildWordings();

    private enum PieceKind
    {
        Label,
        Unit,
        Value,
    }

    private readonly record struct Piece(PieceKind Kind, string Text, int Start, int End, int Line, decimal Value);

    /// <summary>True when a line holds the older form's header (指标名称 with 计量单位 or 累计).</summary>
    private static bool IsHeader(string lineText)
    {
        var norm = TextShapes.Norm(lineText);
        var at = norm.IndexOf("指标名称", StringComparison.Ordinal);
        // Laid out over lines (计量 2013 / 指标名称 历年累计 / 单位 年度), the line holds 历年累计 instead.
        return at >= 0 && ((norm.IndexOf("单位", at, StringComparison.Ordinal) is > 0 and var u && u - at < 12)
            || norm.IndexOf("累计", at, StringComparison.Ordinal) > 0);
    }

    /// <summary>
    /// Whether line <paramref name="at"/> begins the older form's header: <see cref="IsHeader"/>, or 指标名称 alone on its
    /// line with 单位, the year's column and 累计 in that order on the next lines, before any number but a year (a text
    /// browser's dump of the page's table: 指标名称 / 计量 / 单位 / 2013 / 年度 / 历年累计, a cell a line).
    /// </summary>
    public static bool StartsHeader(string text, IReadOnlyList<TextLine> lines, int at)
    {
        if (IsHeader(lines[at].Of(text)))
        {
            return true;
        }

        if (TextShapes.Norm(lines[at].Of(text)).Trim('|') != "指标名称")
        {
            return false;
        }

        var following = new System.Text.StringBuilder();
        for (var l = at + 1; l < lines.Count && l <= at + 12; l++)
        {
            var norm = TextShapes.Norm(lines[l].Of(text)).Trim('|');
            if (norm.Length > 0 && TextShapes.TryParseValue(norm, out var value, out _) && value is < 1990 or > 2100)
            {
                break;
            }

            following.Append(norm);
        }

        // In the table's order only (单位, then the year's column, then 累计): a PDF's text in content order prints the
        // same cells as 历年累计 / 年度 / 单位, and which column is the year's is then not certain.
        var header = following.ToString();
        var unit = header.IndexOf("单位", StringComparison.Ordinal);
        var year = header.IndexOf("年度", StringComparison.Ordinal) is >= 0 and var y ? y : header.IndexOf("统计数", StringComparison.Ordinal);
        var summed = header.IndexOf("累计", StringComparison.Ordinal);
        return unit >= 0 && year > unit && summed > year;
    }

    public static TableReading Read(string text, IReadOnlyList<TextLine> lines, int fromLine, int toLine, TableShape shape)
    {
        var pieces = Pieces(text, lines, fromLine, toLine);
        var header = pieces.FindIndex(p => p.Kind == PieceKind.Label && TextShapes.Norm(p.Text).Contains("指标名称", StringComparison.Ordinal));
        var keys = StandardTables.LegacyStatistics.Where(r => r.Key is not null).Select(r => r.Key!).ToList();
        if (header < 0)
        {
            return new TableReading(StandardTables.LegacyStatisticsTableId, [], keys, null, shape);
        }

        if (IsRunTogether(pieces, header))
        {
            return new TableReading(StandardTables.LegacyStatisticsTableId, [], keys, "cells run together", shape, 0, 0, Unreadable: true);
        }

        var (i, columns) = ReadHeader(text, lines, pieces, header);

        // Numbers right after the header, before any row's label: a PDF's text in content order (指标名称 / 计量单位
        // 2017年度 历年累计 / 2122 / 10037 / 主动公开文件数 / 条 / 2122 …), where no number's row is certain.
        if (i < pieces.Count && pieces[i].Kind == PieceKind.Value)
        {
            return new TableReading(StandardTables.LegacyStatisticsTableId, [], keys, "values printed before their row labels", shape, 0, 0, Unreadable: true);
        }

        var yearColumn = columns.IndexOf(true);
        var cells = new List<ReadCell>();
        var rows = 0;
        var labels = new List<Piece>();
        var values = new List<Piece>();
        string? unit = null;
        for (; i <= pieces.Count; i++)
        {
            var piece = i < pieces.Count ? pieces[i] : default;
            var ends = i == pieces.Count || (piece.Kind != PieceKind.Value && values.Count > 0);
            if (ends)
            {
                rows += values.Count > 0 ? 1 : 0;
                PlaceRow(labels, unit, values, columns.Count, yearColumn, cells);
                labels.Clear();
                values.Clear();
                unit = null;
                if (i == pieces.Count)
                {
                    break;
                }
            }

            // The header printed again where a page break cuts the table (a word processor's repeated head row, in its
            // PDF's text): skipped, or the next row's label would begin with it. A header naming other columns ends the
            // reading: the rows after it are not certain to be this table's.
            if (piece.Kind == PieceKind.Label && TextShapes.Norm(piece.Text).Contains("指标名称", StringComparison.Ordinal))
            {
                var (next, repeated) = ReadHeader(text, lines, pieces, i);
                if (!repeated.SequenceEqual(columns) || next < pieces.Count && pieces[next].Kind == PieceKind.Value)
                {
                    break;
                }

                labels.Clear();
                unit = null;
                i = next - 1;
                continue;
            }

            switch (piece.Kind)
            {
                case PieceKind.Label:
                    labels.Add(piece);
                    break;
                case PieceKind.Unit:
                    if (unit is null && labels.Count > 0)
                    {
                        unit = piece.Text;
                    }
                    else
                    {
                        labels.Add(piece);
                    }

                    break;
                case PieceKind.Value:
                    values.Add(piece);
                    break;
            }
        }

        var found = cells.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return new TableReading(StandardTables.LegacyStatisticsTableId, cells, [.. keys.Where(k => !found.Contains(k))], null, shape, rows, columns.Count);
    }

    /// <summary>
    /// The header from its 指标名称 piece at <paramref name="header"/>: 指标名称 [计量] 单位 [NNNN] 年度 / 统计数, 历年累计 — the
    /// value columns, true for the year's, and the index of the first piece after it.
    /// </summary>
    private static (int Next, List<bool> Columns) ReadHeader(string text, IReadOnlyList<TextLine> lines, List<Piece> pieces, int header)
    {
        var columns = new List<bool>();

        // Where each named column stands on its line (display columns): a header laid out over lines (计量 2013 /
        // 指标名称 历年累计 / 单位 年度, a PDF's text with its layout) names 历年累计 first though it stands to the right.
        // Positions are evidence only in laid-out text, where each named column's line is spaced out (a run of two spaces
        // or a tab); a PDF's text in content order (计量 2013 / 指标名称 / 单位 年度 / 历年累计) keeps its printed order.
        var placed = new List<(bool Year, int Column, int Line, bool LaidOut)>();
        var i = header + 1;
        var headerText = TextShapes.Norm(pieces[header].Text);
        for (; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var norm = TextShapes.Norm(piece.Text);
            if (piece.Kind == PieceKind.Value && (i + 1 < pieces.Count && TextShapes.Norm(pieces[i + 1].Text).StartsWith("年", StringComparison.Ordinal)
                || YearWrappedOverItsColumn(pieces, i)))
            {
                continue;
            }

            // The header's other cells run together in one (计量单位2017年度历年累计, a PDF of a real page): its columns in
            // the order it names them.
            if (piece.Kind == PieceKind.Label && norm.Length > 12 && columns.Count == 0 && RunTogetherColumns(norm) is { Count: > 0 } named)
            {
                columns.AddRange(named);
                i++;
                break;
            }

            if (piece.Kind != PieceKind.Label || norm.Length > 12)
            {
                break;
            }

            if (norm.Contains("累计", StringComparison.Ordinal))
            {
                columns.Add(false);
                placed.Add((false, TableTokenizer.DisplayColumn(text, lines[piece.Line].Start, piece.Start), piece.Line, IsLaidOut(lines[piece.Line].Of(text))));
            }
            else if (norm.Contains("年度", StringComparison.Ordinal) || norm.Contains("统计数", StringComparison.Ordinal) || norm.Contains("本年", StringComparison.Ordinal))
            {
                columns.Add(true);
                placed.Add((true, TableTokenizer.DisplayColumn(text, lines[piece.Line].Start, piece.Start), piece.Line, IsLaidOut(lines[piece.Line].Of(text))));
            }
            else if (!(norm.Contains("单位", StringComparison.Ordinal) || norm.Contains("计量", StringComparison.Ordinal)))
            {
                break;
            }
        }

        if (placed.Count == columns.Count && placed.Select(n => n.Line).Distinct().Count() > 1 && placed.All(n => n.LaidOut))
        {
            columns = [.. placed.OrderBy(n => n.Column).Select(n => n.Year)];
        }

        // A header in one piece (指标名称计量单位2013年度历年累计) names its columns inside it.
        if (columns.Count == 0)
        {
            columns.AddRange(RunTogetherColumns(headerText));
        }

        return (i, columns);
    }

    private static bool IsLaidOut(string line) => line.Contains("  ", StringComparison.Ordinal) || line.Contains('\t', StringComparison.Ordinal);

    // The one-character units of the statistics table's 计量单位 column.
    private static readonly FrozenSet<char> UnitEndings = new[] { '条', '件', '个', '次', '人', '篇', '项', '期', '场' }.ToFrozenSet();

    private static void PlaceRow(List<Piece> labels, string? unit, List<Piece> values, int columnCount, int yearColumn, List<ReadCell> cells)
    {
        if (labels.Count == 0 || values.Count == 0)
        {
            return;
        }

        var wording = Wording(string.Concat(labels.Select(l => l.Text)));

        // A label run into its unit cell (受理政府信息依申请公开总数条, a PDF of a real page).
        if (!KeyByWording.ContainsKey(wording) && unit is null && wording.Length > 1 && UnitEndings.Contains(wording[^1]) && KeyByWording.ContainsKey(wording[..^1]))
        {
            unit = wording[^1..];
            wording = wording[..^1];
        }

        if (!KeyByWording.TryGetValue(wording, out var key) || cells.Any(c => c.Key == key))
        {
            return;
        }

        Piece value;
        if (values.Count == Math.Max(columnCount, 1))
        {
            value = values[Math.Max(yearColumn, 0)];
        }
        else if (values.Count < columnCount && values.All(v => v.Value == 0))
        {
            // R3: a row of zeros with a cell left unprinted (0 | —) is 0 in every column.
            value = values[0];
        }
        else
        {
            return;
        }

        var metricUnit = MetricDictionary.IsMoney(key) ? unit : MetricDictionary.TryGet(key, out var definition) ? definition.Unit : unit;
        var token = new TableToken(TableTokenKind.Value, value.Text, value.Start, value.End, value.Line, 0, 0, value.Value, null);
        cells.Add(ReadCell.Number(key, value.Value, metricUnit, token));
    }

    /// <summary>
    /// A year heading its column with 年度 wrapped onto the header's next line (计量 2013 历年累计 / 单位 年度, an office
    /// suite's PDF of a Word table), or onto the line after an empty one (a grid or multiline table's cell spread over
    /// three lines: pandoc's rst and org writers, html-to-text): four digits of a year, and a piece of the next line that
    /// holds any, before any number, opening with 年.
    /// </summary>
    private static bool YearWrappedOverItsColumn(List<Piece> pieces, int at)
    {
        if (pieces[at].Value is < 1990 or > 2100 || pieces[at].Text.Trim().Length != 4)
        {
            return false;
        }

        var next = -1;
        for (var j = at + 1; j < pieces.Count && pieces[j].Kind != PieceKind.Value && pieces[j].Line <= pieces[at].Line + 2; j++)
        {
            if (pieces[j].Line == pieces[at].Line)
            {
                continue;
            }

            next = next < 0 ? pieces[j].Line : next;
            if (pieces[j].Line != next)
            {
                break;
            }

            if (TextShapes.Norm(pieces[j].Text).StartsWith("年", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value columns a run-together header names, in the order it names them: the year's (…年度, 统计数, 本年) and
    /// 历年累计; none unless it names the unit column too (单位) or starts the header (指标名称…).
    /// </summary>
    private static List<bool> RunTogetherColumns(string header)
    {
        var named = new List<(int At, bool Year)>();
        var year = new[] { "年度", "统计数", "本年" }.Select(w => header.IndexOf(w, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        var cumulative = header.IndexOf("累计", StringComparison.Ordinal);
        if (!(header.Contains("单位", StringComparison.Ordinal) || header.StartsWith("指标名称", StringComparison.Ordinal)))
        {
            return [];
        }

        if (year >= 0)
        {
            named.Add((year, true));
        }

        if (cumulative >= 0)
        {
            named.Add((cumulative, false));
        }

        return [.. named.OrderBy(n => n.At).Select(n => n.Year)];
    }

    /// <summary>
    /// Cells run together: after the header, labels carry their unit and digits glued on (主动公开文件数条294981916),
    /// so the year's value and the cumulative one cannot be told apart.
    /// </summary>
    private static bool IsRunTogether(List<Piece> pieces, int header)
    {
        var glued = 0;
        var separate = 0;
        foreach (var piece in pieces.Skip(header))
        {
            if (piece.Kind == PieceKind.Value)
            {
                separate++;
            }
            else
            {
                glued += GluedCells().Count(TextShapes.Norm(piece.Text));
            }
        }

        return glued >= 3 && glued > separate;
    }

    private static List<Piece> Pieces(string text, IReadOnlyList<TextLine> lines, int fromLine, int toLine)
    {
        var pieces = new List<Piece>();
        // A page's number between two rows (- 5 -, a PDF's text) would be a third value of the row above it.
        var folios = TableTokenizer.PageFolios(text, lines);
        for (var l = fromLine; l < toLine && l < lines.Count; l++)
        {
            if (folios.Contains(l))
            {
                continue;
            }

            var line = lines[l];
            var i = line.Start;
            while (i < line.End)
            {
                while (i < line.End && (char.IsWhiteSpace(text[i]) || text[i] == '|'))
                {
                    i++;
                }

                var start = i;
                while (i < line.End && !char.IsWhiteSpace(text[i]) && text[i] != '|')
                {
                    i++;
                }

                if (i == start)
                {
                    continue;
                }

                var piece = text[start..i];
                var norm = TextShapes.Norm(piece);
                if (TextShapes.TryParseValue(piece, out var value, out _))
                {
                    pieces.Add(new Piece(PieceKind.Value, piece, start, i, l, value));
                }
                else if (Units.Contains(norm))
                {
                    pieces.Add(new Piece(PieceKind.Unit, norm, start, i, l, 0));
                }
                else if (TextShapes.IsBlankCell(piece))
                {
                    continue;
                }
                else
                {
                    pieces.Add(new Piece(PieceKind.Label, piece, start, i, l, 0));
                }
            }
        }

        return pieces;
    }

    /// <summary>A row label's comparable wording: no numbering (1、 （一） 一、), no 其中:, no trailing parenthetical.</summary>
    private static string Wording(string label)
    {
        var norm = TextShapes.Norm(label);
        string previous;
        do
        {
            previous = norm;
            norm = TextShapes.Core(norm);
        }
        while (norm != previous && norm.Length > 0);

        return norm;
    }

    private static FrozenDictionary<string, string> BuildWordings()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, wordings) in OlderWordings)
        {
            foreach (var wording in wordings)
            {
                map.TryAdd(wording, key);
            }
        }

        foreach (var row in StandardTables.LegacyStatistics.Where(r => r.Key is not null))
        {
            foreach (var label in new[] { row.Label }.Concat(row.LabelVariants))
            {
                map.TryAdd(Wording(label), row.Key!);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"[\u4e00-\u9fff]\d{2,}(?![年月日号])(?=[\u4e00-\u9fff(]|\d+[.、]|$)")]
    private static partial Regex GluedCells();
}
