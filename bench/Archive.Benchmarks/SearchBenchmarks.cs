using System.Diagnostics;
using System.Text;
using Archive.Core.Agencies;
using Archive.Core.Reports;
using Archive.Ingest.Normalization;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks;

/// <summary>
/// Search over generated reports (the normalized seeds cut into sentences and re-assembled with varied ids and
/// metadata until the generator lands). Global setup builds the Lucene index and a SQLite copy of the texts, and
/// prints build time and index size / raw UTF-8 text size. The query mix: single word, phrase, filtered, faceted,
/// word with snippets, and the same phrase as SQLite LIKE scan and FTS5 trigram for comparison.
/// Run: dotnet run -c Release --project bench/Archive.Benchmarks -- --filter '*SearchBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const string Phrase = "政府信息公开";
    private string _root = string.Empty;
    private ArchiveSearcher? _searcher;
    private SqliteConnection? _sqlite;

    /// <summary>100,000 by default; ARCHIVE_BENCH_REPORTS overrides it (a small number for a smoke run).</summary>
    public static IEnumerable<int> ReportCounts =>
        [int.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_BENCH_REPORTS"), out var count) && count > 0 ? count : 100_000];

    [ParamsSource(nameof(ReportCounts))]
    public int Reports { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "archive-bench-" + Guid.NewGuid().ToString("N"));
        var sentences = SeedSentences();
        long rawBytes = 0;
        var clock = Stopwatch.StartNew();
        var rebuilder = new IndexRebuilder(Path.Combine(_root, "index"));
        await rebuilder.RebuildAsync(Generate(sentences, Reports, bytes => rawBytes += bytes), CancellationToken.None);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var indexBytes = new DirectoryInfo(Path.Combine(_root, "index")).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Console.WriteLine($"// index build: {Reports} reports in {buildSeconds:F1} s; index {indexBytes / 1e6:F1} MB / raw text {rawBytes / 1e6:F1} MB = {(double)indexBytes / rawBytes:F2}x");

        _searcher = new ArchiveSearcher(Path.Combine(_root, "index"), resultCacheEntries: 0); // every query computed
        _sqlite = new SqliteConnection($"Data Source={Path.Combine(_root, "texts.db")}");
        _sqlite.Open();
        Execute("CREATE TABLE reports(id INTEGER PRIMARY KEY, text TEXT NOT NULL); CREATE VIRTUAL TABLE reports_fts USING fts5(text, content='reports', content_rowid='id', tokenize='trigram');");
        using (var transaction = _sqlite.BeginTransaction())
        {
            using var insert = _sqlite.CreateCommand();
            insert.CommandText = "INSERT INTO reports(id, text) VALUES ($id, $text)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            await foreach (var document in Generate(sentences, Reports, _ => { }))
            {
                id.Value = document.ReportId;
                text.Value = document.Text;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute("INSERT INTO reports_fts(reports_fts) VALUES('rebuild');");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _searcher?.Dispose();
        _sqlite?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark]
    public int SingleWord() => _searcher!.Search(new SearchRequest("公开", First: 10, SnippetCount: 0)).TotalHits;

    [Benchmark]
    public int QuotedPhrase() => _searcher!.Search(new SearchRequest($"\"{Phrase}\"", First: 10, SnippetCount: 0)).TotalHits;

    [Benchmark]
    public int Filtered() => _searcher!.Search(new SearchRequest("依申请公开", new ReportFilter { RegionCode = "640000", YearFrom = 2018, YearTo = 2020 }, First: 10, SnippetCount: 0)).TotalHits;

    [Benchmark]
    public int Faceted() => _searcher!.Search(new SearchRequest("信息", First: 10, Facets: true, SnippetCount: 0)).TotalHits;

    [Benchmark]
    public int WordWithSnippets() => _searcher!.Search(new SearchRequest("公开", First: 10, SnippetCount: 3)).Hits.Count;

    [Benchmark]
    public long PhraseSqliteLike() => Count($"SELECT count(*) FROM reports WHERE text LIKE '%{Phrase}%'");

    [Benchmark]
    public long PhraseSqliteFts5Trigram() => Count($"SELECT count(*) FROM reports_fts WHERE reports_fts MATCH '\"{Phrase}\"'");

    private long Count(string sql)
    {
        using var command = _sqlite!.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var command = _sqlite!.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async IAsyncEnumerable<SearchDocument> Generate(List<string> sentences, int count, Action<long> onRawBytes)
    {
        string[] regions = ["640221", "640200", "640000", "640106", "370826", "110101"];
        ReportTemplate[] templates = [ReportTemplate.V2019, ReportTemplate.Pre2019, ReportTemplate.V2021];
        AgencyKind[] kinds = [AgencyKind.Finance, AgencyKind.PeopleGovernment, AgencyKind.DevelopmentZone];
        for (var id = 1; id <= count; id++)
        {
            var random = new Random(id);
            var text = new StringBuilder();
            var length = random.Next(30, 120);
            for (var k = 0; k < length; k++)
            {
                text.Append(sentences[random.Next(sentences.Count)]).Append(random.Next(6) == 0 ? "。\n" : "。");
            }

            var body = text.ToString();
            onRawBytes(Encoding.UTF8.GetByteCount(body));
            var region = regions[random.Next(regions.Length)];
            yield return new SearchDocument(
                id, body, $"{2015 + (id % 7)}年政府信息公开工作年度报告", "平罗县工业和信息化局", kinds[random.Next(kinds.Length)],
                null, region.EndsWith("00", StringComparison.Ordinal) ? region : null, region.EndsWith("00", StringComparison.Ordinal) ? null : region,
                2015 + (id % 7), new DateOnly(2016, 1, 1).AddDays(id % 2000), templates[random.Next(templates.Length)], random.Next(4) == 0);
            if (id % 1000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private static List<string> SeedSentences()
    {
        var seeds = FindSeeds();
        return [.. Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => TextNormalizer.Normalize(File.ReadAllText(f)).Text)
            .SelectMany(t => t.Split(['。', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 4)];
    }

    internal static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/corpus/seeds not found above " + AppContext.BaseDirectory);
    }
}
