using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Ingest.Readers;

/// <summary>
/// Web pages through AngleSharp: the body's text as a browser lays it out in blocks (one line per paragraph,
/// heading, list item or &lt;br&gt;), data tables as tab-separated rows with colspan/rowspan kept as empty slots
/// (<see cref="TableTextLayout"/>). Scripts, styles and the head are skipped. A one-column table used for page
/// layout is read as the blocks it holds.
/// </summary>
public sealed class HtmlDocumentReader : IDocumentReader
{
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "SCRIPT", "STYLE", "HEAD", "NOSCRIPT", "TEMPLATE", "TITLE", "SELECT", "BUTTON", "SVG", "IFRAME", "OBJECT",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "SECTION", "ARTICLE",
        "HEADER", "FOOTER", "NAV", "ASIDE", "MAIN", "BLOCKQUOTE", "PRE", "ADDRESS", "FIGURE", "FIGCAPTION", "HR",
        "CENTER", "FORM", "FIELDSET", "CAPTION", "BODY", "HTML", "TR",
    };

    public DocumentKind Kind => DocumentKind.Html;

    public DocumentText Read(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        Decoding.DecodedText decoded;
        try
        {
            decoded = HtmlCharset.Decode(bytes.Span);
        }
        catch (Decoding.UndecodableTextException ex)
        {
            throw new UnreadableDocumentException("web page: " + ex.Message, ex);
        }

        return new DocumentText(ToText(decoded.Text, cancellationToken), "html", decoded.Encoding);
    }

    /// <summary>The report text of an HTML document given as a string.</summary>
    public static string ToText(string html, CancellationToken cancellationToken)
    {
        var document = new HtmlParser().ParseDocument(html);
        var writer = new BlockWriter(cancellationToken);
        writer.WriteChildren((INode?)document.Body ?? document.DocumentElement);
        return writer.Finish();
    }

    /// <summary>Accumulates inline text into lines, collapsing white space the way a browser does.</summary>
    private sealed class BlockWriter(CancellationToken cancellationToken)
    {
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _line = new();
        private bool _pendingSpace;
        private bool _pendingSpaceHadNewline;

        public void WriteChildren(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                Write(child);
            }
        }

        public string Finish()
        {
            FlushLine();
            return _output.ToString();
        }

        /// <summary>Text of a node with its blocks joined on one line (for table cells).</summary>
        public static string InlineText(INode node, CancellationToken cancellationToken)
        {
            var writer = new BlockWriter(cancellationToken);
            writer.WriteChildren(node);
            var lines = writer.Finish().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return lines.Aggregate(string.Empty, (text, line) => TextJoining.Join(text, line.Trim()));
        }

        private void Write(INode node)
        {
            switch (node)
            {
                case IText text:
                    AppendText(text.Data);
                    break;
                case IElement element:
                    WriteElement(element);
                    break;
            }
        }

        private void WriteElement(IElement element)
        {
            var tag = element.TagName.ToUpperInvariant();
            if (SkippedTags.Contains(tag))
            {
                return;
            }

            if (tag == "BR")
            {
                FlushLine();
                return;
            }

            if (element is IHtmlTableElement table)
            {
                FlushLine();
                WriteTable(table);
                return;
            }

            var isBlock = BlockTags.Contains(tag) || tag is "TD" or "TH";
            if (isBlock)
            {
                FlushLine();
            }

            WriteChildren(element);
            if (isBlock)
            {
                FlushLine();
            }
        }

        private void WriteTable(IHtmlTableElement table)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = table.Rows.ToList();
            if (rows.All(row => row.Cells.Length <= 1 && row.Cells.All(c => c.ColumnSpan <= 1)))
            {
                // A one-column table lays out the page; its cells hold paragraphs, not data.
                foreach (var cell in rows.SelectMany(row => row.Cells))
                {
                    WriteChildren(cell);
                    FlushLine();
                }

                return;
            }

            var cells = rows
                .Select(row => (IReadOnlyList<TableCellText>)row.Cells
                    .Select(cell => new TableCellText(
                        InlineText(cell, cancellationToken),
                        Math.Max(1, cell.ColumnSpan),
                        cell.RowSpan <= 0 ? rows.Count : cell.RowSpan))
                    .ToList())
                .ToList();
            foreach (var line in TableTextLayout.ToLines(cells))
            {
                _output.Append(line).Append('\n');
            }
        }

        private void AppendText(string data)
        {
            foreach (var raw in data)
            {
                var c = raw == '\u00A0' ? ' ' : raw;
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_line.Length > 0)
                    {
                        _pendingSpace = true;
                        _pendingSpaceHadNewline |= c is '\n' or '\r';
                    }

                    continue;
                }

                if (_pendingSpace)
                {
                    // A source line break between two Chinese characters is not a space (CSS Text segment breaks).
                    var dropped = _pendingSpaceHadNewline && TextJoining.IsCjk(_line[^1]) && TextJoining.IsCjk(c);
                    if (!dropped)
                    {
                        _line.Append(' ');
                    }

                    _pendingSpace = false;
                    _pendingSpaceHadNewline = false;
                }

                _line.Append(c);
            }
        }

        private void FlushLine()
        {
            _pendingSpace = false;
            _pendingSpaceHadNewline = false;
            if (_line.Length == 0)
            {
                return;
            }

            _output.Append(_line).Append('\n');
            _line.Clear();
        }
    }
}
