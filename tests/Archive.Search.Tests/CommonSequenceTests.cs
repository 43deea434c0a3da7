using System.Text;
using Archive.Ingest.Normalization;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Search.Tests;

public sealed class CommonSequenceTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    [Fact]
    public void TheList_IsTheRuleAppliedToTheSeeds()
    {
        var seeds = TestPaths.SeedFiles.Select(file => TextNormalizer.Normalize(File.ReadAllText(file, Encoding.UTF8)).Text);

        var derived = CommonSequences.Derive(seeds, CommonSequences.MinSeedReports);

        if (!derived.SequenceEqual(CommonSequences.All))
        {
            // The file to commit as src/Archive.Search/Analysis/CommonSequences.txt when the rule or the seeds change.
            var path = Path.Combine(Path.GetTempPath(), "CommonSequences.derived.txt");
            File.WriteAllLines(path, derived);
            Assert.Fail($"The embedded list ({CommonSequences.All.Count}) is not the rule's output ({derived.Count}): see {path}.");
        }

        Assert.InRange(CommonSequences.All.Count, 100, 5000);
    }

    [Fact]
    public void FindIn_FindsExactlyTheEntriesATextHolds()
    {
        var random = new Random(7);
        var entries = CommonSequences.All;
        string[] noise = ["，", " ", "2019年", "𠀀", "Ａ", "的", "和", "\n"];
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            for (var piece = random.Next(1, 12); piece > 0; piece--)
            {
                // Whole entries, their halves and noise, so entries overlap, touch and break off.
                var entry = entries[random.Next(entries.Count)];
                text.Append(random.Next(4) switch
                {
                    0 => entry[..(entry.Length / 2)],
                    1 => entry[(entry.Length / 2)..],
                    2 => noise[random.Next(noise.Length)],
                    _ => entry,
                });
            }

            var folded = ExactTextForm.Fold(text.ToString());
            var expected = entries.Where(e => folded.Contains(e, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

            var found = CommonSequences.FindIn(folded);

            Assert.True(expected.SetEquals(found), $"'{text}': expected [{string.Join(' ', expected.Order())}] found [{string.Join(' ', found.Order())}]");
        }
    }

    [Theory]
    [InlineData("依申请公开", true)]
    [InlineData("政府信息公开工作", true)]
    [InlineData("依申请", true)]
    [InlineData("申请公开，", false)] // a punctuation unit: never an entry
    [InlineData("公开", false)] // two units: a bigram term already
    [InlineData("鸡毛蒜皮", false)]
    public void TryGet_KnowsTheEntries(string text, bool listed)
    {
        var units = ExactTextForm.Units(text).Select(u => u.Value).ToList();

        Assert.Equal(listed, CommonSequences.TryGet(units, out var sequence));
        Assert.Equal(listed ? text : string.Empty, sequence);
    }

    [Fact]
    public void AQuotedEntry_IsOneTermOfTheCommonField()
    {
        var parser = new HumanQueryParser(ArchiveAnalyzers.Create(), NoRegionNames.Instance);

        var query = parser.Parse("\"依申请公开\"").Query.ToString();

        Assert.Contains($"{IndexFields.TextCommon}:依申请公开", query, StringComparison.Ordinal);
        Assert.DoesNotContain($"{IndexFields.TextExact}:seq(", query, StringComparison.Ordinal);

        // The body's positions are not read at all: title and agency (ranking only) are short fields.
        Assert.DoesNotContain(" seq(", query, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryEntry_FindsTheSameReportsAsItsPositions_AndAsAScanOfTheTexts()
    {
        var folded = fixture.Corpus.Documents.Select(d => (d.ReportId, Text: ExactTextForm.Fold(d.Text))).ToList();
        using var directory = FSDirectory.Open(IndexGenerations.Current(fixture.IndexRoot)!);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var failures = new List<string>();
        var found = 0;
        foreach (var entry in CommonSequences.All)
        {
            var units = ExactTextForm.Units(entry).Select(u => u.Value).ToList();
            var scanned = folded.Where(d => d.Text.Contains(entry, StringComparison.Ordinal)).Select(d => d.ReportId).ToHashSet();
            var (total, searched) = fixture.Ids($"\"{entry}\"");
            var byPositions = searcher.Search(new ExactSequenceQuery(IndexFields.TextExact, units), 1).TotalHits;
            var byTerm = searcher.Search(new TermQuery(new Term(IndexFields.TextCommon, entry)), 1).TotalHits;
            if (!searched.SetEquals(scanned) || total != scanned.Count || byPositions != scanned.Count || byTerm != scanned.Count)
            {
                failures.Add($"{entry}: scan {scanned.Count}, search {total}, positions {byPositions}, term {byTerm}");
            }

            found += scanned.Count > 0 ? 1 : 0;
        }

        Assert.Empty(failures);

        // The corpus holds the seeds, so most entries are found at least once: the comparison is not between empty sets.
        Assert.True(found > CommonSequences.All.Count / 2, $"only {found} entries occur in the corpus");
    }
}
