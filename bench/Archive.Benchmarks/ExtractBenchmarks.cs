using Archive.Ingest.Decoding;
using Archive.Ingest.Extraction;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks;

/// <summary>
/// Extraction speed over the five seeds (target ≥ 500 reports/s single thread). One operation = one report,
/// so reports/s = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private readonly ReportExtractor _extractor = new();
    private (string Name, string Text)[] _seeds = [];

    [GlobalSetup]
    public void LoadSeeds()
    {
        var seedsDir = FindSeedsDir();
        _seeds = [.. Directory.GetFiles(seedsDir, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), TextDecoder.Decode(File.ReadAllBytes(f)).Text))];

        // Warm the gazetteer and regexes outside the measurement.
        _ = _extractor.Extract(_seeds[0].Text, _seeds[0].Name);
    }

    [Benchmark(OperationsPerInvoke = 5)]
    public int ExtractFiveSeeds()
    {
        var metrics = 0;
        foreach (var (name, text) in _seeds)
        {
            metrics += _extractor.Extract(text, name).Metrics.Count;
        }

        return metrics;
    }

    private static string FindSeedsDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "seeds"));
            }
        }

        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }
}
