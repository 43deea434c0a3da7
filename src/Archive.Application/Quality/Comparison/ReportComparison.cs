using Archive.Application.Querying;
using Archive.Core.Metrics;
using Archive.Core.Reports;

namespace Archive.Application.Quality.Comparison;

/// <summary>How one cell reads in two reports.</summary>
public enum CellChange
{
    /// <summary>Both printed the same number, or both are in the same unprinted state (both blank, both unread …).</summary>
    Same,

    /// <summary>Both printed, different numbers (see the difference).</summary>
    Changed,

    /// <summary>The states differ (a number in one, blank or unread in the other …).</summary>
    StateChanged,

    /// <summary>The key is in A's template tables only, or B's cells are not recorded.</summary>
    OnlyA,

    /// <summary>The key is in B's template tables only, or A's cells are not recorded.</summary>
    OnlyB,
}

/// <summary>How a sentence of the prose compares.</summary>
public enum TextChange
{
    /// <summary>The same sentence in both reports.</summary>
    Same,

    /// <summary>The same words, other figures or punctuation (the ideographs agree, the characters do not).</summary>
    Changed,

    /// <summary>A sentence of A that B does not have.</summary>
    OnlyA,

    /// <summary>A sentence of B that A does not have.</summary>
    OnlyB,
}

/// <summary>One cell key across two reports.</summary>
/// <param name="TableId">The table the key is in (table2, table3, table4).</param>
/// <param name="A">A's cell; null when the key is not in A's template tables or A's cells are not recorded.</param>
/// <param name="Difference">B's value − A's value when both are printed; null otherwise.</param>
public sealed record CellComparisonView(string Key, string TableId, TableCellView? A, TableCellView? B, decimal? Difference, CellChange Change);

/// <summary>One sentence (or a pair of sentences with the same words) of the prose diff.</summary>
public sealed record TextDifferenceView(TextChange Change, string? A, string? B);

/// <summary>Two reports side by side: every cell of either report's template tables, and the prose sentence by sentence.</summary>
/// <param name="CellsRecordedA">False when A's cell states are not stored (its cells are then all null).</param>
public sealed record ReportComparisonView(
    ReportView A,
    ReportView B,
    bool CellsRecordedA,
    bool CellsRecordedB,
    IReadOnlyList<CellComparisonView> Cells,
    IReadOnlyList<TextDifferenceView> Text);

/// <summary>
/// Compares two reports (issue 24, compare(a, b)): the cells of the three template tables key by key, and the prose
/// as <see cref="ReportProse"/> reads it — headings, table rows and the template's statutory sentences left out — as a
/// longest-common-subsequence diff of sentences matched on their ideographs (so a sentence with new figures is one
/// CHANGED line, not a removal and an addition).
/// </summary>
public static class ReportComparer
{
    public static ReportComparisonView Compare(
        ReportView a, IReadOnlyList<TableCellView>? cellsA, string? textA, ReportView b, IReadOnlyList<TableCellView>? cellsB, string? textB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new ReportComparisonView(a, b, cellsA is not null, cellsB is not null, Cells(a, cellsA, b, cellsB), Text(textA, textB));
    }

    private static List<CellComparisonView> Cells(ReportView a, IReadOnlyList<TableCellView>? cellsA, ReportView b, IReadOnlyList<TableCellView>? cellsB)
    {
        var tableOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var inA = new HashSet<string>(StringComparer.Ordinal);
        var inB = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var (template, set) in new[] { (a.Template, inA), (b.Template, inB) })
        {
            foreach (var table in StandardTables.ForTemplate(template))
            {
                foreach (var key in table.Keys())
                {
                    set.Add(key);
                    if (tableOf.TryAdd(key, table.Id))
                    {
                        keys.Add(key);
                    }
                }
            }
        }

        var byKeyA = cellsA?.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var byKeyB = cellsB?.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var result = new List<CellComparisonView>(keys.Count);
        foreach (var key in keys)
        {
            var cellA = inA.Contains(key) ? byKeyA?.GetValueOrDefault(key) : null;
            var cellB = inB.Contains(key) ? byKeyB?.GetValueOrDefault(key) : null;
            decimal? difference = cellA is { State: CellState.Printed, Cell.Value: { } va } && cellB is { State: CellState.Printed, Cell.Value: { } vb } ? vb - va : null;
            var change = (cellA, cellB) switch
            {
                (null, null) => (CellChange?)null,
                (not null, null) => CellChange.OnlyA,
                (null, not null) => CellChange.OnlyB,
                _ when difference is { } d => d == 0 ? CellChange.Same : CellChange.Changed,
                _ => cellA.State == cellB.State ? CellChange.Same : CellChange.StateChanged,
            };
            if (change is { } known)
            {
                result.Add(new CellComparisonView(key, tableOf[key], cellA, cellB, difference, known));
            }
        }

        return result;
    }

    private static List<TextDifferenceView> Text(string? textA, string? textB)
    {
        var a = textA is null ? [] : ReportProse.Of(textA).Sentences;
        var b = textB is null ? [] : ReportProse.Of(textB).Sentences;
        var keyA = a.Select(Words).ToArray();
        var keyB = b.Select(Words).ToArray();

        // Longest common subsequence on the sentences' words (about 100 sentences a report: 10,000 cells).
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = keyA[i] == keyB[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<TextDifferenceView>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && keyA[x] == keyB[y])
            {
                result.Add(new TextDifferenceView(a[x] == b[y] ? TextChange.Same : TextChange.Changed, a[x], b[y]));
                x++;
                y++;
            }
            else if (y < b.Count && (x == a.Count || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                result.Add(new TextDifferenceView(TextChange.OnlyB, null, b[y++]));
            }
            else
            {
                result.Add(new TextDifferenceView(TextChange.OnlyA, a[x++], null));
            }
        }

        return result;
    }

    private static string Words(string sentence) => string.Concat(sentence.Where(c => c is >= '\u4e00' and <= '\u9fff'));
}
