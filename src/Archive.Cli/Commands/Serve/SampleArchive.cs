using Archive.Application.Ingestion;
using Archive.Cli.Infrastructure;
using Archive.Samples;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Cli.Commands.Serve;

/// <summary>
/// The demo's first run: an empty archive is filled with a deterministic sample (generated reports, seed 42, plus
/// the five seed reports of ../shared/corpus/seeds when they are there), so `archive serve` on a fresh clone has
/// something to search and the README's examples answer.
/// </summary>
public static class SampleArchive
{
    public const ulong Seed = SampleArchiveFiles.Seed;

    /// <summary>Builds and ingests the sample when the database holds no report; returns how many reports were added.</summary>
    /// <param name="seedsDirectory">The seed reports to include; null looks for ../shared/corpus/seeds, "" includes none.</param>
    public static async Task<int> EnsureAsync(
        IDbContextFactory<ArchiveDbContext> contextFactory, IngestService ingest, string dataDirectory, int count, CliContext context, CancellationToken cancellationToken,
        string? seedsDirectory = null)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (count == 0 || await db.Reports.AnyAsync(cancellationToken))
            {
                return 0;
            }
        }

        var seeds = seedsDirectory is null ? SampleArchiveFiles.FindSeedsDirectory() : seedsDirectory.Length == 0 ? null : seedsDirectory;
        context.Error.WriteLine(seeds is null
            ? $"archive: empty archive: building a sample of {count} generated reports (seed {Seed}); the seed reports (../shared/corpus/seeds) were not found, so the README's 平罗县 examples will answer nothing"
            : $"archive: empty archive: building a sample of {count} generated reports (seed {Seed}) plus the seed reports of {seeds}");
        var plan = await SampleArchiveFiles.WriteAsync(dataDirectory, count, seeds, cancellationToken);
        var summary = await IngestProgressDisplay.RunAsync(ingest, [plan.Directory], context, cancellationToken);
        context.Error.WriteLine($"archive: sample ready in {plan.Directory}: {plan.Generated} generated + {plan.Seeds} seed reports; {summary}");
        return summary.Added;
    }
}
