using System.Diagnostics;
using Archive.Search.Querying;
using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `search-latency DATA_DIR [ROUNDS]`: in-process query latency on a built archive (its Lucene index), for a fixed
/// mix — single word, quoted phrase, filtered, faceted — and the same phrases as a SQLite LIKE scan and an FTS5
/// trigram query over the same stored texts, side by side.
/// </summary>
internal static class SearchLatency
{
    private static readonly string[] Phrases = ["\"依申请公开\"", "\"政府信息公开工作\"", "\"行政复议\"", "\"不予公开\"", "\"政务微博\""];
    private static readonly string[] Words = ["依申请公开", "行政诉讼", "政务公开", "培训", "保密审查"];
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var dataDirectory = Path.GetFullPath(positional.Length > 0 ? positional[0] : throw new ArgumentException("usage: search-latency DATA_DIR [ROUNDS] [--no-baselines] [--index-texts]"));
        var rounds = positional.Length > 1 ? int.Parse(positional[1], System.Globalization.CultureInfo.InvariantCulture) : 40;

        // As served: snippet texts from SQLite. --index-texts: from the index's stored copy, for the side-by-side.
        var indexTexts = args.Contains("--index-texts", StringComparer.Ordinal);
        Console.WriteLine($"snippet texts from {(indexTexts ? "the index (stored field)" : "SQLite (as the server reads them)")}");
        var mix = new (string Name, Func<int, SearchRequest> Request)[]
        {
            ("single word", i => new SearchRequest(Words[i % Words.Length], First: 20)),
            ("quoted phrase", i => new SearchRequest(Phrases[i % Phrases.Length], First: 20)),
            ("filtered (province + years)", i => new SearchRequest(Words[i % Words.Length], new ReportFilter { RegionCode = "640000", YearFrom = 2015, YearTo = 2022 }, First: 20)),
            ("faceted", i => new SearchRequest(Words[i % Words.Length], First: 20, Facets: true)),
        };

        // Cold: no result cache, every query computed. Warm: the server's default cache, queries repeating.
        foreach (var (label, cacheEntries) in new[] { ("cold, result cache off", 0), ("warm, result cache on", 4096) })
        {
            using var archive = InProcessArchive.Open(dataDirectory, cacheEntries, indexTexts);
            var mixSearcher = archive.Searcher;
            // Warm-up: the mix over and over for a few seconds, so the per-segment columns are loaded and the JIT
            // has finished its tiers (until then its background compiles take one of the two cores).
            var warmUp = Stopwatch.StartNew();
            for (var i = 0; warmUp.Elapsed < WarmUp || i < 3 * Math.Max(Words.Length, Phrases.Length); i++)
            {
                foreach (var (_, request) in mix)
                {
                    mixSearcher.Search(request(i));
                }
            }

            Console.WriteLine($"Lucene in-process, 20 hits with 3 snippets each, {rounds} rounds per kind ({label}):");
            var everything = new List<double>();
            foreach (var (name, request) in mix)
            {
                var samples = new List<double>();
                for (var i = 0; i < rounds; i++)
                {
                    var clock = Stopwatch.StartNew();
                    mixSearcher.Search(request(i));
                    samples.Add(clock.Elapsed.TotalMilliseconds);
                }

                everything.AddRange(samples);
                Console.WriteLine($"  {name,-30} {Percentiles.Summary(samples)}");
            }

            Console.WriteLine($"  {"whole mix",-30} {Percentiles.Summary(everything)}");
        }

        VocabularyMix(dataDirectory, indexTexts);
        if (args.Contains("--no-baselines", StringComparer.Ordinal))
        {
            return 0;
        }

        // LIKE and FTS5 read the stored column as text; since the eleventh session it holds compressed bytes.
        await using (var probe = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Mode=ReadOnly"))
        {
            await probe.OpenAsync();
            await using var command = probe.CreateCommand();
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM Reports WHERE typeof(NormalizedText) = 'blob')";
            if ((long)(await command.ExecuteScalarAsync())! == 1)
            {
                Console.WriteLine("SQLite baselines skipped: this archive stores its texts compressed, which LIKE and FTS5 cannot read.");
                return 0;
            }
        }

