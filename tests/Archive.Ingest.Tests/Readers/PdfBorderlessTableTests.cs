using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Ingest.Tests.Readers;

/// <summary>
/// A word processor's table without rules, its label columns wrapped a few characters a line under the line that
/// holds the row's values (cells aligned to the top). Invented PDFs written with PdfPig; 10 pt text at 14 pt lines,
/// rows 22 pt apart.
/// </summary>
public sealed class PdfBorderlessTableTests
{
    private static readonly double[] ValueColumns = [250, 300, 350];

    [Fact]
    public void LabelWrappedUnderItsValues_IsOneRow_EachLabelColumnJoinedDownwards()
    {
        var pdf = DocumentFixtures.BuildPdf((page, font) =>
        {
            Row(page, font, 700, ["Fees", "paid"], "3", "4", "5");
            Label(page, font, 686, ["charged", "late"]);
            Row(page, font, 664, ["Visits"], "1", "0", "1");
            Label(page, font, 650, ["booked"]);
            page.AddText("Closing words that run on across the width of the page", 10, new PdfPoint(50, 636), font);

            // Two values and a blank cell (an older 统计表's year and cumulative columns, a 收费 row's items and amount).
            Row(page, font, 614, ["Rooms"], "2", "7");
            Label(page, font, 600, ["rented"]);
        });

        var lines = DocumentFixtures.Read(pdf).Text.Split('\n');

        Assert.Contains("Fees charged\tpaid late\t3\t4\t5", lines);
        Assert.Contains("Visits booked\t1\t0\t1", lines);
        Assert.Contains("Closing words that run on across the width of the page", lines);
        Assert.Contains("Rooms rented\t2\t7", lines);
    }

    [Fact]
    public void LabelLineBelowTheCellsLineSpacing_OrOpeningANumberedLabel_IsNotTheRowAbove()
    {
        var pdf = DocumentFixtures.BuildPdf((page, font) =>
        {
            Row(page, font, 700, ["1.Fees"], "3", "4", "5");
            // Centred cells: the next row's label starts a line above its values, at the cells' line spacing.
            Label(page, font, 686, ["2.Visits"]);
            Row(page, font, 672, ["made"], "1", "0", "1");
            Label(page, font, 650, ["Notes"]);
        });

        var lines = DocumentFixtures.Read(pdf).Text.Split('\n');

        Assert.Contains("1.Fees\t3\t4\t5", lines);
        Assert.Contains("2.Visits", lines);
        Assert.Contains("Notes", lines);
    }

    private static void Row(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double baseline, string[] labels, params string[] values)
    {
        Label(page, font, baseline, labels);
        for (var i = 0; i < values.Length; i++)
        {
            page.AddText(values[i], 10, new PdfPoint(ValueColumns[i], baseline), font);
        }
    }

    private static void Label(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double baseline, string[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            page.AddText(labels[i], 10, new PdfPoint(50 + (i * 90), baseline), font);
        }
    }
}
