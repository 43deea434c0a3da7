using System.Text.RegularExpressions;

namespace Archive.Ingest.Readers.Pdf;

/// <summary>
/// A word processor's table drawn without rules wraps its narrow label columns a few characters a line, with the
/// row's values on the label's first line (cells aligned to the top): <c>3.危 0 0 … 0</c> / <c>及“三</c> / <c>安全</c>.
/// Read line by line, the values stand beside a fragment of their label and the rest of it comes as lines of its own.
/// Such a row is put back together: the lines right below a line of values that print only in its label columns, at
/// the cell's own line spacing, join the label column they sit under. Lines that open a numbered label (2. （三） 四、)
/// start another row, never continue one: in a table whose cells are centred they are the next row's first lines.
/// </summary>
internal static partial class PdfWrappedRows
{
    // Two values are a row too (an older 统计表's year and cumulative columns, a 收费 row's items and amount): on the
    // ten PDF sets, three values read 1,237 of r49's 1,382 cells and two 1,250, every other set the same, none wrong.
    private const int MinimumValues = 2;

    /// <summary>The page's free lines (top to bottom) as layout items, a wrapped row as one item with tab-separated cells.</summary>
    public static List<PdfLayoutItem> Items(List<List<PdfGlyph>> lines)
    {
        var items = new List<PdfLayoutItem>();
        var kept = lines.Where(l => l.Any(g => !g.IsSpace)).ToList();
        var printed = kept.Select(l => l.Where(g => !g.IsSpace).ToList()).ToList();
        var pitch = LinePitch(printed);
        for (var i = 0; i < printed.Count; i++)
        {
            var pieces = Pieces(printed[i]);
            var values = TrailingValues(pieces);
            var end = i + 1;
            if (values >= MinimumValues && values < pieces.Count)
            {
                var valueLeft = pieces[^values][0].Left;
                while (end < printed.Count && ContinuesLabel(printed[end - 1], printed[end], valueLeft, pitch))
                {
                    end++;
                }
            }

            items.Add(end == i + 1 ? Line(kept[i], printed[i]) : Row(printed.GetRange(i, end - i), pieces.Count - values));
            i = end - 1;
        }

        return items;
    }

    private static bool ContinuesLabel(List<PdfGlyph> above, List<PdfGlyph> line, double valueLeft, double pitch)
    {
        var size = Math.Min(above.Min(g => g.Size), line.Min(g => g.Size));

        // Within a cell lines follow at the page's line pitch; the next row starts below the cells' padding (17.6 pt
        // against 14 at the least measured, 0.3 em more).
        return Distance(above, line) <= pitch + 0.2 * size
            && line.Max(g => g.Right) < valueLeft
            && !Pieces(line).Any(p => OpensNumberedLabel().IsMatch(PdfLineBuilder.Write(p, allowTabs: false)));
    }

    /// <summary>The page's single line spacing: the closest two lines follow, ignoring lines of one row set a little apart.</summary>
    private static double LinePitch(List<List<PdfGlyph>> printed)
    {
        var pitch = double.MaxValue;
        for (var i = 1; i < printed.Count; i++)
        {
            var distance = Distance(printed[i - 1], printed[i]);
            if (distance >= 0.9 * Math.Max(printed[i - 1].Max(g => g.Size), printed[i].Max(g => g.Size)))
            {
                pitch = Math.Min(pitch, distance);
            }
        }

        return pitch;
    }

    private static double Distance(List<PdfGlyph> above, List<PdfGlyph> line) => above.Min(g => g.Baseline) - line.Max(g => g.Baseline);

    private static PdfLayoutItem Row(List<List<PdfGlyph>> lines, int labelPieces)
    {
        // Label columns are known by where their pieces start; a piece under none of them starts a column of its own.
        var columns = new List<(double Left, string Text)>();
        var first = Pieces(lines[0]);
        foreach (var piece in first.Take(labelPieces).Concat(lines.Skip(1).SelectMany(Pieces)))
        {
            var text = PdfLineBuilder.Write(piece, allowTabs: false);
            var em = piece[0].Size;
            var column = columns.FindIndex(c => Math.Abs(c.Left - piece[0].Left) <= em);
            if (column < 0)
            {
                columns.Add((piece[0].Left, text));
            }
            else
            {
                columns[column] = (columns[column].Left, TextJoining.Join(columns[column].Text, text));
            }
        }

        var cells = columns.OrderBy(c => c.Left).Select(c => c.Text)
            .Concat(first.Skip(labelPieces).Select(p => PdfLineBuilder.Write(p, allowTabs: false)));
        var glyphs = lines.SelectMany(l => l).ToList();
        var sizes = glyphs.Select(g => g.Size).Order().ToList();
        return new PdfLayoutItem(string.Join('\t', cells), true, lines[0].Max(g => g.Top), glyphs.Min(g => g.Bottom), glyphs.Min(g => g.Left), glyphs.Max(g => g.Right), sizes[sizes.Count / 2]);
    }

    private static PdfLayoutItem Line(List<PdfGlyph> line, List<PdfGlyph> printed)
    {
        var sizes = printed.Select(g => g.Size).Order().ToList();
        return new PdfLayoutItem(PdfLineBuilder.Write(line, allowTabs: true), false, printed.Max(g => g.Top), printed.Min(g => g.Bottom), printed[0].Left, printed[^1].Right, sizes[sizes.Count / 2]);
    }

    /// <summary>A line's runs of glyphs, split where the gap is wider than a character (cells, not words).</summary>
    private static List<List<PdfGlyph>> Pieces(List<PdfGlyph> printed)
    {
        var pieces = new List<List<PdfGlyph>> { new() { printed[0] } };
        for (var i = 1; i < printed.Count; i++)
        {
            var em = Math.Min(printed[i - 1].Size, printed[i].Size);
            if (printed[i].Left - printed[i - 1].Right > 0.8 * em)
            {
                pieces.Add([]);
            }

            pieces[^1].Add(printed[i]);
        }

        return pieces;
    }

    private static int TrailingValues(List<List<PdfGlyph>> pieces)
    {
        var count = 0;
        while (count < pieces.Count && Value().IsMatch(PdfLineBuilder.Write(pieces[^(count + 1)], allowTabs: false)))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"^\d+(?:\.\d+)?%?$")]
    private static partial Regex Value();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])")]
    private static partial Regex OpensNumberedLabel();
}
