using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Search.Tests;

/// <summary>
/// The ranking's bonuses (<see cref="RankedQuery"/>) score as the Boolean query they replace — the match required, each
/// bonus optional — and leave what matches alone; a search that shows no hits runs without them.
/// </summary>
public sealed class RankedQueryTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    /// <summary>Words, a common sequence, a quoted phrase, two words, a disjunction: each shape of ranked search.</summary>
    public static TheoryData<string> Searches { get; } = ["依申请公开", "行政诉讼", "政府信息公开工作", "\"不予公开\"", "培训 行政复议", "申请 OR 复议"];

    [Theory]
    [MemberData(nameof(Searches))]
    public void Scores_AreThoseOfTheMatchRequiredAndEachBonusOptional(string typed)
    {
        using var directory = FSDirectory.Open(IndexGenerations.Current(fixture.IndexRoot)!);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = ArchiveSimilarity.Instance };
        var parsed = new HumanQueryParser(ArchiveAnalyzers.Create(), NoRegionNames.Instance).Parse(typed).Query;
        var asBoolean = AsBoolean(parsed, out var bonuses);
        Assert.True(bonuses > 0, $"{typed} has no bonus to compare");

        var ranked = searcher.Search(parsed, reader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var boolean = searcher.Search(asBoolean, reader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

        Assert.NotEmpty(ranked);
        Assert.Equal(boolean.Keys.Order(), ranked.Keys.Order());
        // Within a millionth: the same terms, summed in another order (one ranking query holds every bonus).
        Assert.All(ranked, hit => Assert.Equal(boolean[hit.Key], hit.Value, Math.Abs(boolean[hit.Key]) * 1e-6));

        // Some documents got a bonus and some did not: the comparison covers both.
        Assert.True(ranked.Values.Distinct().Count() > 1, $"{typed}: every match scored alike");
    }

    /// <summary>
    /// Small pages fill the collector's heap early, so the ranking skips bonuses of many reports that cannot reach the
    /// page (<see cref="ICompetitiveScorer"/>); the largest page (larger than most of these searches' matches) skips
    /// few or none. Both orders must agree.
    /// </summary>
    [Theory]
    [MemberData(nameof(Searches))]
    public void SmallPages_WalkedToTheEnd_GiveTheOrderAndScoresOfOneWholePage(string typed)
    {
        var whole = fixture.Searcher.Search(new SearchRequest(typed, First: SearchLimits.MaxPageSize, SnippetCount: 0));
        Assert.True(whole.TotalHits > 10, $"{typed}: {whole.TotalHits} hits");

        var paged = new List<SearchHit>();
        var request = new SearchRequest(typed, First: 3, SnippetCount: 0);
        var page = fixture.Searcher.Search(request);
        paged.AddRange(page.Hits);
        while (page.NextCursor is { } after)
        {
            page = fixture.Searcher.Search(request with { After = after });
            paged.AddRange(page.Hits);
        }

        Assert.Equal(whole.TotalHits, paged.Count);
        Assert.Equal(whole.Hits.Select(h => (h.ReportId, h.Score)), paged.Take(whole.Hits.Count).Select(h => (h.ReportId, h.Score)));
    }

    [Fact]
    public void WithoutTheBonuses_TheSameDocumentsMatch()
    {
        using var directory = FSDirectory.Open(IndexGenerations.Current(fixture.IndexRoot)!);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = ArchiveSimilarity.Instance };
        var parsed = new HumanQueryParser(ArchiveAnalyzers.Create(), NoRegionNames.Instance).Parse("培训 行政复议 -保密审查").Query;

        var stripped = RankingClauses.Without(parsed);

        Assert.DoesNotContain("^100.0", stripped.ToString(), StringComparison.Ordinal);
        var all = searcher.Search(parsed, reader.MaxDoc).ScoreDocs.Select(d => d.Doc).Order().ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, searcher.Search(stripped, reader.MaxDoc).ScoreDocs.Select(d => d.Doc).Order());
    }

    /// <summary>Every <see cref="RankedQuery"/> in <paramref name="query"/> as a Boolean query: match MUST, bonuses SHOULD.</summary>
    private static Query AsBoolean(Query query, out int bonuses)
    {
        var count = 0;
        var result = Convert(query);
        bonuses = count;
        return result;

        Query Convert(Query part)
        {
            switch (part)
            {
                case RankedQuery ranked:
                    var boolean = new BooleanQuery(disableCoord: true) { Boost = ranked.Boost };
                    boolean.Add(Convert(ranked.Match), Occur.MUST);
                    foreach (var bonus in ranked.Bonuses)
                    {
                        boolean.Add(bonus, Occur.SHOULD);
                        count++;
                    }

                    return boolean;
                case BooleanQuery original:
                    var copy = new BooleanQuery(original.CoordDisabled) { Boost = original.Boost, MinimumNumberShouldMatch = original.MinimumNumberShouldMatch };
                    foreach (var clause in original.Clauses)
                    {
                        copy.Add(Convert(clause.Query), clause.Occur);
                    }

                    return copy;
                default:
                    return part;
            }
        }
    }
}
