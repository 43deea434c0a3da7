using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Ingest.Readers;

/// <summary>
/// Word 2007+ documents through DocumentFormat.OpenXml: the main body only (running headers and footers live
/// in their own parts and are left out), one line per paragraph, tables as tab-separated rows with gridSpan as
/// empty slots and vMerge continuations as empty slots (<see cref="TableTextLayout"/>). The zip is checked by
/// <see cref="ZipBombGuard"/> before the SDK touches it.
/// </summary>
public sealed class DocxDocumentReader(DocumentReaderLimits limits) : IDocumentReader
{
    private const string MainPart = "word/document.xml";

    public DocumentKind Kind => DocumentKind.Docx;

    public DocumentText Read(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ZipBombGuard.Check(bytes, [MainPart], limits, cancellationToken);
        DocumentBudgets.CheckDocx(bytes, cancellationToken);
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxArchiveEntryBytes };
            using var document = WordprocessingDocument.Open(new ReadOnlyMemoryStream(bytes), false, settings);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableDocumentException("Word document without a body");
            var output = new StringBuilder();
            WriteBlocks(body, output, cancellationToken);
            return new DocumentText(output.ToString(), "docx", "ooxml");
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or XmlException or InvalidDataException or InvalidOperationException)
        {
            throw new UnreadableDocumentException("damaged Word document: " + ex.Message, ex);
        }
    }

    private static void WriteBlocks(OpenXmlElement container, StringBuilder output, CancellationToken cancellationToken)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var text = ParagraphText(paragraph);
                    if (text.Trim().Length > 0)
                    {
                        output.Append(text).Append('\n');
                    }

                    break;
                case Table table:
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteTable(table, output, cancellationToken);
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    WriteBlocks(element, output, cancellationToken);
                    break;
            }
        }
    }

    private static void WriteTable(Table table, StringBuilder output, CancellationToken cancellationToken)
    {
        var rows = table.Elements<TableRow>().ToList();
        var cellRows = rows.Select(row => RowCells(row).ToList()).ToList();
        if (cellRows.All(cells => cells.Count <= 1 && cells.All(c => Span(c) <= 1)))
        {
            // A one-column table frames the page; its cells hold paragraphs, not data.
            foreach (var cell in cellRows.SelectMany(cells => cells))
            {
                WriteBlocks(cell, output, cancellationToken);
            }

            return;
        }

        var layout = new List<IReadOnlyList<TableCellText>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<TableCellText>();
            var gridBefore = rows[r].TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var k = 0; k < gridBefore; k++)
            {
                cells.Add(new TableCellText(string.Empty));
            }

            foreach (var cell in cellRows[r])
            {
                var properties = cell.TableCellProperties;
                var vMerge = properties?.VerticalMerge;
                var continues = vMerge is not null && (vMerge.Val is null || vMerge.Val.Value == MergedCellValues.Continue);
                var hMerge = properties?.HorizontalMerge;
                if (hMerge is not null && (hMerge.Val is null || hMerge.Val.Value == MergedCellValues.Continue))
                {
                    // Legacy horizontal merge: the continuation is a spanned slot.
                    cells.Add(new TableCellText(string.Empty));
                    continue;
                }

                cells.Add(new TableCellText(continues ? string.Empty : CellText(cell), Span(cell)));
            }

            layout.Add(cells);
        }

        foreach (var line in TableTextLayout.ToLines(layout))
        {
            output.Append(line).Append('\n');
        }
    }

    private static IEnumerable<TableCell> RowCells(TableRow row)
    {
        foreach (var element in row.ChildElements)
        {
            switch (element)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell sdt:
                    foreach (var inner in sdt.Descendants<TableCell>())
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static int Span(TableCell cell) => cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;

    private static string CellText(TableCell cell)
    {
        var text = string.Empty;
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            text = TextJoining.Join(text, ParagraphText(paragraph).Trim());
        }

        return text;
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text when element.Ancestors<Paragraph>().First() == paragraph:
                    builder.Append(text.Text);
                    break;
                case TabChar when element.Parent is Run:
                    builder.Append('\t');
                    break;
                case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                case CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }

        return builder.ToString();
    }
}
