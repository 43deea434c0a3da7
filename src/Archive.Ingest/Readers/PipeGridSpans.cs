using Archive.Core.Metrics;
using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Readers;

/// <summary>
/// Markdown converters that print a merged cell in every column it spans (docling's export: | 行政事业性收费 | 35 | -15 |
/// -15 | under | 信息内容 | 上一年项目数量 | 本年增/减 | 本年增/减 |) give a row more values than its table has columns, so the
/// row went unread (4 cells a report of the real pages so converted, all of a 2021 table 二's counts). Where a head
/// row repeats a column's name in adjacent cells and every row under it repeats one value there too, the span is printed
/// once again. Only such runs merge: two columns of one name whose rows differ stay apart, and so do two whose name is
/// the start of two of the template's column labels, a head cut short rather than spanned (| 信息内容 | 本年新 | 本年新 |
/// 对外公开总数量 | over | 规章 | 0 | 0 | 0 |: a real bureau's page whose header cells kept their first line only lost its
/// rows' totals).
/// </summary>
internal static class PipeGridSpans
{
    public static string Merge(string text)
    {
        if (!text.Contains("| ", StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length;)
        {
            if (!IsPipeLine(lines[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < lines.Length && IsPipeLine(lines[end]))
            {
                end++;
            }

            changed |= MergeBlock(lines, i, end);
            i = end;
        }

        return changed ? string.Join('\n', lines) : text;
    }

    private static bool MergeBlock(string[] lines, int from, int to)
    {
        var changed = false;
        var header = -1;
        var rows = new List<int>();
        for (var l = from; l <= to; l++)
        {
            if (l < to && IsSeparator(lines[l]))
            {
                continue;
            }

            if (l < to && Cells(lines[l]).Any(IsValue))
            {
                rows.Add(l);
                continue;
            }

            if (header >= 0 && rows.Count > 0)
            {
                changed |= MergeUnder(lines, header, rows);
            }

            header = l;
            rows.Clear();
        }

        return changed;
    }

    private static bool MergeUnder(string[] lines, int header, List<int> rows)
    {
        var head = Cells(lines[header]);
        var body = rows.Select(r => Cells(lines[r])).ToList();
        if (body.Any(r => r.Count != head.Count))
        {
            return false;
        }

        var keep = Enumerable.Repeat(true, head.Count).ToArray();
        for (var a = 0; a < head.Count; a++)
        {
            var b = a;
            while (b + 1 < head.Count && head[a].Length > 0 && head[b + 1] == head[a])
            {
                b++;
            }

            var first = a;
            var last = b;
            if (last > first && !CutShort(head[a]) && body.All(r => r.Skip(first).Take(last - first + 1).Distinct(StringComparer.Ordinal).Count() == 1) && body.Any(r => IsValue(r[first])))
            {
                for (var c = first + 1; c <= last; c++)
                {
                    keep[c] = false;
                }
            }

            a = b;
        }

        if (keep.All(k => k))
        {
            return false;
        }

        lines[header] = Line(head, keep);
        for (var r = 0; r < rows.Count; r++)
        {
            lines[rows[r]] = Line(body[r], keep);
        }

        return true;
    }

    private static readonly string[] ColumnLabels =
    [
        .. new[] { ReportTemplate.V2019, ReportTemplate.V2021 }
            .SelectMany(StandardTables.ForTemplate)
            .SelectMany(table => table.Sections)
            .SelectMany(section => section.Columns)
            .SelectMany(column => column.LabelVariants.Prepend(column.Label))
            .Select(TextShapes.Norm)
            .Distinct(StringComparer.Ordinal),
    ];

    private static bool CutShort(string head)
    {
        var norm = TextShapes.Norm(head);
        return !ColumnLabels.Contains(norm, StringComparer.Ordinal)
            && ColumnLabels.Where(l => l.StartsWith(norm, StringComparison.Ordinal)).Take(2).Count() == 2;
    }

    private static string Line(List<string> cells, bool[] keep) =>
        "| " + string.Join(" | ", cells.Where((_, c) => keep[c])) + " |";

    private static bool IsPipeLine(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '|' && trimmed[^1] == '|';
    }

    private static bool IsSeparator(string line) => line.Trim().All(c => c is '|' or '-' or ':' or ' ');

    private static List<string> Cells(string line)
    {
        var trimmed = line.Trim();
        return [.. trimmed[1..^1].Split('|').Select(c => c.Trim())];
    }

    private static bool IsValue(string cell) => TextShapes.TryParseValue(cell, out _, out _);
}
