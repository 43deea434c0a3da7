using System.Diagnostics;
using Archive.Application;
using Archive.Core.Configuration;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Ingest.Extraction;
using Archive.Ingest.Normalization;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Readers;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// The whole ingest's CPU split by stage (issue 25): each stage run alone over the same files, one stage after the
/// other, on all cores, with the process's CPU time (user + system, all threads, GC included) taken around it.
/// Stages run as ingest runs them (decode → extraction → store in batches of 64 → Lucene in batches of 2,048 with a
/// commit each), so the sum is comparable with the whole ingest's CPU; what the sum lacks is the pipeline's own cost.
/// </summary>
internal static class CpuSplit
{
    private const int StoreBatch = 64;
    private const int IndexBatch = 2_048;

    public static async Task RunAsync(List<string> files, Analyzer analyzer)
    {
        var options = new IngestOptions();
        var readers = new DocumentReaders(options.DocumentLimits());
        var extractor = new ReportExtractor();
        var preparer = new ReportPreparer(extractor, options);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var n = files.Count;
        var cost = new List<(string Stage, double Seconds)>();

        var bytes = new byte[n][];
        cost.Add(("read", Cpu(() => Parallel.For(0, n, parallel, i => bytes[i] = File.ReadAllBytes(files[i])))));
        var decoded = new string[n];
        cost.Add(("decode (sniff + reader)", Cpu(() => Parallel.For(0, n, parallel, i => decoded[i] = readers.Read(bytes[i], CancellationToken.None).Text))));
        cost.Add(("normalize", Cpu(() => Parallel.For(0, n, parallel, i => TextNormalizer.Normalize(decoded[i])))));
        cost.Add(("extraction (ReportExtractor)", Cpu(() => Parallel.For(0, n, parallel, i => extractor.Extract(decoded[i], Path.GetFileName(files[i]))))));
        var prepared = new PreparedReport[n];
        var prepare = Cpu(() => Parallel.For(0, n, parallel, i => prepared[i] = preparer.Prepare(files[i], bytes[i])));
        cost.Add(("  rest of prepare (hashes, offset mapping, plausibility)", prepare - cost.Skip(1).Sum(c => c.Seconds)));
        bytes = null;
        decoded = null;

        var data = Directory.CreateTempSubdirectory("archive-ingest-split-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{ArchiveOptions.SectionName}:{nameof(ArchiveOptions.DataDirectory)}"] = data,
            }).Build();
            await using var services = new ServiceCollection().AddLogging().AddArchiveServices(configuration).BuildServiceProvider();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            var store = services.GetRequiredService<ReportStore>();
            var stored = new List<StoredReport>(n);
            cost.Add(("store (64 reports per transaction)", await CpuAsync(async () =>
            {
                foreach (var chunk in prepared.Chunk(StoreBatch))
                {
                    stored.AddRange(await store.StoreBatchAsync(chunk, CancellationToken.None));
                }
            })));

            var documents = prepared.Select((p, i) => ToDocument(p, stored[i])).ToList();
            var tokens = Cpu(() => Parallel.ForEach(documents, parallel, d => AnalyzeAll(analyzer, d)));
            var index = Path.Combine(data, "index");
            double adding = 0, committing = 0;
            using (var writer = ArchiveIndexWriter.Open(index))
            {
                foreach (var chunk in documents.Chunk(IndexBatch))
                {
                    adding += Cpu(() => Parallel.ForEach(chunk, parallel, writer.Index));
                    committing += Cpu(writer.Commit);
                }

                committing += Cpu(writer.Dispose);
            }

            cost.Add(("Lucene: add documents (analysis + inverting + stored fields)", adding));
            cost.Add(("  of which the analysis alone", tokens));
            cost.Add(("Lucene: commits every 2,048 + close (flush, merges)", committing));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }

        Console.WriteLine($"CPU split, each stage alone on all cores ({n} reports; ms per report):");
        foreach (var (stage, seconds) in cost)
        {
            Console.WriteLine($"  {stage,-62} {seconds,7:F1} s {seconds * 1000 / n,7:F2} ms");
        }

        Console.WriteLine($"  {"sum of stages (without the 'of which' line)",-62} {cost.Where(c => !c.Stage.Contains("of which", StringComparison.Ordinal)).Sum(c => c.Seconds),7:F1} s");
    }

    private static double Cpu(Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }

    private static async Task<double> CpuAsync(Func<Task> action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        await action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }

    private static void AnalyzeAll(Analyzer analyzer, SearchDocument d)
    {
        foreach (var field in new[] { IndexFields.Text, IndexFields.TextExact, IndexFields.TextCommon })
        {
            Drain(analyzer, field, d.Text);
        }

        if (d.Title is not null)
        {
            Drain(analyzer, IndexFields.Title, d.Title);
            Drain(analyzer, IndexFields.TitleExact, d.Title);
        }

        if (d.Agency is not null)
        {
            Drain(analyzer, IndexFields.Agency, d.Agency);
            Drain(analyzer, IndexFields.AgencyExact, d.Agency);
        }
    }

    private static void Drain(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
        }

        stream.End();
    }

    private static SearchDocument ToDocument(PreparedReport report, StoredReport stored)
    {
        var extracted = report.Extracted;
        var hasFlags = extracted.Flags.Count > 0;
        return new SearchDocument(
            stored.Outcome.ReportId, report.NormalizedText, extracted.Title, extracted.Agency, extracted.AgencyKind,
            stored.ProvinceCode, stored.PrefectureCode, stored.CountyCode, extracted.Year, stored.PublishedDate, extracted.Template,
            hasFlags, hasFlags ? [.. extracted.Flags.Select(f => f.Kind).Distinct().OrderBy(k => k.StableId(), StringComparer.Ordinal)] : null);
    }
}
