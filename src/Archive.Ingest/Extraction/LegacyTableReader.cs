using Archive.Core.Metrics;
using Archive.Core.Reports;

namespace Archive.Ingest.Extraction;

/// <summary>
/// Reads the pre2019 政府信息公开情况统计表 (§6/§7): one row per 统计指标, matched in table order;
/// the value is the last value cell of the line; the 单位 cell gives the unit.
/// </summary>
internal static class LegacyTableReader
{
    private static readonly HashSet<string> Units = new(["条", "件", "次", "篇", "个", "人", "人次", "万元", "元", "项", "名"], StringComparer.Ordinal);

    private sealed record RowSpec(LegacyStatisticsRow Row, string[] Forms, string[] Cores);

    public static TableReading Read(IReadOnlyList<TableToken> tokens)
    {
        var rows = StandardTables.LegacyStatistics
            .Where(r => r.Key is not null)
            .Select(r =>
            {
                var forms = new[] { r.Label }.Concat(r.LabelVariants).Select(TextShapes.Norm).ToArray();
                return new RowSpec(r, forms, [.. forms.Select(TextShapes.Core).Where(c => c.Length >= 4).Distinct(StringComparer.Ordinal)]);
            })
            .ToList();

        var cells = new List<ReadCell>();
        var accumulated = new List<TableToken>();
        var cursor = 0;

        // The labels before the first row: a header naming a 累计 column beside the year's (历年累计, a local form this
        // reader meets only when its header was not found in order, e.g. a PDF's text in content order) makes the last
        // value of a line the cumulative figure as likely as the year's: only a line whose two values agree is certain.
        var header = new System.Text.StringBuilder();
        bool? cumulative = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TableTokenKind.Label)
            {
                accumulated.Add(token);
                if (cursor == 0)
                {
                    header.Append(TextShapes.Norm(token.Text));
                }

                continue;
            }

            if (token.Kind != TableTokenKind.Value || accumulated.Count == 0)
            {
                continue;
            }

            string? unit = null;
            if (Units.Contains(TextShapes.Norm(accumulated[^1].Text)))
            {
                unit = TextShapes.Norm(accumulated[^1].Text);
                accumulated.RemoveAt(accumulated.Count - 1);
            }
            else if (UnitAfterASpace(accumulated[^1].Text) is { } joined)
            {
                // Cells one space apart (a crawler's text of the table) join the 单位 cell to the indicator's label.
                unit = joined.Unit;
                accumulated[^1] = accumulated[^1] with { Text = joined.Label };
            }

            var index = MatchRow(rows, cursor, accumulated);
            accumulated.Clear();

            // The value is the last value cell of the line.
            var last = token;
            var lineValues = new List<decimal> { token.Value };
            while (i + 1 < tokens.Count && tokens[i + 1].Line == token.Line && tokens[i + 1].Kind != TableTokenKind.Label)
            {
                i++;
                if (tokens[i].Kind == TableTokenKind.Value)
                {
                    last = tokens[i];
                    lineValues.Add(last.Value);
                }
            }

            if (index < 0)
            {
                continue;
            }

            // Decided at the first row found, when the header is whole.
            cumulative ??= header.ToString().Contains("累计", StringComparison.Ordinal);
            cursor = index + 1;
            // A line of several values that differ, under a header naming no 累计 column either (the header not found:
            // a page's table without its head row), is as uncertain: the statistics table has one value column.
            if ((cumulative.Value && (lineValues.Count != 2 || lineValues[0] != lineValues[1])) || lineValues.Distinct().Count() > 1)
            {
                // The row is printed, its figure uncertain: marked unread, so no prose figure stands in for it (the prose
                // of the same real 2013 report says 信函申请数4条 where its table says 0).
                cells.Add(new ReadCell(rows[index].Row.Key!, CellState.Unread, 0, null, token.Line, null, -1, -1));
                continue;
            }

            var row = rows[index].Row;
            var key = row.Key!;
            var metricUnit = MetricDictionary.IsMoney(key)
                ? last.Unit ?? unit
                : MetricDictionary.TryGet(key, out var definition) ? definition.Unit : row.Unit;
            cells.Add(ReadCell.Number(key, last.Value, metricUnit, last));
        }

        var found = cells.Where(c => c.State == CellState.Printed).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var missing = rows.Select(r => r.Row.Key!).Where(k => !found.Contains(k)).ToList();
        return new TableReading(StandardTables.LegacyStatisticsTableId, cells, missing, null);
    }

    private static (string Label, string Unit)? UnitAfterASpace(string label)
    {
        var trimmed = label.TrimEnd();
        var space = trimmed.LastIndexOfAny([' ', '\u3000', '\u00A0']);
        return space > 0 && Units.Contains(trimmed[(space + 1)..]) ? (trimmed[..space], trimmed[(space + 1)..]) : null;
    }

    private static int MatchRow(List<RowSpec> rows, int cursor, List<TableToken> accumulated)
    {
        if (accumulated.Count == 0)
        {
            return -1;
        }

        // Only the labels since the previous row count; headings (——) in between are harmless.
        var accumulatedText = string.Concat(accumulated.Select(t => TextShapes.Norm(t.Text)));
        // A parenthetical left open here continues on the next line (专项经费（不包括… | …方面的经费）): drop it too.
        var withoutParentheticals = System.Text.RegularExpressions.Regex.Replace(accumulatedText, @"\([^()]*(?:\)|$)", string.Empty);
        for (var i = cursor; i < rows.Count; i++)
        {
            if (rows[i].Forms.Any(f => accumulatedText.EndsWith(f, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        for (var i = cursor; i < rows.Count; i++)
        {
            if (rows[i].Cores.Any(c => withoutParentheticals.EndsWith(c, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }
}
