using Archive.Core.Reports;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Testing;

namespace Archive.Search.Tests;

/// <summary>
/// A report republished in traditional characters is the same report to a reader: searches typed in either form find
/// it and mark what was typed in the characters it is printed in.
/// </summary>
public sealed class TraditionalFormsSearchTests
{
    private const string Simplified = "本年度收到政府信息公开申请12件，其中不予公开3件，行政复议1件。";
    private const string Traditional = "本年度收到政府資訊公開申請12件，其中不予公開3件，行政復議1件。";

    [Theory]
    [InlineData("不予公开")]
    [InlineData("\"不予公开\"")]
    [InlineData("不予公開")]
    [InlineData("行政复议 申请")]
    [InlineData("\"公開申請\"")]
    public void EitherForm_FindsBothReports(string query)
    {
        using var directory = Index();
        using var searcher = new ArchiveSearcher(directory.Path);

        var result = searcher.Search(new SearchRequest(query, SnippetCount: 1));

        Assert.Equal([1L, 2L], result.Hits.Select(h => h.ReportId).Order());
    }

    [Fact]
    public void Snippet_MarksTheTypedWord_InTheCharactersOfTheReport()
    {
        using var directory = Index();
        using var searcher = new ArchiveSearcher(directory.Path);

        var hit = searcher.Search(new SearchRequest("不予公开", SnippetCount: 1)).Hits.Single(h => h.ReportId == 2);
        var snippet = Assert.Single(hit.Snippets);
        var marked = snippet.Spans.Select(s => snippet.Text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(["不予公開"], marked);
    }

    [Fact]
    public void TitleInTraditionalForm_TakesTheTitleBonus()
    {
        using var directory = new TempDirectory("archive-traditional");
        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            writer.Index(new SearchDocument(1, Simplified + "加强应急管理工作。", "某县教育局2020年政府信息公开工作年度报告", null, null, null, null, null, 2020, null, ReportTemplate.V2019, false));
            writer.Index(new SearchDocument(2, Simplified + "加强应急管理工作。", "某縣應急管理局2020年政府資訊公開工作年度報告", null, null, null, null, null, 2020, null, ReportTemplate.V2019, false));
        }

        using var searcher = new ArchiveSearcher(directory.Path);

        Assert.Equal([2L, 1L], searcher.Search(new SearchRequest("应急管理")).Hits.Select(h => h.ReportId));
    }

    private static TempDirectory Index()
    {
        var directory = new TempDirectory("archive-traditional");
        using var writer = ArchiveIndexWriter.Open(directory.Path);
        writer.Index(new SearchDocument(1, Simplified, null, null, null, null, null, null, 2020, null, ReportTemplate.V2019, false));
        writer.Index(new SearchDocument(2, Traditional, null, null, null, null, null, null, 2020, null, ReportTemplate.V2019, false));
        return directory;
    }
}
