using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using Xunit.Abstractions;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Tables cut by page breaks as a word processor's PDF prints them: the real reports and seeds with tables (the older
/// statistics tables too), each table cut after a row drawn at random by the page's number, a form feed and the head
/// rows printed again, in four layouts and four ways of numbering pages (- 5 -, 5, 第 5 页, 5 / 40). Every layout reads,
/// cell for cell, what it reads from the same text without the page breaks.
/// </summary>
public sealed class PageBrokenTableTests(ITestOutputHelper output)
{
    private static readonly ReportExtractor Extractor = new();

    private static readonly string[] Layouts = ["tabs", "cell-per-line", "markdown", "two-spaces"];

    private static readonly string[] Folios = ["- {0} -", "{0}", "第 {0} 页", "{0} / 40"];

    public static TheoryData<string> TableReports() => BlankedTableLayoutTests.ReportsWithTableCells(10);

    [Theory]
    [MemberData(nameof(TableReports))]
    public void Extract_TablesCutByPageBreaks_ReadAsWithoutThem(string file)
    {
        var text = TableLayouts.DecodedText(file);
        var name = Path.GetFileNameWithoutExtension(file);
        var differences = new List<string>();
        foreach (var layout in Layouts)
        {
            var whole = TableCells(TableLayouts.Print(text, layout), name, layout);
            foreach (var folio in Folios)
            {
                foreach (var seed in new[] { 1, 2 })
                {
                    var broken = TableCells(TableLayouts.Print(TableLayouts.BreakPages(text, seed, folio), layout), name, layout);
                    differences.AddRange(whole.Where(c => !broken.TryGetValue(c.Key, out var v) || v != c.Value)
                        .Select(c => $"{layout} '{folio}' seed {seed}: {c.Key}={c.Value} read as {(broken.TryGetValue(c.Key, out var v) ? v.ToString() : "nothing")}"));
                    differences.AddRange(broken.Where(c => !whole.ContainsKey(c.Key)).Select(c => $"{layout} '{folio}' seed {seed}: {c.Key}={c.Value} read only with page breaks"));
                }
            }

            output.WriteLine($"{name} {layout}: {whole.Count} cells read without page breaks");
        }

        Assert.True(differences.Count == 0, $"{name}:\n  " + string.Join("\n  ", differences));
    }

    private static Dictionary<string, decimal> TableCells(string text, string name, string layout) =>
        Extractor.Extract(text, TableLayouts.FileName(name, layout)).Metrics
            .Where(m => m.Origin == MetricOrigin.Table)
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
}
