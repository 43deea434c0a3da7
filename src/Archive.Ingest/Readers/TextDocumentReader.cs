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
    /// them out. An unclosed table stays as it is.
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
            output.Append(text, position, start - position);
            output.Append(HtmlDocumentReader.ToText(text[start..end], cancellationToken));
            position = end;
            start = TableOpening(text, end);
        }

        return output.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>The index of the next <c>&lt;table</c> tag that opens a line (after spaces only), or -1.</summary>
    private static int TableOpening(string text, int from)
    {
        for (var at = TagIndex(text, "<table", from); at >= 0; at = TagIndex(text, "<table", at + 1))
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
            if (at == 0 || text.AsSpan(lineStart, at - lineStart).IsWhiteSpace())
            {
                return at;
            }
        }

        return -1;
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
