using System.Diagnostics;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `query-profile DATA_DIR [WORD...]`: where a word query's time goes on one thread — its exact sequence, all of its
/// SmartCn words, its bigrams as a plain conjunction, the parsed query — counted only, then the full search.
/// </summary>
internal static class QueryProfile
{
    public static int Run(string[] args)
    {
        var dataDirectory = Path.GetFullPath(args.Length > 0 ? args[0] : throw new ArgumentException("usage: query-profile DATA_DIR [WORD...]"));
        string[] words = args.Length > 1 ? args[1..] : ["依申请公开", "行政诉讼", "政务公开", "培训", "保密审查", "政府信息公开工作"];
        var index = Path.Combine(dataDirectory, "index");
        using var directory = FSDirectory.Open(IndexGenerations.Current(index)!);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = ArchiveSimilarity.Instance };
        var parser = new HumanQueryParser(ArchiveAnalyzers.Create(), NoRegionNames.Instance);
        using var served = InProcessArchive.Open(dataDirectory, 0);
        var archive = served.Searcher;
        using var database = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Mode=ReadOnly");
        database.Open();
        Console.WriteLine($"{reader.Leaves.Count} segments, {reader.MaxDoc} documents ({string.Join(' ', reader.Leaves.Select(l => l.AtomicReader.MaxDoc))})");
        foreach (var word in words)
        {
            var units = ExactTextForm.Units(word).Select(u => u.Value).ToList();
            var bigrams = units.Zip(units.Skip(1), (a, b) => a + b).ToList();
            var smartCn = HumanQueryParser.AnalyzeWords(ArchiveAnalyzers.Create(), IndexFields.Text, word);
            var allWords = new BooleanQuery();
            smartCn.ForEach(w => allWords.Add(new TermQuery(new Term(IndexFields.Text, w)), Occur.MUST));
            var bigramDocs = new BooleanQuery();
            bigrams.ForEach(b => bigramDocs.Add(new TermQuery(new Term(IndexFields.TextExact, b)), Occur.MUST));
            Console.WriteLine($"{word} in titles: {Count(searcher, new ExactSequenceQuery(IndexFields.TitleExact, units))}; grams " + string.Join(' ', ExactSequenceQuery.Grams(units).Select(g => $"{g.Term} {reader.DocFreq(new Term(IndexFields.TitleExact, g.Term))}")));
            Console.WriteLine($"{word}: SmartCn [{string.Join(' ', smartCn.Select(w => $"{w} ({100.0 * reader.DocFreq(new Term(IndexFields.Text, w)) / reader.MaxDoc:F0} %)"))}]");
            Time("  exact sequence", () => Count(searcher, HumanQueryParser.ExactQuery(IndexFields.TextExact, units)!));
            Time("  all SmartCn words", () => Count(searcher, allWords));
            Time("  bigrams, documents only", () => Count(searcher, bigramDocs));
            Time("  parsed word query", () => Count(searcher, ScoringOnlyTermQuery.WithoutCommonWords(parser.Parse(word).Query, reader)));
            Time("  parsed phrase query", () => Count(searcher, ScoringOnlyTermQuery.WithoutCommonWords(parser.Parse($"\"{word}\"").Query, reader)));
            var top = searcher.Search(parser.Parse(word).Query, 20).ScoreDocs.Select(d => d.Doc).ToArray();
            var textOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Text };
            Time("  stored texts of 20 hits", () => top.Sum(doc => searcher.Doc(doc, textOnly).Get(IndexFields.Text)!.Length > 0 ? 1 : 0));
            var topIds = "[" + string.Join(',', top.Select(doc => searcher.Doc(doc).Get(IndexFields.Id))) + "]";
            Time("  same texts from SQLite", () => CountTexts(database, topIds));
            foreach (var typed in new[] { word, $"\"{word}\"" })
            {
                Time($"  {typed}: parse", () => parser.Parse(typed).Query.GetHashCode() & 1);
                Time($"  {typed}: parse + weight", () => searcher.CreateNormalizedWeight(ScoringOnlyTermQuery.WithoutCommonWords(parser.Parse(typed).Query, reader)).GetHashCode() & 1);
                Time($"  {typed}: count parsed", () => Count(searcher, ScoringOnlyTermQuery.WithoutCommonWords(parser.Parse(typed).Query, reader)));
                if (parser.Parse(typed).Query is BooleanQuery { Clauses.Count: 1 } only && only.Clauses[0].Query is RankedQuery inner)
                {
                    Time($"  {typed}: count match only", () => Count(searcher, ScoringOnlyTermQuery.WithoutCommonWords(inner.Match, reader)));
                }
            }

