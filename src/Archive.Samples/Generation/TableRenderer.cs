using System.Text;
using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>
/// Lays a <see cref="TableGrid"/> out as text in one of the export shapes and records each value's source:
/// the whole physical line holding it (metric-dictionary.md §1).
/// </summary>
internal sealed class TableRenderer(ReportTextBuilder output, SplitMix64 rng, TextLayout layout, bool compactTabs, bool mayLeaveBlanks)
{
    public void Render(TableGrid grid)
    {
        switch (layout)
        {
            case TextLayout.Tabbed:
                RenderTabbed(grid);
                break;
            case TextLayout.SpaceAligned:
                RenderAligned(grid);
                break;
            case TextLayout.Markdown:
                RenderMarkdown(grid);
                break;
            default:
                RenderCellPerLine(grid);
                break;
        }
    }

    private void RenderTabbed(TableGrid grid)
    {
        var slotCount = grid.SlotWidths.Count;
        foreach (var row in grid.Rows)
        {
            var slots = new List<string>(slotCount);
            for (var s = 0; s < slotCount; s++)
            {
                slots.Add(string.Empty);
            }

            var lastUsed = -1;
            foreach (var cell in row.Cells)
            {
                slots[cell.Slot] = cell.SplitAt > 0 ? cell.Text[..cell.SplitAt] : cell.Text;
                lastUsed = Math.Max(lastUsed, cell.Slot + cell.Span - 1);
            }

            if (!row.IsHeader && compactTabs)
            {
                // Word exports often drop the empty merged-label cells between a row label and its values.
                var lastLabel = -1;
                for (var s = 0; s < grid.LabelSlots; s++)
                {
                    if (slots[s].Length > 0)
                    {
                        lastLabel = s;
                    }
                }

                var removable = grid.LabelSlots - 1 - lastLabel;
                if (lastLabel >= 0 && removable > 0)
                {
                    slots.RemoveRange(lastLabel + 1, removable);
                    lastUsed -= removable;
                }
            }

            var keep = row.IsHeader && rng.Chance(0.5) ? slots.Count : Math.Min(slots.Count, lastUsed + 1 + (rng.Chance(0.25) ? 1 : 0));
            var start = output.Length;
            for (var s = 0; s < keep; s++)
            {
                if (s > 0)
                {
                    output.Append('\t');
                }

                output.Append(slots[s]);
            }

            RecordValues(row, start, output.Length);
            output.NewLine();
            foreach (var cell in row.Cells)
            {
                if (cell.SplitAt > 0)
                {
                    output.Line(new string('\t', cell.Slot) + cell.Text[cell.SplitAt..]);
                }
            }

            if (rng.Chance(0.04))
            {
                output.BlankLine();
            }
        }
    }

    /// <summary>PDF-to-markdown converters: every row a pipe row, labels whole (a pipe cell does not wrap).</summary>
    private void RenderMarkdown(TableGrid grid)
    {
        var slotCount = grid.SlotWidths.Count;
        var first = true;
        foreach (var row in grid.Rows)
        {
            var slots = Enumerable.Repeat(string.Empty, slotCount).ToArray();
            foreach (var cell in row.Cells)
            {
                slots[cell.Slot] = cell.Text;
            }

            var start = output.Length;
            output.Append("| " + string.Join(" | ", slots) + " |");
            RecordValues(row, start, output.Length);
            output.NewLine();
            if (first)
            {
                output.Line("|" + string.Concat(Enumerable.Repeat("---|", slotCount)));
                first = false;
            }
        }
    }

    private void RenderCellPerLine(TableGrid grid)
    {
        foreach (var row in grid.Rows)
        {
            // HTML tables flattened to one cell per line print a blank cell as an empty line: now and then a zero
            // inside a template row (3, 7 or 15 values; not its first or last) is left blank, and the truth lists it.
            // Never in a report with an injected identity error: a blank cell leaves its identity unchecked.
            var valueCells = row.Cells.Where(c => c.MetricKey is not null).ToList();
            GridCell? blank = null;
            if (valueCells.Count is 3 or 7 or 15 && rng.Chance(0.08) && mayLeaveBlanks)
            {
                var candidate = valueCells[rng.Between(1, valueCells.Count - 2)];
                blank = candidate.Value == 0 ? candidate : null;
            }

            foreach (var cell in row.Cells)
            {
                if (ReferenceEquals(cell, blank))
                {
                    output.BlankLine();
                    output.BlankCells.Add(cell.MetricKey!);
                    continue;
                }

                if (cell.Text.Length == 0)
                {
                    continue;
                }

                var start = output.Length;
                if (cell.SplitAt > 0)
                {
                    output.Line(cell.Text[..cell.SplitAt]);
                    output.Line(cell.Text[cell.SplitAt..]);
                    continue;
                }

                output.Append(cell.Text);
                if (cell.MetricKey is not null)
                {
                    output.AddMetric(cell.MetricKey, cell.Value, cell.Unit, MetricOrigin.Table, start, output.Length);
                }

                output.NewLine();
            }
        }
    }

    private void RenderAligned(TableGrid grid)
    {
        var slotX = new int[grid.SlotWidths.Count + 1];
        for (var s = 0; s < grid.SlotWidths.Count; s++)
        {
            slotX[s + 1] = slotX[s] + grid.SlotWidths[s];
        }

        foreach (var row in grid.Rows)
        {
            var chunks = new List<string>[row.Cells.Count];
            var lines = 1;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var available = slotX[cell.Slot + cell.Span] - slotX[cell.Slot] - 2;
                if (cell.MetricKey is not null)
                {
                    chunks[c] = [cell.Text];
                }
                else if (cell.SplitAt > 0)
                {
                    chunks[c] = [cell.Text[..cell.SplitAt], .. PrintForms.WrapByWidth(cell.Text[cell.SplitAt..], available)];
                }
                else
                {
                    chunks[c] = PrintForms.WrapByWidth(cell.Text, available);
                }

                lines = Math.Max(lines, chunks[c].Count);
            }

            for (var line = 0; line < lines; line++)
            {
                var text = new StringBuilder();
                var width = 0;
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    if (line >= chunks[c].Count || chunks[c][line].Length == 0)
                    {
                        continue;
                    }

                    var cell = row.Cells[c];
                    var chunk = chunks[c][line];
                    var x = slotX[cell.Slot];
                    if (cell.MetricKey is not null)
                    {
                        // Numbers sit in the middle of their column, as PDF table cells print them.
                        var available = slotX[cell.Slot + cell.Span] - slotX[cell.Slot] - 2;
                        x += Math.Max(0, (available - PrintForms.Width(chunk)) / 2);
                    }

                    if (width > 0 && width + 2 > x)
                    {
                        x = width + 2;
                    }

                    text.Append(' ', x - width);
                    text.Append(chunk);
                    width = x + PrintForms.Width(chunk);
                }

                var start = output.Length;
                output.Append(text.ToString());
                if (line == 0)
                {
                    RecordValues(row, start, output.Length);
                }

                output.NewLine();
            }
        }
    }

    private void RecordValues(GridRow row, int lineStart, int lineEnd)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.MetricKey is not null)
            {
                output.AddMetric(cell.MetricKey, cell.Value, cell.Unit, MetricOrigin.Table, lineStart, lineEnd);
            }
        }
    }
}
