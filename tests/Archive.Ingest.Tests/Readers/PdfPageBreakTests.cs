using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Ingest.Tests.Readers;

/// <summary>
/// What a page break does to a PDF's text: the numbers at a page's edge and a ruled table cut by the break. The
/// fixtures are small invented PDFs written with PdfPig (Latin text: the rules concern positions, not script).
/// </summary>
public sealed class PdfPageBreakTests
{
    [Fact]
    public void BareNumberAtAPageEdge_IsDroppedOnlyWhereItCountsThePages()
    {
        var pdf = DocumentFixtures.BuildPdf(
            (page, font) => Body(page, font, "first page body", bottomNumber: "1"),
            (page, font) =>
            {
                // A table printed one cell per line: its cell 20 lands at the top of the page.
                page.AddText("20", 12, new PdfPoint(72, 800), font);
                Body(page, font, "second page body", bottomNumber: "2");
            },
            (page, font) =>
            {
                page.AddText("0", 12, new PdfPoint(72, 800), font);
                Body(page, font, "third page body", bottomNumber: "3");
            });

        var lines = DocumentFixtures.Read(pdf).Text.Split('\n');

        Assert.Contains("20", lines);
        Assert.Contains("0", lines);
        Assert.DoesNotContain("1", lines);
        Assert.DoesNotContain("2", lines);
        Assert.DoesNotContain("3", lines);
    }

    [Fact]
    public void BareNumbersWithOneOffsetFromThePages_AreAReportsFoliosInsideALongerDocument()
    {
        var pdf = DocumentFixtures.BuildPdf(
            (page, font) => Body(page, font, "first page body", bottomNumber: "41"),
            (page, font) => Body(page, font, "second page body", bottomNumber: "42"));

        var lines = DocumentFixtures.Read(pdf).Text.Split('\n');

        Assert.DoesNotContain("41", lines);
        Assert.DoesNotContain("42", lines);
        Assert.Contains("second page body", lines);
    }

    [Fact]
    public void RuledTableCutByAPageBreak_ItsRowAboveTheFirstRuleKeepsItsColumns()
    {
        double[] columns = [50, 250, 350, 450, 550];
        var pdf = DocumentFixtures.BuildPdf(
            (page, font) =>
            {
                // The table's first page: ruled all round.
                Grid(page, columns, [700, 660, 620]);
                Cells(page, font, columns, 680, "alpha", "3", "4", "5");
                Cells(page, font, columns, 640, "beta", "6", string.Empty, "8");
            },
            (page, font) =>
            {
                // Its continuation: the cut row on top has no rule above it, only the column rules run up to it.
                foreach (var x in columns)
                {
                    page.DrawLine(new PdfPoint(x, 780), new PdfPoint(x, 700), 0.5);
                }

                page.DrawLine(new PdfPoint(columns[0], 740), new PdfPoint(columns[^1], 740), 0.5);
                page.DrawLine(new PdfPoint(columns[0], 700), new PdfPoint(columns[^1], 700), 0.5);
                Cells(page, font, columns, 760, "gamma", "9", string.Empty, "1");
                Cells(page, font, columns, 720, "delta", "2", "7", string.Empty);
            });

        var lines = DocumentFixtures.Read(pdf).Text.Split('\n');

        Assert.Contains("gamma\t9\t\t1", lines);
        Assert.Contains("delta\t2\t7", lines);
        Assert.Contains("beta\t6\t\t8", lines);
    }

    private static void Body(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, string bottomNumber)
    {
        for (var line = 0; line < 5; line++)
        {
            page.AddText(text, 12, new PdfPoint(72, 600 - (line * 40)), font);
        }

        page.AddText(bottomNumber, 10, new PdfPoint(300, 40), font);
    }

    private static void Grid(PdfPageBuilder page, double[] columns, double[] rows)
    {
        foreach (var x in columns)
        {
            page.DrawLine(new PdfPoint(x, rows[0]), new PdfPoint(x, rows[^1]), 0.5);
        }

        foreach (var y in rows)
        {
            page.DrawLine(new PdfPoint(columns[0], y), new PdfPoint(columns[^1], y), 0.5);
        }
    }

    private static void Cells(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double[] columns, double baseline, params string[] texts)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i].Length > 0)
            {
                page.AddText(texts[i], 10, new PdfPoint(columns[i] + 5, baseline - 4), font);
            }
        }
    }
}
