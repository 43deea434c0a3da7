using Archive.Samples.Generation;

namespace Archive.Samples;

/// <summary>
/// The files of the demo archive `archive serve` builds on its first run: generated reports (seed 42) plus, when
/// the repository's ../shared/corpus/seeds is beside it, the five seed reports, copied in so the archive keeps
/// them. The README's examples speak of the seeds (平罗县, 640221), so without them example 3 would answer nothing.
/// </summary>
public static class SampleArchiveFiles
{
    public const ulong Seed = 42;

    /// <summary>Generated reports in the sample `archive serve` builds by default (its --sample).</summary>
    public const int DefaultCount = 1000;

    /// <summary>Where the seeds sit relative to an ancestor of the working or program folder.</summary>
    private static readonly string[] SeedsRelative = ["shared", "corpus", "seeds"];

    /// <summary>
    /// The seeds folder: the first <c>shared/corpus/seeds</c> holding *.txt files found walking up from
    /// <paramref name="startDirectories"/> (a clone's parent holds ../shared); null when there is none.
    /// </summary>
    public static string? FindSeedsDirectory(IEnumerable<string> startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine([dir.FullName, .. SeedsRelative]);
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.txt").Any())
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The seeds folder as `serve` looks for it: from the working folder, then from the program's folder.</summary>
    public static string? FindSeedsDirectory() => FindSeedsDirectory([Environment.CurrentDirectory, AppContext.BaseDirectory]);

    /// <summary>
    /// Writes <paramref name="generatedCount"/> generated reports to <c>sample/</c> and copies the seeds (if any) to
    /// <c>sample/seeds/</c> under <paramref name="dataDirectory"/>; returns the folder to ingest and what it holds.
    /// </summary>
    public static async Task<SampleArchivePlan> WriteAsync(string dataDirectory, int generatedCount, string? seedsDirectory, CancellationToken cancellationToken)
    {
        var sampleDirectory = Path.Combine(dataDirectory, "sample");
        var generated = generatedCount > 0
            ? await ReportGenerator.WriteAsync(sampleDirectory, new GeneratorOptions(generatedCount, Seed), progress: null, cancellationToken)
            : 0;
        var seeds = 0;
        if (seedsDirectory is not null)
        {
            var target = Path.Combine(sampleDirectory, "seeds");
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(seedsDirectory, "*.txt").Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
                seeds++;
            }
        }

        Directory.CreateDirectory(sampleDirectory);
        return new SampleArchivePlan(sampleDirectory, generated, seeds, seeds > 0 ? seedsDirectory : null);
    }
}

/// <param name="Directory">The folder to ingest (recursively).</param>
/// <param name="Generated">Generated reports written.</param>
/// <param name="Seeds">Seed reports copied in (0 when the seeds folder was not found).</param>
/// <param name="SeedsDirectory">Where the seeds were copied from.</param>
public sealed record SampleArchivePlan(string Directory, int Generated, int Seeds, string? SeedsDirectory);
