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
        for (var i = 0; i < line.Count; i++)
        {
            var glyph = line[i];
            if (i > 0)
            {
                var previous = line[i - 1];
                var em = Math.Max(1.0, Math.Min(previous.Size, glyph.Size));
                var gap = glyph.Left - previous.Right;
                var bothCjk = TextJoining.IsCjk(previous.Text[^1]) && TextJoining.IsCjk(glyph.Text[0]);
                if (allowTabs && gap > (bothCjk ? 2.5 : 2.0) * em)
                {
                    builder.Append('\t');
                }
                else if (gap > (bothCjk ? 0.9 : 0.15) * em)
                {
                    builder.Append(' ');
                }
            }

            builder.Append(glyph.Text);
        }

        return builder.ToString();
    }
}
