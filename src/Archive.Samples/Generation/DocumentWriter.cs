using System.Globalization;

namespace Archive.Samples.Generation;

/// <summary>
/// Writes headings and prose paragraphs of a report in its <see cref="ParagraphStyle"/>, the plain words of a series
/// report in its body's <see cref="ProseStyle"/> (figures and distractors as composed).
/// </summary>
internal sealed class DocumentWriter(ReportTextBuilder output, SplitMix64 rng, ParagraphStyle style, ProseStyle? wording = null)
{
    private int _page = 1;

    public void Heading(string text)
    {
        output.Line(text);
        if (style.BlankBetweenParagraphs)
        {
            output.BlankLine();
        }
    }

    public void Paragraph(IReadOnlyList<ProseSegment> segments)
    {
        if (segments.Count == 0)
        {
            return;
        }

        if (style.PageBreaks && rng.Chance(0.12))
        {
            // pdftotext ends a page with its footer and starts the next one with a form feed.
            output.Line(new string(' ', 36) + "- " + _page.ToString(CultureInfo.InvariantCulture) + " -");
            _page++;
            output.BlankLine();
            output.Append('\f');
        }

        if (wording is not null)
        {
            segments = [.. segments.Select(s => s.Protected || s.MetricKey is not null ? s : s with { Text = wording.Apply(s.Text) })];
        }

        output.Paragraph(segments, style.Indent, style.WrapWidth, style.LineBreak);
        if (style.BlankBetweenParagraphs)
        {
            output.BlankLine();
        }
    }
}
