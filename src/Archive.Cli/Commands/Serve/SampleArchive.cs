using Archive.Api.Ingestion;
using Archive.Cli.Infrastructure;
using Archive.Ingest.Generation;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Cli.Commands.Serve;

/// <summary>
/// The demo's first run: an empty archive is filled with a deterministic sample (generated reports, seed 42,
/// plus nothing else), so `archive serve` on a fresh clone has something to search.
/// </summary>
public static class SampleArchive
{
    public const ulong Seed = 42;

    /// <summary>Generates and ingests <paramref name="count"/> reports when the database holds none; returns how many were added.</summary>
    public static async Task<int> EnsureAsync(
        IDbContextFactory<ArchiveDbContext> contextFactory, IngestService ingest, string dataDirectory, int count, CliContext context, CancellationToken cancellationToken)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (count == 0 || await db.Reports.AnyAsync(cancellationToken))
            {
                return 0;
            }
        }

        var sampleDirectory = Path.Combine(dataDirectory, "sample");
        context.Error.WriteLine($"archive: empty archive: building a sample of {count} generated reports (seed {Seed}) in {sampleDirectory}");
        await ReportGenerator.WriteAsync(sampleDirectory, new GeneratorOptions(count, Seed), progress: null, cancellationToken);
        var summary = await IngestProgressDisplay.RunAsync(ingest, [sampleDirectory], context, cancellationToken);
        context.Error.WriteLine($"archive: sample ready: {summary}");
        return summary.Added;
    }
}