        using var searcher = new ArchiveSearcher(Path.Combine(dataDirectory, "index"), resultCacheEntries: 0);
        Console.WriteLine("Same phrases, ids only (count of matches):");
        var lucene = new List<double>();
        var like = new List<double>();
        var fts = new List<double>();
        await using var sqlite = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Mode=ReadOnly");
        await sqlite.OpenAsync();
        var ftsPath = Path.Combine(Path.GetTempPath(), $"archive-fts-{Guid.NewGuid():N}.db");
        await using var ftsDb = new SqliteConnection($"Data Source={ftsPath}");
        await ftsDb.OpenAsync();
        var build = Stopwatch.StartNew();
        await ExecuteAsync(ftsDb, $"ATTACH DATABASE '{Path.Combine(dataDirectory, "archive.db")}' AS src; CREATE VIRTUAL TABLE t USING fts5(text, tokenize='trigram'); INSERT INTO t(rowid, text) SELECT Id, NormalizedText FROM src.Reports;");
        Console.WriteLine($"  (FTS5 trigram table built in {build.Elapsed.TotalSeconds:F1} s, {new FileInfo(ftsPath).Length / 1e6:F0} MB)");
        for (var i = 0; i < rounds; i++)
        {
            var phrase = Phrases[i % Phrases.Length].Trim('"');
            var clock = Stopwatch.StartNew();
            var luceneCount = searcher.Search(new SearchRequest($"\"{phrase}\"", First: 20, SnippetCount: 0)).TotalHits;
            lucene.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var likeCount = await CountAsync(sqlite, "SELECT COUNT(*) FROM Reports WHERE NormalizedText LIKE $p", "%" + phrase + "%");
            like.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var ftsCount = await CountAsync(ftsDb, "SELECT COUNT(*) FROM t WHERE t MATCH $p", "\"" + phrase + "\"");
            fts.Add(clock.Elapsed.TotalMilliseconds);
            if (i < Phrases.Length)
            {
                Console.WriteLine($"  {phrase}: lucene {luceneCount}, like {likeCount}, fts5 {ftsCount} matches");
            }
        }

        var likeP50 = Median(like);
        Console.WriteLine($"  lucene phrase      {Percentiles.Summary(lucene)}");
        Console.WriteLine($"  sqlite LIKE scan   {Percentiles.Summary(like)}");
        Console.WriteLine($"  sqlite FTS5 trigram {Percentiles.Summary(fts)}");
        Console.WriteLine($"  ratio LIKE p50 / lucene p50: {likeP50 / Median(lucene):F1}x; FTS5 p50 / lucene p50: {Median(fts) / Median(lucene):F2}x");
        SqliteConnection.ClearAllPools();
        File.Delete(ftsPath);
        return 0;
    }

    /// <summary>
    /// The fixed mix above is the worst case (phrases found in nearly every report). This one draws 600 queries
    /// from the reports themselves — 2–6 character runs of hanzi at random places, a third quoted, a third with a
    /// year range — each sent once with the result cache off: what a first-time query costs.
    /// </summary>
    private static void VocabularyMix(string dataDirectory, bool indexTexts)
    {
        var queries = VocabularyQueries(dataDirectory);

        using var archive = InProcessArchive.Open(dataDirectory, 0, indexTexts);
        var searcher = archive.Searcher;
        searcher.Search(new SearchRequest(queries[0], First: 20));
        var samples = new List<double>();
        var hits = new List<double>();
        foreach (var query in queries)
        {
            var clock = Stopwatch.StartNew();
            hits.Add(searcher.Search(new SearchRequest(query, First: 20)).TotalHits);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        // The same queries again (result cache still off): every search computed again, but on code the JIT has
        // seen and index pages this process has already touched. The difference is what a first time costs.
        var again = new List<double>();
        foreach (var query in queries)
        {
            var clock = Stopwatch.StartNew();
            searcher.Search(new SearchRequest(query, First: 20));
            again.Add(clock.Elapsed.TotalMilliseconds);
        }

        hits.Sort();
        Console.WriteLine($"Vocabulary mix: {queries.Count} distinct queries drawn from report texts, each once, cache off (median hits {Percentiles.Of(hits, 50):F0}):");
        Console.WriteLine($"  {"all",-30} {Percentiles.Summary(samples)}");
        var slowest = queries.Zip(samples).OrderByDescending(pair => pair.Second).Take(5).Select(pair => $"{pair.First} {pair.Second:F1} ms");
        Console.WriteLine($"  slowest: {string.Join(", ", slowest)}");
        Console.WriteLine($"  {"same queries, second time",-30} {Percentiles.Summary(again)}");
        // By kind, in the order they were drawn (quoted, word, word with a year range): which kind a change moves.
        string[] kinds = ["quoted", "word", "word + years"];
        for (var kind = 0; kind < kinds.Length; kind++)
        {
            var first = samples.Where((_, i) => i % 3 == kind).ToList();
            var second = again.Where((_, i) => i % 3 == kind).ToList();
            Console.WriteLine($"  {kinds[kind],-14} first {Percentiles.Summary(first)}; second p50 {Median(second):F2} ms, mean {second.Average():F2} ms");
        }
    }

    /// <summary>The vocabulary mix's 600 queries: the same ones for the same archive.</summary>
    public static List<string> VocabularyQueries(string dataDirectory)
    {
        var random = new Random(7);
        return TextRuns.Draw(dataDirectory, random, 600, random.Next(1000), (run, drawn) => (drawn % 3) switch
        {
            0 => $"\"{run}\"",
            1 => run,
            _ => $"{run} year:2016..2020",
        });
    }

    private static double Median(List<double> samples) => Percentiles.Of([.. samples.Order()], 50);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql, string parameter)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", parameter);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
