using System.Text;

namespace Archive.Ingest.Normalization;

/// <summary>
/// Conservative, documented normalization of decoded report text. Rules, in order:
/// <list type="number">
/// <item>a leading byte-order mark (U+FEFF) is dropped;</item>
/// <item>CRLF and lone CR become LF;</item>
/// <item>spaces (U+0020, U+3000, NBSP) at the end of a line are dropped (tabs are kept: they separate table cells);</item>
/// <item>NUL and other C0 control characters except tab, LF and form feed are dropped;</item>
/// <item>line breaks that PDF extraction put inside a paragraph (<c>社会\n\n主义</c>) are dropped, with the blank
/// lines between, so the paragraph reads as one line (the rule is <see cref="WrappedLineJoiner"/>'s: full-width
/// line, no sentence end, next line not a heading, list item, indented line or table row);</item>
/// <item>a CJK radical that stands for the ideograph it draws (⺠ for 民, as PDF text extraction may return it) becomes
/// that ideograph (<see cref="RadicalIdeographs"/>).</item>
/// </list>
/// Nothing else changes: characters, digits and punctuation stay as printed. Every normalized character
/// keeps the index of the decoded character it came from (<see cref="NormalizedText"/>).
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        var builder = new MappedTextBuilder(decoded.Length);
        var pendingSpacesStart = -1; // raw index where a run of trailing-candidate spaces began
        var spaces = new StringBuilder();

        for (var i = 0; i < decoded.Length; i++)
        {
            var c = decoded[i];
            if (i == 0 && c == '\uFEFF')
            {
                continue;
            }

            if (c is ' ' or '\u3000' or '\u00A0')
            {
                if (pendingSpacesStart < 0)
                {
                    pendingSpacesStart = i;
                }

                spaces.Append(c);
                continue;
            }

            var isLineEnd = c is '\n' or '\r';
            if (pendingSpacesStart >= 0)
            {
                if (!isLineEnd)
                {
                    for (var k = 0; k < spaces.Length; k++)
                    {
                        builder.Append(spaces[k], pendingSpacesStart + k);
                    }
                }

                spaces.Clear();
                pendingSpacesStart = -1;
            }

            if (c == '\r')
            {
                builder.Append('\n', i);
                if (i + 1 < decoded.Length && decoded[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (char.IsControl(c) && c is not ('\n' or '\t' or '\f'))
            {
                continue;
            }

            builder.Append(RadicalIdeographs.Map(c), i);
        }

        // Spaces at the very end of the text are trailing spaces of the last line.
        return JoinWrappedLines(builder.Build(decoded.Length), decoded.Length);
    }

    private static NormalizedText JoinWrappedLines(NormalizedText lines, int rawLength)
    {
        var joins = WrappedLineJoiner.FindJoins(lines.Text);
        if (joins.Count == 0)
        {
            return lines;
        }

        var text = lines.Text;
        var builder = new MappedTextBuilder(text.Length);
        var next = 0;
        foreach (var (start, end) in joins)
        {
            for (var i = next; i < start; i++)
            {
                builder.Append(text[i], lines.ToRaw(i));
            }

            next = end;
        }

        for (var i = next; i < text.Length; i++)
        {
            builder.Append(text[i], lines.ToRaw(i));
        }

        return builder.Build(rawLength);
    }
}
