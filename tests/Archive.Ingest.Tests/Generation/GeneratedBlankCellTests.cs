using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using Archive.Ingest.Generation;
using Xunit.Abstractions;

namespace Archive.Ingest.Tests.Generation;

/// <summary>
/// Issue 19: generated reports print some zeros as blank cells (one cell per line, an empty line); the truth lists
/// them as blank, and the extractor must read them blank — listed with state Blank, never a metric of value 0.
/// </summary>
public sealed class GeneratedBlankCellTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_GeneratedBlankCells_AreBlankNotZero()
    {
        var extractor = new ReportExtractor();
        var blanks = 0;
        var reports = 0;
        foreach (var report in ReportGenerator.Generate(new GeneratorOptions(1000, 42UL)))
        {
            var truthBlank = report.Truth.Cells.Where(c => c.State == CellState.Blank).Select(c => c.Key).ToList();
            if (truthBlank.Count == 0)
            {
                continue;
            }

            reports++;
            blanks += truthBlank.Count;
            var extracted = extractor.Extract(report.Text, report.FileName);
            var states = extracted.Cells.ToDictionary(c => c.Key, c => c.State, StringComparer.Ordinal);
            foreach (var key in truthBlank)
            {
                Assert.True(states[key] == CellState.Blank, $"{report.FileName}: {key} read {states[key]}");
                Assert.DoesNotContain(extracted.Metrics, m => m.Key == key);
            }

            Assert.Equal(
                report.Truth.Cells.Select(c => (c.Key, c.State)),
                extracted.Cells.Select(c => (c.Key, c.State == CellState.Unread ? CellState.Unread : c.State)));
        }

        output.WriteLine($"{blanks} blank cells in {reports} of 1000 generated reports");
        Assert.True(blanks > 0, "the generator printed no blank cell");
    }
}
