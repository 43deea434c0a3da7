using Archive.Core.Metrics;

namespace Archive.Ingest.Extraction;

/// <summary>
/// Reads one standard table (二, 三 or 四) from its tokens by the template's structure (metric-dictionary.md §7):
/// row labels are matched in template order (labels may be split over lines and carry group labels in front),
/// the values after a row label are mapped by R2 (exact count), R3 (all-zero rows) and R4 (header positions, table 四).
/// Anything else is left unplaced and reported missing.
/// </summary>
internal static class StandardTableReader
{
    private sealed record RowSpec(StandardTableRow Row, StandardTableSection Section, string[] Forms, string[] Cores);

    public static TableReading Read(string text, StandardTable table, IReadOnlyList<TableToken> tokens)
    {
        var rows = new List<RowSpec>();
        foreach (var section in table.Sections)
        {
            foreach (var row in section.Rows)
            {
                var forms = new[] { row.Label }.Concat(row.LabelVariants).Where(l => l.Length > 0).Select(TextShapes.Norm).ToArray();
                rows.Add(new RowSpec(row, section, forms, [.. forms.Select(TextShapes.Core).Where(c => c.Length >= 4)]));
            }
        }

        var cells = new List<TableCell>();
        var isSingleUnlabelledRow = rows.Count == 1 && rows[0].Row.Label.Length == 0;
        var headerText = new System.Text.StringBuilder();
        var accumulated = new List<TableToken>();
        var cursor = 0;
        RowSpec? current = null;
        var values = new List<TableToken>();

        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TableTokenKind.Label:
                    if (current is not null && values.Count > 0)
                    {
                        Place(current, values, tokens, cells, headerText.ToString(), isSingleUnlabelledRow);
                        current = null;
                        values.Clear();
                    }

                    accumulated.Add(token);
                    headerText.Append(TextShapes.Norm(token.Text));
                    break;
                case TableTokenKind.Value:
                case TableTokenKind.Blank:
                    if (current is null)
                    {
                        var index = isSingleUnlabelledRow ? (cursor == 0 ? 0 : -1) : MatchRow(rows, cursor, accumulated);
                        accumulated.Clear();
                        if (index < 0)
                        {
                            continue;
                        }

                        current = rows[index];
                        cursor = index + 1;
                    }

                    values.Add(token);
                    break;
                case TableTokenKind.EmptySlot:
                    if (current is not null)
                    {
                        values.Add(token);
                    }

                    break;
            }
        }

        if (current is not null && values.Count > 0)
        {
            Place(current, values, tokens, cells, headerText.ToString(), isSingleUnlabelledRow);
        }

        var found = cells.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var missing = table.Keys().Where(k => !found.Contains(k)).ToList();
        return new TableReading(table.Id, cells, missing, null);
    }

    private static int MatchRow(List<RowSpec> rows, int cursor, List<TableToken> accumulated)
    {
        if (accumulated.Count == 0)
        {
            return -1;
        }

        var accumulatedText = string.Concat(accumulated.Select(t => TextShapes.Norm(t.Text)));
        for (var i = cursor; i < rows.Count; i++)
        {
            if (rows[i].Forms.Any(f => accumulatedText.Contains(f, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        var lastCore = TextShapes.Core(TextShapes.Norm(accumulated[^1].Text));
        for (var i = cursor; i < rows.Count; i++)
        {
            if (rows[i].Cores.Any(c => accumulatedText.Contains(c, StringComparison.Ordinal)))
            {
                return i;
            }
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
        }

        return -1;
    }

    private static void Place(RowSpec spec, List<TableToken> rowTokens, IReadOnlyList<TableToken> allTokens, List<TableCell> cells, string header, bool positional)
    {
        var columns = spec.Section.Columns;
        var printed = rowTokens.Where(t => t.Kind is TableTokenKind.Value or TableTokenKind.Blank).ToList();
        var numbers = printed.Where(t => t.Kind == TableTokenKind.Value).ToList();
        var firstLine = printed[0];

        // Some reports print a 小计 column after the five 法人或其他组织 columns; it is not a template cell.
        if (columns.Count == 7 && printed.Count == 8 && header.Contains("小计", StringComparison.Ordinal))
        {
            printed.RemoveAt(6);
        }

        if (printed.Count == columns.Count)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (printed[c].Kind == TableTokenKind.Value)
                {
                    cells.Add(Cell(spec, columns[c], printed[c], header));
                }
            }

            return;
        }

        if (numbers.Count == printed.Count && numbers.Count >= columns.Count - 1 && numbers.All(t => t.Value == 0))
        {
            foreach (var column in columns)
            {
                cells.Add(Cell(spec, column, firstLine, header));
            }

            return;
        }

        if (positional)
        {
            PlaceByHeaderPositions(spec, rowTokens, allTokens, cells, header);
        }
    }

    /// <summary>
    /// R4 for table 四: the leaf column labels of the header lines give the column positions (tab slots, or display
    /// columns in space-aligned text); each value goes to the column at its position.
    /// </summary>
    private static void PlaceByHeaderPositions(RowSpec spec, List<TableToken> rowTokens, IReadOnlyList<TableToken> allTokens, List<TableCell> cells, string header)
    {
        var columns = spec.Section.Columns;
        var valueLine = rowTokens[0].Line;
        if (rowTokens.Any(t => t.Line != valueLine))
        {
            return;
        }

        var leafLabels = columns.Select(c => TextShapes.Norm(c.Label)).ToHashSet(StringComparer.Ordinal);
        var headerLeaves = allTokens.Where(t => t.Kind == TableTokenKind.Label && t.Line < valueLine && leafLabels.Contains(TextShapes.Norm(t.Text))).ToList();
        var byTabs = rowTokens.Any(t => t.Slot > 0);
        var positions = headerLeaves.Select(t => byTabs ? t.Slot : t.Column).Distinct().Order().ToList();
        if (positions.Count != columns.Count)
        {
            return;
        }

        foreach (var token in rowTokens.Where(t => t.Kind == TableTokenKind.Value))
        {
            var position = byTabs ? token.Slot : token.Column;
            var index = byTabs ? positions.IndexOf(position) : Nearest(positions, position);
            if (index >= 0)
            {
                cells.Add(Cell(spec, columns[index], token, header));
            }
        }
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

    private static TableCell Cell(RowSpec spec, StandardTableColumn column, TableToken token, string header)
    {
        var key = StandardTableSection.KeyOf(spec.Row, column);
        var unit = column.Unit;
        if (MetricDictionary.IsMoney(key))
        {
            unit = token.Unit ?? HeaderMoneyUnit(column, header) ?? column.Unit;
        }

        return new TableCell(key, token.Kind == TableTokenKind.Value ? token.Value : 0, unit, token.Line);
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
}
