using Archive.Core.Reports;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Testing;

namespace Archive.Search.Tests;

/// <summary>The ranking prefers what was typed: each test indexes reports that differ in one respect only.</summary>
public sealed class RankingTests
{
    private const string Filler = "本年度按照有关规定办理各项事务，及时答复申请人，工作有序推进。";

    [Fact]
    public void TypedSequence_RanksAbove_TheSameWordsApart_EvenWhenTheyOccurMoreOften()
    {
        var ranked = Rank(
            "不予公开",
            (1, $"{Filler}其中不予公开2件。{Filler}", null, null),
            (2, $"{Filler}不予办理的申请已主动公开，公开目录不予更新，不予受理，公开。{Filler}", null, null));

        Assert.Equal([1L, 2L], ranked);
    }

    [Fact]
    public void SeveralOccurrences_RankAbove_One()
    {
        var ranked = Rank(
            "行政复议",
            (1, $"{Filler}收到行政复议申请1件。{Filler}{Filler}", null, null),
            (2, $"{Filler}收到行政复议申请1件，行政复议结果维持。{Filler}", null, null));

        Assert.Equal([2L, 1L], ranked);
    }

    [Fact]
    public void TitleAndAgencyMatches_WeighMore()
    {
        var ranked = Rank(
            "应急管理",
            (1, $"{Filler}加强应急管理工作。{Filler}", "某县教育局2020年政府信息公开工作年度报告", "某县教育局"),
            (2, $"{Filler}加强应急管理工作。{Filler}", "某县应急管理局2020年政府信息公开工作年度报告", "某县应急管理局"),
            (3, $"{Filler}加强应急管理工作。{Filler}", "某县教育局2020年政府信息公开工作年度报告", "某县应急管理局"));

        Assert.Equal([2L, 3L, 1L], ranked);
    }

    [Fact]
    public void WordsOfSeveralTypedWords_CloseTogether_RankAboveFarApart()
    {
        var ranked = Rank(
            "行政诉讼 败诉",
            (1, $"发生行政诉讼案件。{Filler}{Filler}{Filler}未有败诉。", null, null),
            (2, $"发生行政诉讼案件，未有败诉。{Filler}{Filler}{Filler}", null, null));

        Assert.Equal([2L, 1L], ranked);
    }

    [Fact]
    public void EqualScores_AreBrokenByRecency_NotByIdAlone()
    {
        using var directory = new TempDirectory("archive-rank");
        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            writer.Index(Document(1, Filler, year: 2018, published: new DateOnly(2019, 1, 20)));
            writer.Index(Document(2, Filler, year: 2020, published: new DateOnly(2021, 1, 20)));
            writer.Index(Document(3, Filler, year: 2020, published: new DateOnly(2021, 3, 1)));
            writer.Index(Document(4, Filler, year: null, published: null));
        }

        using var searcher = new ArchiveSearcher(directory.Path);
        var hits = searcher.Search(new SearchRequest("答复")).Hits;

        Assert.Single(hits.Select(h => h.Score).Distinct());
        Assert.Equal([3L, 2L, 1L, 4L], hits.Select(h => h.ReportId));
    }

    private static List<long> Rank(string query, params (long Id, string Text, string? Title, string? Agency)[] reports)
    {
        using var directory = new TempDirectory("archive-rank");
        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            foreach (var (id, text, title, agency) in reports)
            {
                writer.Index(Document(id, text, title, agency, 2020, null));
            }
        }

        using var searcher = new ArchiveSearcher(directory.Path);
        var result = searcher.Search(new SearchRequest(query));
        Assert.Equal(reports.Length, result.TotalHits);
        return [.. result.Hits.Select(h => h.ReportId)];
    }

    private static SearchDocument Document(long id, string text, string? title = null, string? agency = null, int? year = 2020, DateOnly? published = null) =>
        new(id, text, title, agency, null, null, null, null, year, published, ReportTemplate.V2019, false);
}
