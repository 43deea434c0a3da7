using System.Text;
using Archive.Core.Text;
using Lucene.Net.Analysis.CharFilters;

namespace Archive.Search.Analysis;

/// <summary>
/// Hands SmartCn the text as a reader sees it (<see cref="ReaderLayout"/>): whitespace runs next to a wide character
/// are dropped, so a word wrapped across a line or page break is segmented as the word it is; a traditional character
/// is read as its simplified form (<see cref="SimplifiedForms"/>, as <see cref="ExactTextForm"/> reads it), so SmartCn,
/// whose dictionary is simplified, segments a traditional copy as the original. Offsets are corrected back to the
/// original text (a mapped character keeps its own).
/// </summary>
internal sealed class ReaderLayoutCharFilter : BaseCharFilter
{
    private string? _output;
    private int _next;

    public ReaderLayoutCharFilter(TextReader input)
        : base(input)
    {
    }

    public override int Read(char[] cbuf, int off, int len)
    {
        _output ??= Join(m_input.ReadToEnd());
        if (_next >= _output.Length)
        {
            return 0;
        }

        var count = Math.Min(len, _output.Length - _next);
        _output.CopyTo(_next, cbuf, off, count);
        _next += count;
        return count;
    }

    private string Join(string text)
    {
        var output = new StringBuilder(text.Length);
        var removed = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                output.Append(SimplifiedForms.Map(text[i]));
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (i > 0 && end < text.Length && ReaderLayout.JoinsAcross(text[i - 1], text[end]))
            {
                removed += end - i;
                AddOffCorrectMap(output.Length, removed);
            }
            else
            {
                output.Append(text, i, end - i);
            }

            i = end - 1;
        }

        return output.ToString();
    }
}
