using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Search.Tests;

/// <summary>
/// <see cref="NearQuery"/> matches what the sloppy phrase it replaces matched (as a constant-score clause), scores
/// each match the same, and its wider band reusing the narrower's walk changes no answer.
/// </summary>
public sealed class NearQueryTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    private static readonly int[] Slops = [0, 1, 3, 10, 40];

    [Fact]
    public void MatchesTheSameDocumentsAsTheSloppyPhrase_ForFrequentBigramsAtManyLayouts()
    {
        using var directory = FSDirectory.Open(IndexGenerations.Current(fixture.IndexRoot)!);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = ArchiveSimilarity.Instance };
        var bigrams = FrequentBigrams(reader, 8);
        Assert.True(bigrams.Count >= 6, $"only {bigrams.Count} frequent bigrams in the test corpus");

        // Pairs in both orders and at several distances, and triples: every layout the parser builds and more.
        var layouts = new List<(string Term, int Position)[]>();
        for (var a = 0; a < bigrams.Count; a++)
        {
            for (var b = 0; b < bigrams.Count; b++)
            {
                if (a != b)
                {
                    layouts.Add([(bigrams[a], 0), (bigrams[b], 2)]);
                    layouts.Add([(bigrams[a], 0), (bigrams[b], 7)]);
                }
            }
        }

        layouts.Add([(bigrams[0], 0), (bigrams[1], 2), (bigrams[2], 4)]);
        layouts.Add([(bigrams[3], 0), (bigrams[4], 3), (bigrams[5], 9)]);

        var compared = 0;
        var someMatchedSomeNot = false;
        foreach (var layout in layouts)
        {
            foreach (var slop in Slops)
            {
                var near = NearQuery.Create(IndexFields.TextExact, layout, slop, 8f);
                Assert.IsType<NearQuery>(near);
                var phrase = new PhraseQuery { Slop = slop };
                foreach (var (term, position) in layout)
                {
                    phrase.Add(new Term(IndexFields.TextExact, term), position);
                }

                var expected = Docs(searcher, new ConstantScoreQuery(phrase) { Boost = 8f });
                var actual = Docs(searcher, near);
                Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
                Assert.All(actual, hit => Assert.Equal(expected[hit.Key], hit.Value));
                someMatchedSomeNot |= expected.Count > 0 && expected.Count < reader.NumDocs;
                compared++;
            }
        }

        Assert.True(someMatchedSomeNot, "every layout matched all documents or none: the comparison tells nothing");
        Assert.True(compared > 100);
    }

    [Fact]
    public void RepeatedTerms_KeepTheSloppyPhrase()
    {
        var query = NearQuery.Create(IndexFields.TextExact, [("公开", 0), ("公开", 4)], 10, 8f);

        Assert.IsType<ConstantScoreQuery>(query);
    }

    /// <summary>Two words typed: two proximity bands, the wider reusing the narrower's walk; scores as the bands checked apart.</summary>
    [Theory]
    [InlineData("培训 行政复议")]
    [InlineData("政府 信息")]
    [InlineData("申请 公开 答复")]
    public void SharedBands_ScoreAsBandsCheckedApart(string typed)
    {
        using var directory = FSDirectory.Open(IndexGenerations.Current(fixture.IndexRoot)!);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = ArchiveSimilarity.Instance };
        var parsed = (RankedQuery)new HumanQueryParser(ArchiveAnalyzers.Create(), NoRegionNames.Instance).Parse(typed).Query;
        Assert.Equal(2, parsed.Bonuses.OfType<NearQuery>().Count());

        // As optional clauses of a Boolean query, each band walks its own positions.
        var apart = new BooleanQuery(disableCoord: true);
        apart.Add(parsed.Match, Occur.MUST);
        foreach (var bonus in parsed.Bonuses)
        {
            apart.Add(bonus, Occur.SHOULD);
        }

        var shared = Docs(searcher, parsed);
        var separate = Docs(searcher, apart);
        Assert.NotEmpty(shared);
        Assert.Equal(separate.Keys.Order(), shared.Keys.Order());
        // Within a millionth: the same terms, summed in another order (one ranking query holds every bonus).
        Assert.All(shared, hit => Assert.Equal(separate[hit.Key], hit.Value, Math.Abs(separate[hit.Key]) * 1e-6));
        Assert.True(shared.Values.Distinct().Count() > 1, $"{typed}: every match scored alike");
    }

    private static Dictionary<int, float> Docs(IndexSearcher searcher, Query query) =>
        searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

    /// <summary>The exact field's hanzi bigrams found in the most documents, but not in every one.</summary>
    private static List<string> FrequentBigrams(IndexReader reader, int count)
    {
        var found = new List<(string Term, int DocFreq)>();
        var termsEnum = MultiFields.GetTerms(reader, IndexFields.TextExact).GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            if (term.Length == 2 && term.All(c => c >= '\u4e00' && c <= '\u9fff') && termsEnum.DocFreq < reader.NumDocs)
            {
                found.Add((term, termsEnum.DocFreq));
            }
        }

        return [.. found.OrderByDescending(t => t.DocFreq).ThenBy(t => t.Term, StringComparer.Ordinal).Take(count).Select(t => t.Term)];
    }
}
