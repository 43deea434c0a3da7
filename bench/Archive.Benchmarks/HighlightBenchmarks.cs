using Archive.Ingest.Normalization;
using Archive.Search.Analysis;
using Archive.Search.Highlighting;
using Archive.Search.Querying;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search.Highlight;

namespace Archive.Benchmarks;

/// <summary>
/// Snippets for the five seed reports (one hit each, 3 snippets): Archive's exact-sequence matcher, which needs
/// nothing in the index, against Lucene.Net.Highlighter's classic Highlighter, which re-analyses each text with
/// SmartCn. (The FastVectorHighlighter needs term vectors, 0.74× the raw text in index size; it measured
/// 0.6–0.7 ms per hit.) Run: dotnet run -c Release --project bench/Archive.Benchmarks -- --filter '*HighlightBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class HighlightBenchmarks
{
    private const string QueryText = "依申请公开";
    private string[] _texts = [];
    private string _emptyIndexRoot = string.Empty;
    private ArchiveSearcher? _searcher;
    private Analyzer? _analyzer;
    private Highlighter? _highlighter;
    private IReadOnlyList<IReadOnlyList<string>> _sequences = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. Directory.GetFiles(SearchBenchmarks.FindSeeds(), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => TextNormalizer.Normalize(File.ReadAllText(f)).Text)];
        _emptyIndexRoot = Directory.CreateTempSubdirectory("archive-highlight-bench").FullName;
        _searcher = new ArchiveSearcher(_emptyIndexRoot, resultCacheEntries: 0);
        _analyzer = ArchiveAnalyzers.Create();
        var query = new QueryParser(ArchiveLuceneVersion.Current, IndexFields.Text, _analyzer).Parse(QueryText);
        var scorer = new QueryScorer(query, IndexFields.Text);
        _highlighter = new Highlighter(scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetBuilder.TargetLength) };
        _sequences = new HumanQueryParser(_analyzer, NoRegionNames.Instance).Parse(QueryText).BodyExactSequences;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _searcher?.Dispose();
        _analyzer?.Dispose();
        Directory.Delete(_emptyIndexRoot, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int ExactSequenceMatcher()
    {
        var snippets = 0;
        foreach (var text in _texts)
        {
            snippets += SnippetBuilder.Build(text, _searcher!.HighlightText(QueryText, text), 3).Count;
        }

        return snippets;
    }

    /// <summary>Finding the matches alone, as MatchFinder does now: the folded text searched with IndexOf.</summary>
    [Benchmark]
    public int MatchesInFoldedText()
    {
        var matches = 0;
        foreach (var text in _texts)
        {
            matches += MatchFinder.FindExact(_sequences, text).Count;
        }

        return matches;
    }

    /// <summary>The same matches found as before the fourth session: a list of every unit, compared one by one.</summary>
    [Benchmark]
    public int MatchesInUnitList()
    {
        var matches = 0;
        foreach (var text in _texts)
        {
            var units = ExactTextForm.Units(text);
            foreach (var sequence in _sequences)
            {
                for (var i = 0; i + sequence.Count <= units.Count; i++)
                {
                    var k = 0;
                    while (k < sequence.Count && string.Equals(units[i + k].Value, sequence[k], StringComparison.Ordinal))
                    {
                        k++;
                    }

                    matches += k == sequence.Count ? 1 : 0;
                }
            }
        }

        return matches;
    }

    [Benchmark]
    public int ClassicHighlighter()
    {
        var snippets = 0;
        foreach (var text in _texts)
        {
            snippets += _highlighter!.GetBestFragments(_analyzer, IndexFields.Text, text, 3).Length;
        }

        return snippets;
    }
}
