using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Ingest.Tests.Readers.Rendering;

/// <summary>
/// Writes a <see cref="TestDocument"/> as a real Word document: ruled tables with gridSpan and vMerge for merged
/// cells, a running header and a "- N -" page-number footer, A4 pages.
/// </summary>
public static class DocxRenderer
{
    public static byte[] Render(TestDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                TextRun(document.RunningHeader, 18)));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                TextRun("- ", 18),
                new SimpleField(TextRun("1", 18)) { Instruction = " PAGE " },
                TextRun(" -", 18)));

            var body = new Body();
            foreach (var block in document.Blocks)
            {
                if (block.Rows is { } rows)
                {
                    body.Append(Table(rows));
                    body.Append(new Paragraph());
                }
                else
                {
                    body.Append(new Paragraph(TextRun(block.Text!, 24)));
                }
            }

            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1588U, Right = 1588U, Header = 720U, Footer = 720U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Run TextRun(string text, int halfPoints) =>
        new(new RunProperties(new RunFonts { EastAsia = "WenQuanYi Micro Hei", Ascii = "DejaVu Sans", HighAnsi = "DejaVu Sans" }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(IReadOnlyList<IReadOnlyList<TestCell>> rows)
    {
        var columns = GridWidth(rows);
        const int TableTwips = 8730;
        var table = new Table(new TableProperties(
            new TableWidth { Width = TableTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        var columnTwips = TableTwips / columns;
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = columnTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        // Rowspans become a vMerge restart cell and continuation cells in the rows below, as Word writes them.
        var continuing = new Dictionary<int, (int Until, int Span)>();
        for (var r = 0; r < rows.Count; r++)
        {
            // Rows are not split over pages: a row cut in two would be two rows of text.
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            var column = 0;
            var cells = new Queue<TestCell>(rows[r]);
            while (column < columns && (cells.Count > 0 || continuing.Any(c => c.Key >= column && c.Value.Until > r)))
            {
                if (continuing.TryGetValue(column, out var merge) && merge.Until > r)
                {
                    row.Append(Cell(string.Empty, merge.Span, columnTwips, new VerticalMerge { Val = MergedCellValues.Continue }));
                    column += merge.Span;
                    continue;
                }

                if (cells.Count == 0)
                {
                    break;
                }

                var cell = cells.Dequeue();
                VerticalMerge? restart = null;
                if (cell.RowSpan > 1)
                {
                    continuing[column] = (r + cell.RowSpan, cell.ColumnSpan);
                    restart = new VerticalMerge { Val = MergedCellValues.Restart };
                }

                row.Append(Cell(cell.Text, cell.ColumnSpan, columnTwips, restart));
                column += cell.ColumnSpan;
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(string text, int span, int columnTwips, VerticalMerge? merge)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = (span * columnTwips).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        return new TableCell(properties, new Paragraph(TextRun(text, 18)));
    }

    private static int GridWidth(IReadOnlyList<IReadOnlyList<TestCell>> rows)
    {
        var occupied = new Dictionary<int, int>();
        var width = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r])
            {
                while (occupied.TryGetValue(column, out var until) && until > r)
                {
                    column++;
                }

                for (var k = 0; k < cell.ColumnSpan; k++)
                {
                    occupied[column + k] = r + cell.RowSpan;
                }

                column += cell.ColumnSpan;
            }

            width = Math.Max(width, column);
        }

        return width;
    }
}
