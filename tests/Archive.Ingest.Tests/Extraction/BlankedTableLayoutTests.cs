using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Testing;
using Xunit.Abstractions;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Precision across layouts: the real reports and seeds with tables, some of their cells blanked at random, printed in
/// seven other layouts (a cell a paragraph with &amp;nbsp; blanks, a cell a line with empty or dropped blanks, markdown
/// pipes, cells one or two spaces apart, columns laid out by position as pdftotext -layout prints them). Whatever a layout lets the extractor read, a table cell it reads holds the
/// value the tab-parted copy gives, and a cell that copy shows blank is never read as another number. How much each
/// layout reads is printed, not asserted: some layouts lose where a blank cell stood.
/// </summary>
public sealed class BlankedTableLayoutTests(ITestOutputHelper output)
{
    private static readonly ReportExtractor Extractor = new();

    public static TheoryData<string> TableReports() => ReportsWithTableCells(40);

    /// <summary>The real reports and seeds whose tables give at least <paramref name="minimum"/> cells.</summary>
    internal static TheoryData<string> ReportsWithTableCells(int minimum)
    {
        var preparer = new ReportPreparer(new ReportExtractor(), new IngestOptions());
        var files = Directory.GetFiles(Path.Combine(TestPaths.SharedDir, "corpus", "real", "raw")).Concat(TestPaths.SeedFiles);
        return [.. files.Order(StringComparer.Ordinal)
            .Where(f => preparer.Prepare(f, File.ReadAllBytes(f)).Extracted.Metrics.Count(m => m.Origin == MetricOrigin.Table) >= minimum)];
    }

    [Theory]
    [MemberData(nameof(TableReports))]
    public void Extract_BlankedTablesInOtherLayouts_ReadNoCellOtherwiseThanTheTabCopy(string file)
    {
        var text = TableLayouts.DecodedText(file);
        var name = Path.GetFileNameWithoutExtension(file);
        var misread = new List<string>();
        foreach (var (seed, share) in new[] { (1, 0.1), (2, 0.3), (3, 0.6), (4, 0.3) })
        {
            var blanked = TableLayouts.Blank(text, seed, share);
            var reference = Extractor.Extract(blanked, name + ".txt");
            var values = reference.Metrics.Where(m => m.Origin == MetricOrigin.Table).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
            var blanks = reference.Cells.Where(c => c.State == CellState.Blank).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var layout in TableLayouts.Names)
            {
                var printed = TableLayouts.Print(blanked, layout);
                var report = Extractor.Extract(printed, TableLayouts.FileName(name, layout));
                var table = report.Metrics.Where(m => m.Origin == MetricOrigin.Table).ToList();
                misread.AddRange(table
                    .Where(m => (values.TryGetValue(m.Key, out var value) && value != m.Value) || (blanks.Contains(m.Key) && m.Value != 0))
                    .Select(m => $"seed {seed} {layout}: {m.Key}={m.Value} (tab copy: {(values.TryGetValue(m.Key, out var v) ? v.ToString() : "blank")})"));
                output.WriteLine($"{name} seed {seed} ({share:P0} blanked) {layout}: {table.Count(m => values.ContainsKey(m.Key))} of {values.Count} read");
            }
        }

        Assert.True(misread.Count == 0, $"{name}:\n  " + string.Join("\n  ", misread));
    }
}
