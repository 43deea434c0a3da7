using System.Text;

namespace Archive.Ingest.Readers;

/// <summary>
/// Writes table rows in the shape the extractor reads (metric-dictionary.md §7): one line per row, one tab slot
/// per grid column. A merged cell's text sits in its first slot; the other columns it spans (colspan) and the
/// rows below it (rowspan) get empty slots, so every value stays under its header's position. Empty slots at the
/// end of a row are dropped, and rows with no text at all are skipped.
/// </summary>
public static class TableTextLayout
{
    public static IReadOnlyList<string> ToLines(IReadOnlyList<IReadOnlyList<TableCellText>> rows)
    {
        var lines = new List<string>(rows.Count);

        // occupiedUntil[column] = first row index no longer covered by a rowspan from above.
        var occupiedUntil = new List<int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var slots = new List<string>();
            var column = 0;
            foreach (var cell in rows[r])
            {
                while (column < occupiedUntil.Count && occupiedUntil[column] > r)
                {
                    Set(slots, column++, string.Empty);
                }

                var span = Math.Max(1, cell.ColumnSpan);
                var rowSpan = Math.Max(1, cell.RowSpan);
                for (var k = 0; k < span; k++)
                {
                    Set(slots, column + k, k == 0 ? CleanCell(cell.Text) : string.Empty);
                    while (occupiedUntil.Count <= column + k)
                    {
                        occupiedUntil.Add(0);
                    }

                    occupiedUntil[column + k] = r + rowSpan;
                }

                column += span;
            }

            var last = slots.FindLastIndex(s => s.Length > 0);
            if (last >= 0)
            {
                lines.Add(string.Join('\t', slots.Take(last + 1)));
            }
        }

        return lines;
    }

    /// <summary>Cell text on one line: tabs and line breaks become spaces, runs of spaces collapse, ends trimmed.</summary>
    public static string CleanCell(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u3000' or '\u200B')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void Set(List<string> slots, int index, string value)
    {
        while (slots.Count <= index)
        {
            slots.Add(string.Empty);
        }

        slots[index] = value;
    }
}
