using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Archive.Ingest.Readers.Pdf;

/// <summary>One page as lines in reading order: ruled tables rebuilt from their rules, the rest from baselines.</summary>
internal sealed record PdfPageLayout(IReadOnlyList<PdfLayoutItem> Items, double Width, double Height, int GlyphCount, int UnmappedGlyphCount)
{
    private const double MinimumRuleLength = 3.0;
    private const double MaximumRuleThickness = 3.0;

    /// <summary>The page's glyphs and ruled tables, before tables split over pages are matched up.</summary>
    public static PdfPageContent Analyze(Page page)
    {
        var glyphs = new List<PdfGlyph>();
        var unmapped = 0;
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || letter.Value.Length == 0)
            {
                continue;
            }

            var text = string.IsNullOrWhiteSpace(letter.Value) ? " " : MapCompatibilityRadicals(letter.Value);
            if (IsUnmapped(text))
            {
                unmapped++;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(1.0, letter.BoundingBox.Height);
            var baseline = letter.StartBaseLine.Y;
            var right = Math.Max(letter.EndBaseLine.X, letter.StartBaseLine.X + 0.1);
            glyphs.Add(new PdfGlyph(text, letter.StartBaseLine.X, right, baseline, baseline + 0.8 * size, baseline - 0.2 * size, size));
        }

        return new PdfPageContent(glyphs, PdfTableGrid.Detect(Rules(page)), page.Width, page.Height, unmapped);
    }

    /// <summary>The page's lines in reading order.</summary>
    public static PdfPageLayout Build(PdfPageContent content)
    {
        var items = new List<PdfLayoutItem>();
        var free = new List<PdfGlyph>();
        var grids = content.Grids;
        var inGrid = grids.ToDictionary(g => g, _ => new List<PdfGlyph>());
        foreach (var glyph in content.Glyphs)
        {
            var grid = grids.Find(g => g.Contains(glyph));
            if (grid is null)
            {
                free.Add(glyph);
            }
            else
            {
                inGrid[grid].Add(glyph);
            }
        }

        foreach (var (grid, gridGlyphs) in inGrid)
        {
            items.AddRange(grid.Rows(gridGlyphs));
        }

        items.AddRange(PdfWrappedRows.Items(PdfLineBuilder.GroupLines(free)));
        items.Sort((a, b) => b.Top.CompareTo(a.Top));
        return new PdfPageLayout(items, content.Width, content.Height, content.Glyphs.Count(g => !g.IsSpace), content.UnmappedGlyphCount);
    }

    private static List<PdfSegment> Rules(Page page)
    {
        var rules = new List<PdfSegment>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsFilled)
                {
                    // Office exporters often draw a rule as a thin filled rectangle.
                    var box = subpath.GetBoundingRectangle();
                    if (box is { } rect)
                    {
                        AddThinBox(rules, rect);
                    }
                }

                if (path.IsStroked)
                {
                    AddStrokes(rules, subpath);
                }
            }
        }

        return rules;
    }

    private static void AddThinBox(List<PdfSegment> rules, PdfRectangle rect)
    {
        if (rect.Height <= MaximumRuleThickness && rect.Width >= MinimumRuleLength)
        {
            rules.Add(new PdfSegment(true, (rect.Top + rect.Bottom) / 2, rect.Left, rect.Right));
        }
        else if (rect.Width <= MaximumRuleThickness && rect.Height >= MinimumRuleLength)
        {
            rules.Add(new PdfSegment(false, (rect.Left + rect.Right) / 2, rect.Bottom, rect.Top));
        }
    }

    private static void AddStrokes(List<PdfSegment> rules, PdfSubpath subpath)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddLine(rules, line.From, line.To);
                    start ??= line.From;
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddLine(rules, c, s);
                    current = s;
                    break;
                case PdfSubpath.CubicBezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void AddLine(List<PdfSegment> rules, PdfPoint from, PdfPoint to)
    {
        var (dx, dy) = (Math.Abs(to.X - from.X), Math.Abs(to.Y - from.Y));
        if (dy <= 0.5 && dx >= MinimumRuleLength)
        {
            rules.Add(new PdfSegment(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (dx <= 0.5 && dy >= MinimumRuleLength)
        {
            rules.Add(new PdfSegment(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    /// <summary>
    /// Some fonts map ideographs to their Kangxi-radical look-alikes (U+2F00–U+2FDF, U+2E80–U+2EFF); compatibility
    /// normalization gives back the ideograph a reader searches for (⾏ → 行).
    /// </summary>
    private static string MapCompatibilityRadicals(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u2E80' and <= '\u2FDF')
            {
                return text.Normalize(NormalizationForm.FormKC);
            }
        }

        return text;
    }

    /// <summary>Glyphs a font gave no Unicode for come out as private-use or replacement characters.</summary>
    private static bool IsUnmapped(string text) =>
        text.Length > 0 && text.All(c => c is '\uFFFD' or (>= '\uE000' and <= '\uF8FF') || char.IsControl(c));
}
