namespace Archive.Ingest.Readers.Pdf;

/// <summary>What one page holds: its glyphs and ruled tables (the grids can be widened by <see cref="PdfTableGrid.WithColumns"/>).</summary>
internal sealed class PdfPageContent(List<PdfGlyph> glyphs, List<PdfTableGrid> grids, double width, double height, int unmappedGlyphCount)
{
    public List<PdfGlyph> Glyphs { get; } = glyphs;

    public List<PdfTableGrid> Grids { get; } = grids;

    public double Width { get; } = width;

    public double Height { get; } = height;

    public int UnmappedGlyphCount { get; } = unmappedGlyphCount;

    /// <summary>
    /// A table that runs over a page break is two grids, and each page only has the rules its own rows draw: a
    /// column split only in rows of the other page would be missing, shifting values left. Grids that end one page
    /// and start the next with the same width, one's columns a subset of the other's, are one table, so each gets
    /// the other's column rules. (Two different tables that happen to meet at a page break rarely nest that way.)
    /// </summary>
    public static void ShareColumnsAcrossPageBreaks(IReadOnlyList<PdfPageContent> pages)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var p = 1; p < pages.Count; p++)
            {
                var previous = pages[p - 1].Grids.OrderBy(g => g.Bottom).FirstOrDefault();
                var first = pages[p].Grids.OrderByDescending(g => g.Top).FirstOrDefault();
                if (previous is null || first is null || !previous.SameWidth(first) || !(previous.HasColumns(first.Columns) || first.HasColumns(previous.Columns)))
                {
                    continue;
                }

                pages[p - 1].Grids[pages[p - 1].Grids.IndexOf(previous)] = previous.WithColumns(first.Columns);
                pages[p].Grids[pages[p].Grids.IndexOf(first)] = first.WithColumns(previous.Columns);
            }
        }
    }
}
