using Archive.Core.Reports;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;
using Archive.Testing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Search.Tests;

public sealed class WordSearchTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    [Fact]
    public void Word_YiShenQingGongKai_FindsEveryReportContainingItAndOnlyReportsWithAllItsWords()
    {
        var analyzer = new SmartCnFieldAnalyzer();
        var words = Tokens(analyzer, "依申请公开");
        var expected = fixture.Corpus.Documents
            .Where(d => ExactTextForm.Fold(d.Text).Contains("依申请公开", StringComparison.Ordinal))
            .Select(d => d.ReportId)
            .ToHashSet();

        var (total, found) = fixture.Ids("依申请公开");

        Assert.NotEmpty(expected);
        Assert.Equal(found.Count, total);
        Assert.Superset(expected, found);
        foreach (var extra in found.Except(expected))
        {
            var tokens = Tokens(analyzer, fixture.Corpus.Documents.Single(d => d.ReportId == extra).Text);
            Assert.All(words, word => Assert.Contains(word, tokens));
        }
    }

    [Theory]
    [InlineData("依申请公开")]
    [InlineData("行政诉讼")]
    [InlineData("政府信息公开工作")]
    [InlineData("保密审查")]
    [InlineData("公开")]
    public void Word_MatchesExactlyItsSequenceOrAllItsSmartCnWords(string word)
    {
        // The word query checks the sequence only where a SmartCn word is missing; the set must still be the union.
        var analyzer = new SmartCnFieldAnalyzer();
        var words = Tokens(analyzer, word);
        var expected = fixture.Corpus.Documents
            .Where(d => ExactTextForm.Fold(d.Text).Contains(word, StringComparison.Ordinal) || words.All(Tokens(analyzer, d.Text).Contains))
            .Select(d => d.ReportId)
            .ToHashSet();

        var (total, found) = fixture.Ids(word);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
        Assert.Equal(expected.Count, total);
    }

    [Fact]
    public void Word_SeveralWords_AllMustMatch()
    {
        var (_, both) = fixture.Ids("依申请公开 保密审查");
        var (_, first) = fixture.Ids("依申请公开");
        var (_, second) = fixture.Ids("保密审查");

        Assert.NotEmpty(both);
        Assert.Subset(first, both);
        Assert.Subset(second, both);
        Assert.Equal(first.Intersect(second).ToHashSet(), both);
    }

    [Fact]
    public void Word_OrAndExclude_CombineAsSets()
    {
        var (_, first) = fixture.Ids("\"保密审查\"");
        var (_, second) = fixture.Ids("\"舆情\"");

        Assert.Equal(first.Union(second).ToHashSet(), fixture.Ids("\"保密审查\" OR \"舆情\"").Ids);
        Assert.Equal(first.Except(second).ToHashSet(), fixture.Ids("\"保密审查\" -\"舆情\"").Ids);
    }

    [Fact]
    public void Word_FoundThroughSmartCn_RanksAboveBigramOnlyMatch()
    {
        // Find, by asking SmartCn itself, a word it keeps whole in one sentence and splits in another.
        var analyzer = new SmartCnFieldAnalyzer();
        (string Word, string Whole, string Split)? pair = null;
        string[] candidates =
        [
            "公开|政府信息公开工作|办公开会讨论",
            "主义|社会主义思想|民主义务",
            "信息|政府信息公开|通信息息相关",
            "工作|各项工作任务|加工作业车间",
        ];
        foreach (var candidate in candidates)
        {
            var parts = candidate.Split('|');
            if (Tokens(analyzer, parts[1]).Contains(parts[0]) && !Tokens(analyzer, parts[2]).Contains(parts[0]) && parts[2].Contains(parts[0], StringComparison.Ordinal))
            {
                pair = (parts[0], parts[1], parts[2]);
                break;
            }
        }

        Assert.True(pair.HasValue, "no candidate pair segments differently");
        var (word, whole, split) = pair.Value;
        using var directory = new TempDirectory("archive-rank");
        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            // Same length and layout, so only the SmartCn match can make the difference.
            writer.Index(Document(1, $"今年{split}。"));
            writer.Index(Document(2, $"今年{whole}。"));
        }

        using var searcher = new ArchiveSearcher(directory.Path);
        var result = searcher.Search(new SearchRequest(word));

        Assert.Equal([2L, 1L], result.Hits.Select(h => h.ReportId));
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
    }

    private static SearchDocument Document(long id, string text) =>
        new(id, text, null, null, null, null, null, null, 2019, null, ReportTemplate.V2019, false);

    private static List<string> Tokens(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    [Theory]
    [InlineData("依申请公开")]
    [InlineData("政府信息公开工作")]
    [InlineData("政务公开")]
    public void CommonWordsOfAMatch_AreMatchedButNotScored_AndTheMatchesStayTheSame(string word)
    {
        using var directory = FSDirectory.Open(IndexGenerations.Current(fixture.IndexRoot)!);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = ArchiveSimilarity.Instance };
        var parsed = new HumanQueryParser(ArchiveAnalyzers.Create(), NoRegionNames.Instance).Parse(word).Query;
        var words = Tokens(new SmartCnFieldAnalyzer(), word).Distinct(StringComparer.Ordinal).ToList();
        var shares = words.ToDictionary(w => w, w => (double)reader.DocFreq(new Term(IndexFields.Text, w)) / reader.MaxDoc, StringComparer.Ordinal);
        var rarest = words.MinBy(w => shares[w])!;

        var rewritten = ScoringOnlyTermQuery.WithoutCommonWords(parsed, reader);

        // Every common word but the rarest is match-only; the rarest, and every other word, is still scored.
        var text = rewritten.ToString(IndexFields.Text);
        var matchOnly = words.Where(w => w != rarest && shares[w] > ScoringOnlyTermQuery.CommonShare).ToList();
        Assert.NotEmpty(matchOnly);
        Assert.All(matchOnly, w => Assert.Contains($"match({w})", text, StringComparison.Ordinal));
        Assert.DoesNotContain($"match({rarest})", text, StringComparison.Ordinal);

        var before = searcher.Search(parsed, reader.MaxDoc).ScoreDocs.Select(d => d.Doc).ToHashSet();
        var after = searcher.Search(rewritten, reader.MaxDoc).ScoreDocs.Select(d => d.Doc).ToHashSet();
        Assert.NotEmpty(before);
        Assert.Equal(before.Order(), after.Order());
    }
}
