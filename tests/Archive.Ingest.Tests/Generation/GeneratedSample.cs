using Archive.Samples.Generation;

namespace Archive.Ingest.Tests.Generation;

/// <summary>300 reports of one seed, generated once for the tests of a class.</summary>
public sealed class GeneratedSample
{
    public const ulong Seed = 20240601;

    public GeneratedSample()
    {
        Reports = [.. ReportGenerator.Generate(new GeneratorOptions(300, Seed))];
    }

    public IReadOnlyList<GeneratedReport> Reports { get; }
}