            foreach (var typedForm in new[] { word, $"\"{word}\"" })
            {
                if (parser.Parse(typedForm).Query is not BooleanQuery { Clauses.Count: 1 } top1 || top1.Clauses[0].Query is not RankedQuery ranked)
                {
                    continue;
                }

                Console.WriteLine($"  {typedForm}: {ScoringOnlyTermQuery.WithoutCommonWords(ranked, reader)}");
                {
                    // The ranking's bonuses one at a time beside the match, every match scored (top 21 of all).
                    Time("  scored: match only", () => TopHits(searcher, ranked.Match));
                    foreach (var bonus in ranked.Bonuses)
                    {
                        var with = new RankedQuery(ranked.Match, [bonus]);
                        Time($"  scored: match + {bonus.GetType().Name}({bonus.Boost})", () => TopHits(searcher, with));
                    }

                    Time("  scored: whole ranked", () => TopHits(searcher, ranked));
                }
            }

            Time("  search word, no snippets", () => archive.Search(new SearchRequest(word, First: 20, SnippetCount: 0)).TotalHits);
            Time("  search word, 3 snippets", () => archive.Search(new SearchRequest(word, First: 20)).TotalHits);
            Time("  search word, facets", () => archive.Search(new SearchRequest(word, First: 20, SnippetCount: 0, Facets: true)).TotalHits);
        }

        // The same searches in turn rather than each repeated: closer to a server's mixed traffic.
        var rotation = words.SelectMany(w => new[] { w, $"\"{w}\"" }).Distinct(StringComparer.Ordinal).ToArray();
        var timings = rotation.ToDictionary(q => q, _ => new List<double>(), StringComparer.Ordinal);
        for (var round = 0; round < 25; round++)
        {
            foreach (var query in rotation)
            {
                var clock = Stopwatch.StartNew();
                archive.Search(new SearchRequest(query, First: 20));
                timings[query].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine("In turn, 20 hits with 3 snippets, 25 rounds:");
        foreach (var (query, samples) in timings)
        {
            samples.Sort();
            Console.WriteLine($"  {query,-30} p50 {samples[samples.Count / 2],7:F2} ms  max {samples[^1],7:F2} ms");
        }

        return 0;
    }

    private static int Count(IndexSearcher searcher, Query query)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(query, collector);
        return collector.TotalHits;
    }

    private static int TopHits(IndexSearcher searcher, Query query) => searcher.Search(query, 21).TotalHits;

    private static int CountTexts(SqliteConnection database, string idsJson)
    {
        using var command = database.CreateCommand();
        command.CommandText = "SELECT NormalizedText FROM Reports WHERE Id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", idsJson);
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            count += reader.GetString(0).Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static void Time(string label, Func<int> run)
    {
        var hits = 0;
        for (var i = 0; i < 5; i++)
        {
            hits = run(); // warm-up: JIT tiers, per-segment columns
        }

        // CPU time per run as well as wall: on a machine shared with other work, the wall is mostly waiting.
        var samples = new List<double>();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < 40; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / 40;
        samples.Sort();
        Console.WriteLine($"{label,-44} cpu {cpu,7:F2} ms  min {samples[0],7:F2} ms  p50 {samples[samples.Count / 2],7:F2} ms  {hits,7} hits");
    }
}
