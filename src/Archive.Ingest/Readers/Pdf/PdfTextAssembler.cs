using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Ingest.Readers.Pdf;

/// <summary>
/// Turns the pages' lines into report text: running headers and footers (a line repeated at the same height in
/// the page margin on other pages) and page numbers are dropped; a line that runs to the right margin is joined
/// with the next one (a wrap inside a paragraph, also across a page break); table rows stay one per line.
/// </summary>
internal static partial class PdfTextAssembler
{
    private const double MarginZone = 0.12;

    public static string Assemble(IReadOnlyList<PdfPageLayout> pages)
    {
        var bodies = DropRunningLines(pages);
        var textItems = bodies.SelectMany(b => b).Where(i => !i.IsTableRow).ToList();
        if (textItems.Count == 0 && bodies.All(b => b.Count == 0))
        {
            return string.Empty;
        }

        var leftMargin = textItems.Count > 0 ? Percentile(textItems.Select(i => i.Left), 0.05) : 0;
        var output = new StringBuilder();
        var paragraph = new StringBuilder();
        PdfLayoutItem? previous = null;
        var previousPage = -1;
        for (var p = 0; p < bodies.Count; p++)
        {
            var textRight = pages[p].Width - leftMargin;
            foreach (var item in bodies[p])
            {
                if (item.IsTableRow)
                {
                    Flush(output, paragraph);
                    output.Append(item.Text).Append('\n');
                    previous = null;
                    continue;
                }

                if (previous is not null && Continues(previous, item, textRight, leftMargin, samePage: previousPage == p))
                {
                    var joined = TextJoining.Join(paragraph.ToString(), item.Text);
                    paragraph.Clear().Append(joined);
                }
                else
                {
                    Flush(output, paragraph);
                    paragraph.Append(item.Text);
                }

                previous = item;
                previousPage = p;
            }
        }

        Flush(output, paragraph);
        return output.ToString();
    }

    private static bool Continues(PdfLayoutItem previous, PdfLayoutItem next, double textRight, double leftMargin, bool samePage)
    {
        if (previous.Text.Contains('\t', StringComparison.Ordinal) || next.Text.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var em = previous.Size;
        var reachesMargin = previous.Right >= textRight - 1.5 * em;
        var sameSize = Math.Abs(previous.Size - next.Size) <= 0.15 * em;
        var notIndented = next.Left <= leftMargin + 0.8 * next.Size;
        var close = !samePage || previous.Bottom - next.Top <= 1.2 * em;
        return reachesMargin && sameSize && notIndented && close;
    }

    /// <summary>Each page's items without its running header/footer lines (in the margin on at least half the pages) and page numbers.</summary>
    private static List<List<PdfLayoutItem>> DropRunningLines(IReadOnlyList<PdfPageLayout> pages)
    {
        var marginLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in page.Items.Where(i => InMargin(i, page)).Select(i => RunningKey(i)).Distinct(StringComparer.Ordinal))
            {
                marginLines[key] = marginLines.GetValueOrDefault(key) + 1;
            }
        }

        // A running line is on most pages; a body line that happens to sit at the same height on two pages is not.
        var running = Math.Max(2, (pages.Count + 1) / 2);
        var folioOffsets = BareNumberOffsets(pages);
        return pages.Select((page, p) => page.Items
            .Where(item => !(InMargin(item, page) && IsMarginFolio(item, p, folioOffsets, marginLines[RunningKey(item)] >= running)))
            .ToList()).ToList();
    }

    /// <summary>
    /// A margin line that is a page number or a running line. A bare number is a page number only where it counts
    /// the pages: it is the page's own number (or one less, an unnumbered cover), or it differs from the page's
    /// number by the same amount on another page (a report printed inside a longer document). A table printed one
    /// cell per line puts its cells (20, 0) at page tops too, at no such count: they are kept.
    /// </summary>
    private static bool IsMarginFolio(PdfLayoutItem item, int pageIndex, Dictionary<int, int> folioOffsets, bool isRunning)
    {
        var text = item.Text.Trim();
        if (!BareNumber().IsMatch(text))
        {
            return IsPageNumber(text) || isRunning;
        }

        var offset = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) - (pageIndex + 1);
        return offset is 0 or -1 || folioOffsets.GetValueOrDefault(offset) >= 2;
    }

    /// <summary>For each difference between a bare margin number and its page's number, on how many pages it occurs.</summary>
    private static Dictionary<int, int> BareNumberOffsets(IReadOnlyList<PdfPageLayout> pages)
    {
        var offsets = new Dictionary<int, int>();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            foreach (var offset in page.Items
                .Where(i => InMargin(i, page) && BareNumber().IsMatch(i.Text.Trim()))
                .Select(i => int.Parse(i.Text.Trim(), System.Globalization.CultureInfo.InvariantCulture) - (p + 1))
                .Distinct())
            {
                offsets[offset] = offsets.GetValueOrDefault(offset) + 1;
            }
        }

        return offsets;
    }

    private static bool InMargin(PdfLayoutItem item, PdfPageLayout page) =>
        !item.IsTableRow && (item.Bottom >= page.Height * (1 - MarginZone) || item.Top <= page.Height * MarginZone);

    /// <summary>Same text (digits aside, so "第 3 页" matches "第 4 页") at the same height.</summary>
    private static string RunningKey(PdfLayoutItem item) =>
        $"{Math.Round(item.Top / 3)}|{Digits().Replace(item.Text.Replace(" ", string.Empty, StringComparison.Ordinal), "#")}";

    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    private static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Floor(fraction * (sorted.Count - 1))];
    }

    private static void Flush(StringBuilder output, StringBuilder paragraph)
    {
        if (paragraph.Length > 0)
        {
            output.Append(paragraph).Append('\n');
            paragraph.Clear();
        }
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(?:[-—–－~·•\s]*\d{1,4}[-—–－~·•\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|(?:Page|页码)\s*\d+(?:\s*(?:of|/)\s*\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
