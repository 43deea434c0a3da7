using System.Text;
using Archive.Core.Reports;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Readers;
using Archive.Ingest.Tests.Readers.Rendering;

namespace Archive.Ingest.Tests.Readers;

/// <summary>
/// A 2021-template report with the official merged-cell layout, as PDF (LibreOffice fixture), DOCX and HTML:
/// every value lands in its header's tab slot on its row, and the PDF's prose carries no header or page number.
/// </summary>
public sealed class Template2021DocumentTests
{
    private static readonly TestDocument Document = Template2021Document.Build();

    public static TheoryData<string> Formats() => ["pdf", "docx", "html"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_Template2021_EveryValueCellInItsColumnOnItsRow(string format)
    {
        var rows = DocumentFixtures.Read(Render(format)).Text.Split('\n').Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();

        var cells = KeyedCells().ToList();
        var templateKeys = Archive.Core.Metrics.StandardTables.ForTemplate(Archive.Core.Reports.ReportTemplate.V2021).SelectMany(t => t.Keys()).ToList();
        Assert.Equal(templateKeys.Order(StringComparer.Ordinal), cells.Select(c => c.Key).Order(StringComparer.Ordinal));
        foreach (var (_, value, column, label) in cells)
        {
            var row = Assert.Single(rows, r => column < r.Length && r[column] == value);
            if (label is not null)
            {
                Assert.Contains(Squeeze(label), row.Take(column).Select(Squeeze));
            }

        }
    }

    [Fact]
    public void Prepare_Template2021Pdf_MetricsAreTheTableCells()
    {
        var extractor = DocumentFixtures.Extractor();
        var prepared = new ReportPreparer(extractor, new IngestOptions()).Prepare("template2021.pdf", DocumentFixtures.Pdf("template2021"));

        Assert.Equal("pdf", prepared.SourceFile.FileType);
        Assert.Equal(Squeeze(Document.Blocks[0].Text!), Squeeze(prepared.Extracted.Title ?? string.Empty));
        var expected = KeyedCells().Select(c => (c.Key, decimal.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture))).Order();
        Assert.Equal(expected, prepared.Metrics.Where(m => m.Origin == MetricOrigin.Table).Select(m => (m.Key, m.Value)).Order());
    }

    [Fact]
    public void Read_Template2021Pdf_ProseHasNoRunningHeaderOrPageNumber()
    {
        var text = DocumentFixtures.Read(DocumentFixtures.Pdf("template2021")).Text;
        var lines = text.Split('\n').Select(Squeeze).ToList();

        Assert.DoesNotContain(Squeeze(Document.RunningHeader), Squeeze(text), StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^-?\d{1,3}-?$"));
        for (var i = 1; i <= 10; i++)
        {
            // Each long paragraph wraps over lines (some over a page break) and must come back whole, nothing inside.
            Assert.Contains(Squeeze(Template2021Document.Prose(i)), lines);
        }
    }

    /// <summary>Every value cell: its key, value, grid column and the label printed just before the values.</summary>
    private static IEnumerable<(string Key, string Value, int Column, string? Label)> KeyedCells()
    {
        foreach (var block in Document.Blocks.Where(b => b.Rows is not null))
        {
            var occupiedUntil = new Dictionary<int, int>();
            for (var r = 0; r < block.Rows!.Count; r++)
            {
                var column = 0;
                string? label = null;
                foreach (var cell in block.Rows[r])
                {
                    while (occupiedUntil.TryGetValue(column, out var until) && until > r)
                    {
                        column++;
                    }

                    if (cell.Key is not null)
                    {
                        yield return (cell.Key, cell.Text, column, label);
                    }
                    else
                    {
                        label = cell.Text;
                    }

                    for (var k = 0; k < cell.ColumnSpan; k++)
                    {
                        occupiedUntil[column + k] = r + cell.RowSpan;
                    }

                    column += cell.ColumnSpan;
                }
            }
        }
    }

    private static byte[] Render(string format) => format switch
    {
        "docx" => DocxRenderer.Render(Document),
        "html" => Encoding.UTF8.GetBytes(HtmlRenderer.Render(Document)),
        _ => DocumentFixtures.Pdf("template2021"),
    };

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
