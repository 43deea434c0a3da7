using Archive.Samples.Generation;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks;

/// <summary>
/// Synthetic report generation (issue 8: 10k reports in &lt; 30 s, i.e. ≥ 334 reports/s including writing).
/// One operation = one report, so reports/s = 1 s / Mean. <see cref="ComposeReport"/> builds text, bytes and truth;
/// <see cref="ComposeAndSerialize"/> adds the truth JSON, which is what `archive generate` writes besides the text.
/// </summary>
[MemoryDiagnoser]
public class GenerateBenchmarks
{
    private const int Reports = 200;

    private readonly GeneratorOptions _options = new(Reports, 42);

    [GlobalSetup]
    public void Warm() => _ = ReportGenerator.GenerateOne(_options, 0);

    [Benchmark(OperationsPerInvoke = Reports)]
    public long ComposeReport()
    {
        long bytes = 0;
        for (var i = 0; i < Reports; i++)
        {
            bytes += ReportGenerator.GenerateOne(_options, i).Bytes.Length;
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = Reports)]
    public long ComposeAndSerialize()
    {
        long bytes = 0;
        for (var i = 0; i < Reports; i++)
        {
            var report = ReportGenerator.GenerateOne(_options, i);
            bytes += report.Bytes.Length + TruthJson.Serialize(report.Truth).Length;
        }

        return bytes;
    }
}
