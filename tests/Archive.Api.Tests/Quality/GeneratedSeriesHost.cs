using System.Diagnostics;
using System.Globalization;
using Archive.Api.Tests.Infrastructure;
using Archive.Application.Ingestion;
using Archive.Samples.Generation;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Quality;

/// <summary>
/// The real host with generated series reports (generator series mode, issue 24) written to files and ingested
/// through the real IngestService. 240 reports (30 bodies × 8 years) keep the suite quick (ingest runs at ~54
/// reports/s, BENCHMARKS.md); <c>ARCHIVE_SERIES_REPORTS=10000</c> gives the acceptance size.
/// </summary>
public sealed class GeneratedSeriesHost : ApiHost, IAsyncLifetime
{
    public const ulong Seed = 2024;

    private readonly TempDirectory _files = new("archive-series");

    public static int ReportCount { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_SERIES_REPORTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 240;

    public static GeneratorOptions Options { get; } = new(ReportCount, Seed, ErrorRate: 0) { AnomalyRate = 0, Series = new SeriesOptions() };

    // The test reads every report's quality in pages of 100 (412 points each at 10,000 reports): no rate limit here,
    // and no execution timeout either — it checks what is found, not how fast (a page of 100 at 10,000 reports took
    // over the default 15 s on the 2-core machine loaded four times over; 2 s of CPU).
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Api:RateLimitPoints"] = "0",
        ["Api:ExecutionTimeout"] = "00:10:00",
    };

    /// <summary>The generated reports by file name.</summary>
    public IReadOnlyDictionary<string, GeneratedReport> Reports { get; private set; } = new Dictionary<string, GeneratedReport>();

    public IngestSummary Ingested { get; private set; } = null!;

    public TimeSpan IngestTime { get; private set; }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        // Ingest runs at 5–50 reports/s depending on the machine's load: the bound grows with the size.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2 + (ReportCount / 150.0)));
        var cancellationToken = bound.Token;
        await ReportGenerator.WriteAsync(_files.Path, Options, progress: null, cancellationToken);
        Reports = ReportGenerator.Generate(Options).ToDictionary(r => r.FileName, StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();
        Ingested = await Services.GetRequiredService<IngestService>().IngestAsync(
            Reports.Keys.Order(StringComparer.Ordinal).Select(f => Path.Combine(_files.Path, f)), progress: null, cancellationToken);
        IngestTime = stopwatch.Elapsed;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _files.Dispose();
    }
}

/// <summary>
/// The seven quality test classes read one generated series: each had its own before, and the 240-report ingest ran
/// seven times (about 30 s of CI's CPU on 2 cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class GeneratedSeriesCollection : ICollectionFixture<GeneratedSeriesHost>
{
    public const string Name = "generated-series";
}
