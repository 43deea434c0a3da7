using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using Xunit.Abstractions;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Table 三 without its head rows (a page that lost them, or printed them as an image): the real reports and seeds with
/// tables, its head rows dropped, some cells blanked, in three layouts. Every cell read holds the value the whole table
/// gives in tab-parted rows, and a blank one is never another number (R3 may make it 0, as for the whole table). How
/// much is read is printed, not asserted.
/// </summary>
public sealed class HeadlessTableTests(ITestOutputHelper output)
{
    private static readonly ReportExtractor Extractor = new();

    private static readonly string[] Layouts = ["tabs", "two-spaces", "markdown"];

    public static TheoryData<string> TableReports() => BlankedTableLayoutTests.TableReports();

    [Theory]
    [MemberData(nameof(TableReports))]
    public void Extract_Table3WithoutItsHeadRows_ReadsNoCellOtherwise(string file)
    {
        var text = TableLayouts.DecodedText(file);
        var name = Path.GetFileNameWithoutExtension(file);
        var misread = new List<string>();
        foreach (var (seed, share) in new[] { (0, 0.0), (1, 0.1), (2, 0.3) })
        {
            var blanked = seed == 0 ? text : TableLayouts.Blank(text, seed, share);
            var whole = Extractor.Extract(blanked, name + ".txt");
            var values = whole.Metrics.Where(m => m.Key.StartsWith("apply.", StringComparison.Ordinal)).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
            var blanks = whole.Cells.Where(c => c.State == CellState.Blank).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var layout in Layouts)
            {
                var headless = TableLayouts.WithoutTable3Head(blanked);
                var read = Extractor.Extract(TableLayouts.Print(headless, layout), TableLayouts.FileName(name, layout)).Metrics
                    .Where(m => m.Key.StartsWith("apply.", StringComparison.Ordinal)).ToList();
                misread.AddRange(read
                    .Where(m => (values.TryGetValue(m.Key, out var value) && value != m.Value) || (blanks.Contains(m.Key) && m.Value != 0))
                    .Select(m => $"seed {seed} {layout}: {m.Key}={m.Value} (whole table: {(values.TryGetValue(m.Key, out var v) ? v.ToString() : "none")})"));
                output.WriteLine($"{name} seed {seed} ({share:P0} blanked) {layout}: {read.Count(m => values.ContainsKey(m.Key))} of {values.Count} read");
            }
        }

        Assert.True(misread.Count == 0, $"{name}:\n  " + string.Join("\n  ", misread));
    }
}
