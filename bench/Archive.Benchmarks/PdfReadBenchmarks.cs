using Archive.Ingest.Readers;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks;

/// <summary>
/// PDF reading (PdfPig + our layout: rows by baseline, ruled tables, paragraph joins) per report, and per page via
/// OperationsPerInvoke. The corpus is the committed LibreOffice fixtures (tests/Archive.Ingest.Tests/Fixtures/Documents).
/// Compare with poppler on the same files:
///   for f in tests/Archive.Ingest.Tests/Fixtures/Documents/seed-*.pdf tests/Archive.Ingest.Tests/Fixtures/Documents/template2021.pdf;
///   do pdfinfo "$f" | grep Pages; done
///   time (for i in $(seq 20); do for f in ...; do pdftotext -layout "$f" /dev/null; done; done)
/// </summary>
[MemoryDiagnoser]
public class PdfReadBenchmarks
{
    private readonly PdfDocumentReader _reader = new(new DocumentReaderLimits());
    private byte[] _bytes = [];

    [Params("template2021", "seed-003_0db27c3e21f320cb", "seed-001_7afa714d70970faa")]
    public string Report { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var dir = FixtureDirectory();
        _bytes = File.ReadAllBytes(Path.Combine(dir, Report + ".pdf"));
    }

    /// <summary>One whole report: open, every page, assemble text.</summary>
    [Benchmark]
    public int ReadReport() => _reader.Read(_bytes, CancellationToken.None).Text.Length;

    private static string FixtureDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Archive.Ingest.Tests", "Fixtures", "Documents");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Archive.Ingest.Tests/Fixtures/Documents not found above " + AppContext.BaseDirectory);
    }
}
