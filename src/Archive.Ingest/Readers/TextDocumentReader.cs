using System.Text;
using Archive.Ingest.Decoding;

namespace Archive.Ingest.Readers;

/// <summary>
/// Plain text, decoded by BOM, strict UTF-8 or GB18030 (<see cref="TextDecoder"/>). An HTML table left raw between
/// the lines of a converted text is laid out as a web page's table is; a merged cell a markdown grid prints in every
/// column it spans is printed once (<see cref="PipeGridSpans"/>).
/// </summary>
public sealed class TextDocumentReader : IDocumentReader
{
    public DocumentKind Kind => DocumentKind.Text;

    public DocumentText Read(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            var decoded = TextDecoder.Decode(bytes.Span);
            return new DocumentText(PipeGridSpans.Merge(LayOutRawTables(decoded.Text, cancellationToken)), "txt", decoded.Encoding);
        }
        catch (UndecodableTextException ex)
        {
            throw new UnreadableDocumentException(ex.Message, ex);
        }
    }

    /// <summary>
    /// Markdown writers (pandoc's gfm and markdown) keep a table with merged cells as raw HTML among the text: its
    /// markup is no report text (it made a real report's Markdown fail the hanzi share, and its cells went unread), so
    /// each table opened at a line's start and closed is replaced by its rows as <see cref="HtmlDocumentReader"/> lays
    /// them out. PDF-to-Markdown converters that recognise tables from the page (MinerU) wrap each one in
    /// <c>&lt;html&gt;&lt;body&gt;</c> on its line: such wrapper tags before the table and after its close go with it.
    /// An unclosed table stays as it is.
    /// </summary>
    internal static string LayOutRawTables(string text, CancellationToken cancellationToken)
    {
        var start = TableOpening(text, 0);
        if (start < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var position = 0;
        while (start >= 0 && TableEnd(text, start) is var end and > 0)
        {
            end = AfterClosingTags(text, end);
            output.Append(text, position, start - position);
            output.Append(HtmlDocumentReader.ToText(text[start..end], cancellationToken));
            position = end;
            start = TableOpening(text, end);
        }

        return output.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// The start of the next <c>&lt;table</c> tag that opens a line after spaces only, or after opening tags only (then
    /// the line's start, so that they go with it), or -1.
    /// </summary>
    private static int TableOpening(string text, int from)
    {
        for (var at = TagIndex(text, "<table", from); at >= 0; at = TagIndex(text, "<table", at + 1))
        {
            var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            var before = text.AsSpan(lineStart, at - lineStart);
            if (before.IsWhiteSpace())
            {
                return at;
            }

            if (OnlyTags(before, closing: false))
            {
                return lineStart;
            }
        }

        return -1;
    }

    /// <summary>The end of the closing tags (<c>&lt;/body&gt;&lt;/html&gt;</c>) that follow a table's close on its line, when nothing else does; else <paramref name="end"/>.</summary>
    private static int AfterClosingTags(string text, int end)
    {
        var lineEnd = text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var rest = text.AsSpan(end, lineEnd - end);
        return !rest.IsWhiteSpace() && OnlyTags(rest, closing: true) ? lineEnd : end;
    }

    /// <summary>Whether <paramref name="span"/> is nothing but tags (opening ones, or closing ones) and spaces.</summary>
    private static bool OnlyTags(ReadOnlySpan<char> span, bool closing)
    {
        span = span.Trim();
        while (!span.IsEmpty)
        {
            var close = span.IndexOf('>');
            var name = closing ? 2 : 1;
            if (span[0] != '<' || close < 0 || span.Length <= name || (closing != (span[1] == '/')) || !char.IsAsciiLetter(span[name]))
            {
                return false;
            }

            span = span[(close + 1)..].TrimStart();
        }

        return true;
    }

    /// <summary>The index just after the <c>&lt;/table&gt;</c> that closes the table opened at <paramref name="start"/> (nested tables counted), or -1.</summary>
    private static int TableEnd(string text, int start)
    {
        var depth = 0;
        var at = start;
        while (true)
        {
            var open = TagIndex(text, "<table", at);
            var close = text.IndexOf("</table>", at, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return -1;
            }

            if (open >= 0 && open < close)
            {
                depth++;
                at = open + 1;
                continue;
            }

            depth--;
            at = close + "</table>".Length;
            if (depth == 0)
            {
                return at;
            }
        }
    }

    /// <summary>The index of <paramref name="tag"/> followed by a space, a line break or '&gt;' (not &lt;tablet), or -1.</summary>
    private static int TagIndex(string text, string tag, int from)
    {
        for (var at = text.IndexOf(tag, from, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(tag, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var next = at + tag.Length;
            if (next < text.Length && (text[next] is '>' or '/' || char.IsWhiteSpace(text[next])))
            {
                return at;
            }
        }

        return -1;
    }
}
