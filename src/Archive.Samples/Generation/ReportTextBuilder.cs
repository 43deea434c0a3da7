using System.Text;
using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>
/// Writes a report's text and records where every metric's source lies in it, so the truth's Start/End/Source are
/// exact spans of the final characters (line endings, wrapping and indentation included).
/// </summary>
internal sealed class ReportTextBuilder(string newLine)
{
    private readonly StringBuilder _text = new(16 * 1024);
    private readonly List<ExtractedMetric> _metrics = [];

    public string NewLineText => newLine;

    public int Length => _text.Length;

    public IReadOnlyList<ExtractedMetric> Metrics => _metrics;

    public void Append(string text) => _text.Append(text);

    public void Append(char c) => _text.Append(c);

    public void NewLine() => _text.Append(newLine);

    public void Line(string text)
    {
        _text.Append(text);
        _text.Append(newLine);
    }

    public void BlankLine() => _text.Append(newLine);

    /// <summary>Template cells printed blank (no metric: a blank cell is not 0), in the order written.</summary>
    public List<string> BlankCells { get; } = [];

    /// <summary>Records a metric whose source is the text written between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public void AddMetric(string key, decimal value, string? unit, MetricOrigin origin, int start, int end) =>
        _metrics.Add(new ExtractedMetric(key, value, unit, origin, _text.ToString(start, end - start), start, end));

    /// <summary>
    /// Writes a paragraph, wrapped at <paramref name="wrapWidth"/> display columns when it is positive, with
    /// <paramref name="lineBreak"/> between wrapped lines, then ends the line.
    /// </summary>
    public void Paragraph(IReadOnlyList<ProseSegment> segments, string indent, int wrapWidth, string lineBreak)
    {
        _text.Append(indent);
        var column = PrintForms.Width(indent);
        var previous = '\0';
        foreach (var segment in segments)
        {
            var start = _text.Length;
            var text = segment.Text;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var width = PrintForms.Width(c);
                if (wrapWidth > 0 && column + width > wrapWidth && column > 0 && CanBreak(segment, i, previous, c))
                {
                    _text.Append(lineBreak);
                    column = 0;
                    if (i == 0)
                    {
                        start = _text.Length;
                    }
                }

                _text.Append(c);
                column += width;
                previous = c;
            }

            if (segment.MetricKey is not null)
            {
                AddMetric(segment.MetricKey, segment.Value, segment.Unit, MetricOrigin.Prose, start, _text.Length);
            }
        }

        _text.Append(newLine);
    }

    public override string ToString() => _text.ToString();

    private static bool CanBreak(ProseSegment segment, int index, char previous, char c)
    {
        if (char.IsAsciiDigit(previous) && char.IsAsciiDigit(c))
        {
            return false;
        }

        if (IsFullWidthDigit(previous) && IsFullWidthDigit(c))
        {
            return false;
        }

        if (c is '，' or '。' or '、' or '；' or '：' or '）' or '”' or '》' or '％' or '%')
        {
            return false;
        }

        return !segment.Protected || index == 0 || index == segment.BreakAt;
    }

    private static bool IsFullWidthDigit(char c) => c is >= '\uFF10' and <= '\uFF19';
}
