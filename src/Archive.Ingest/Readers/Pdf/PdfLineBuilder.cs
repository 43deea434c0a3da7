using System.Text;

namespace Archive.Ingest.Readers.Pdf;

/// <summary>
/// Groups glyphs into lines by baseline and writes each line left to right from positions, not stream order:
/// a small gap is a space, a gap of several characters is a column break (tab).
/// </summary>
internal static class PdfLineBuilder
{
    /// <summary>Lines top to bottom, each a list of glyphs left to right.</summary>
    public static List<List<PdfGlyph>> GroupLines(IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<List<PdfGlyph>>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(line[0].Baseline - glyph.Baseline) <= Math.Max(1.0, 0.35 * Math.Min(line[0].Size, glyph.Size)))
            {
                line.Add(glyph);
            }
            else
            {
                lines.Add([glyph]);
            }
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return lines;
    }

    /// <summary>The text of one line; <paramref name="allowTabs"/> turns wide gaps into tabs (borderless tables).</summary>
    public static string Write(IReadOnlyList<PdfGlyph> line, bool allowTabs)
    {
        var builder = new StringBuilder();
        PdfGlyph? previous = null;
        var printedSpace = false;
        foreach (var glyph in line)
        {
            if (glyph.IsSpace)
            {
                printedSpace = previous is not null;
                continue;
            }

            if (previous is { } before)
            {
                var em = Math.Max(1.0, Math.Min(before.Size, glyph.Size));
                var gap = glyph.Left - before.Right;
                var cjkSide = TextJoining.IsCjk(before.Text[^1]) || TextJoining.IsCjk(glyph.Text[0]);

                // Producers that print no space glyphs leave only the gap; CJK layout adds its own spacing
                // between Chinese and Latin text, so a gap next to a Chinese character must be wider to count.
                if (allowTabs && gap > 2.0 * em)
                {
                    builder.Append('\t');
                }
                else if (printedSpace || gap > (cjkSide ? 0.6 : 0.15) * em)
                {
                    builder.Append(' ');
                }
            }

            builder.Append(glyph.Text);
            previous = glyph;
            printedSpace = false;
        }

        return builder.ToString();
    }
}
