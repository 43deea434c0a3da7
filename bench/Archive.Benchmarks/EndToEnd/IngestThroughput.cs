using System.Diagnostics;
using System.Globalization;
using Archive.Application;
using Archive.Application.Ingestion;
using Archive.Core.Configuration;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Search.Analysis;
using Archive.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `ingest FOLDER`: in one process on the same files, (b) the whole ingest into a fresh temp data dir, then (a) the
/// analysis alone — every analyzed index field's analyzer over every report's text, title and agency, on all cores —
/// and their ratio (issue 25: ingest should run at ≥ 80 % of the analysis-alone rate). Prints the rates, the database
/// and index sizes against the raw file bytes, the ingest's peak RSS and the bytes it wrote to disk.
/// `--twice` ingests once into a throwaway dir first (JIT, first use). `--ingest-only` stops after the whole ingest (for a profiler). `--no-split` skips the per-stage split. `--keep` leaves the ingest's data dir for a look at its tables (sqlite3, dbstat).
/// </summary>
internal static class IngestThroughput
{
    private const int AnalysisChunk = 1_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var folder = Path.GetFullPath(args[0]);
        var files = ReportFileDiscovery.Find([folder], new IngestOptions().FilePatterns).ToList();
        var rawBytes = files.Sum(f => new FileInfo(f).Length);
        var data = Directory.CreateTempSubdirectory("archive-ingest-bench-").FullName;
        Console.WriteLine($"{files.Count} files, {rawBytes / 1e6:F1} MB raw, {Environment.ProcessorCount} cores; data dir {data}");
        try
        {
            var analyzer = ArchiveAnalyzers.Create();
            Analyze(analyzer, IndexFields.Text, "政府信息公开工作年度报告"); // warm-up: SmartCn's dictionaries load before either run

            if (args.Contains("--twice"))
            {
                // A first whole ingest into a throwaway dir: what JIT and first-use costs add to the measured one.
                var warm = Directory.CreateTempSubdirectory("archive-ingest-bench-warm-").FullName;
                await IngestAsync(folder, warm);
                Directory.Delete(warm, recursive: true);
            }

            // (b) the whole ingest, as `archive ingest` runs it.
            var (summary, ingestSeconds, written, chars, ingestCpu, peakRss) = await IngestAsync(folder, data);
            var databaseBytes = new FileInfo(Path.Combine(data, "archive.db")).Length;
            var indexBytes = Directory.EnumerateFiles(Path.Combine(data, "index"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            var stored = summary.Added + summary.Updated;
            Console.WriteLine($"ingest: {summary}; {ingestSeconds:F1} s, {stored / ingestSeconds:F1} reports/s, {chars / ingestSeconds / 1e6:F2} M chars/s");
            Console.WriteLine($"  stages: prepare {summary.Timings.Prepare.TotalSeconds:F1} s (summed over cores), store {summary.Timings.Store.TotalSeconds:F1} s, index {summary.Timings.Index.TotalSeconds:F1} s (wall, overlapping)");
            Console.WriteLine($"  database {databaseBytes / 1e6:F1} MB ({databaseBytes / (double)rawBytes:F2}x raw, {databaseBytes / (double)Math.Max(1, stored):F0} B/report); index {indexBytes / 1e6:F1} MB ({indexBytes / (double)rawBytes:F2}x raw)");
            Console.WriteLine($"  peak RSS {peakRss / 1048576.0:F0} MiB; written to disk {written / 1e6:F0} MB ({written / (double)rawBytes:F1} bytes per input byte)");

            if (args.Contains("--ingest-only"))
            {
                return 0;
            }

            // Where the whole ingest's CPU goes: each stage alone on the same files, one after the other, on all cores.
            // `--no-split` leaves it out (at 100k it is another ~20 minutes and tells what 2,000 files already tell).
            if (!args.Contains("--no-split"))
            {
                await CpuSplit.RunAsync(files, analyzer);
            }

            // (a) the analysis alone over the same texts (prepared outside the clock, a chunk at a time to bound memory).
            var (analysisSeconds, analysedReports, analysedChars, analysisCpu) = Analysis(files, analyzer);
            var analysisRate = analysedReports / analysisSeconds;
            Console.WriteLine($"analysis alone: {analysedReports} reports, {analysisSeconds:F1} s, {analysisRate:F1} reports/s, {analysedChars / analysisSeconds / 1e6:F2} M chars/s");
            Console.WriteLine($"ratio ingest / analysis: {stored / ingestSeconds / analysisRate:P0} by wall clock; {analysisCpu / analysedReports / (ingestCpu / Math.Max(1, stored)):P0} by CPU per report (what a shared machine's load does not skew)");
            return 0;
        }
        finally
        {
            if (args.Contains("--keep"))
            {
                Console.WriteLine($"kept {data}");
            }
            else
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static async Task<(IngestSummary Summary, double Seconds, long Written, long Chars, double Cpu, long PeakRss)> IngestAsync(string folder, string data)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ArchiveOptions.SectionName}:{nameof(ArchiveOptions.DataDirectory)}"] = data,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddArchiveServices(configuration).BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var before = WriteBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var summary = await services.GetRequiredService<IngestService>().IngestAsync([folder], null, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var written = WriteBytes() - before;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"  ingest CPU {cpuSeconds:F1} s (user + system, all threads), {cpuSeconds * 1000 / Math.Max(1, summary.Added + summary.Updated):F2} ms per report stored");
        Console.WriteLine($"  GC: {GC.CollectionCount(0) - collections[0]} gen0, {GC.CollectionCount(1) - collections[1]} gen1, {GC.CollectionCount(2) - collections[2]} gen2 collections; paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F1} s; server GC {System.Runtime.GCSettings.IsServerGC}");

        // The peak is read before the texts are counted: at 100k, a list of every text held 1.2 GB more than the ingest
        // ever does (the eleventh session's first 100k run printed that list's peak, 1,023 MiB).
        var peakRss = PeakRssBytes();
        await using var db = await services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        var chars = 0L; // stored compressed: counted here, one text at a time
        await foreach (var text in db.Reports.Select(r => r.NormalizedText).AsAsyncEnumerable())
        {
            chars += text.Length;
        }

        return (summary, seconds, written, chars, cpuSeconds, peakRss);
    }

    private static (double Seconds, int Reports, long Chars, double Cpu) Analysis(List<string> files, Analyzer analyzer)
    {
        var preparer = new ReportPreparer(new ReportExtractor(), new IngestOptions());
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var seconds = 0.0;
        var reports = 0;
        var chars = 0L;
        var cpuSeconds = 0.0;
        foreach (var chunk in files.Chunk(AnalysisChunk))
        {
            var texts = new (string Text, string? Title, string? Agency)[chunk.Length];
            Parallel.For(0, chunk.Length, parallel, i =>
            {
                var prepared = preparer.PrepareFileAsync(chunk[i], CancellationToken.None).GetAwaiter().GetResult();
                texts[i] = (prepared.NormalizedText, prepared.Extracted.Title, prepared.Extracted.Agency);
            });

            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            Parallel.ForEach(texts, parallel, t =>
            {
                foreach (var field in new[] { IndexFields.Text, IndexFields.TextExact, IndexFields.TextCommon })
                {
                    Analyze(analyzer, field, t.Text);
                }

                if (t.Title is not null)
                {
                    Analyze(analyzer, IndexFields.Title, t.Title);
                    Analyze(analyzer, IndexFields.TitleExact, t.Title);
                }

                if (t.Agency is not null)
                {
                    Analyze(analyzer, IndexFields.Agency, t.Agency);
                    Analyze(analyzer, IndexFields.AgencyExact, t.Agency);
                }
            });
            seconds += clock.Elapsed.TotalSeconds;
            cpuSeconds += (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            reports += texts.Length;
            chars += texts.Sum(t => (long)t.Text.Length);
        }

        Console.WriteLine($"  analysis CPU {cpuSeconds:F1} s (user + system, all threads)");
        return (seconds, reports, chars, cpuSeconds);
    }

    private static int Analyze(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }

        stream.End();
        return count;
    }

    /// <summary>Bytes this process has caused to be written to storage (/proc/self/io write_bytes; 0 where there is no /proc).</summary>
    private static long WriteBytes() => ProcField("/proc/self/io", "write_bytes:");

    private static long PeakRssBytes() => ProcField("/proc/self/status", "VmHWM:") * 1024;

    private static long ProcField(string file, string name)
    {
        if (!File.Exists(file))
        {
            return 0;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
