using Archive.Application.Ingestion;
using Archive.Cli.Commands.Serve;
using Archive.Cli.Infrastructure;
using Archive.Samples;
using Archive.Storage;
using Archive.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Tests;

/// <summary>The demo's first run: an empty archive gets a generated sample plus the seeds; a filled one is left alone.</summary>
public sealed class SampleArchiveTests
{
    [Fact]
    public async Task EnsureSample_EmptyArchive_IsFilledOnceWithTheSeedsAndSearchable()
    {
        using var data = new TempDirectory();
        await using var services = CommandServices.Build(data.Path, verbose: false);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var factory = services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        var ingest = services.GetRequiredService<IngestService>();
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error, Interactive: false);

        var first = await SampleArchive.EnsureAsync(factory, ingest, data.Path, 30, context, CancellationToken.None, TestPaths.SeedsDir);
        var second = await SampleArchive.EnsureAsync(factory, ingest, data.Path, 30, context, CancellationToken.None, TestPaths.SeedsDir);

        Assert.Equal(30 + TestPaths.SeedFiles.Count, first);
        Assert.Equal(0, second);
        Assert.Contains("plus the seed reports of", error.ToString(), StringComparison.Ordinal);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(first, await db.Reports.CountAsync());
        Assert.Equal(first, await db.Reports.CountAsync(r => r.Indexed));
        Assert.Equal(30, Directory.GetFiles(Path.Combine(data.Path, "sample"), "*.txt").Length);
        Assert.Equal(TestPaths.SeedFiles.Count, Directory.GetFiles(Path.Combine(data.Path, "sample", "seeds"), "*.txt").Length);
        Assert.True(await db.Reports.AnyAsync(r => r.RegionCode == "640221"), "the README's county (平罗县, a seed's) is in the sample");
    }

    [Fact]
    public async Task EnsureSample_WithoutSeeds_SaysSoAndHoldsTheGeneratedReports()
    {
        using var data = new TempDirectory();
        await using var services = CommandServices.Build(data.Path, verbose: false);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var error = new StringWriter();

        var added = await SampleArchive.EnsureAsync(
            services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>(), services.GetRequiredService<IngestService>(), data.Path, 12,
            new CliContext(new StringWriter(), error, Interactive: false), CancellationToken.None, seedsDirectory: "");

        Assert.Equal(12, added);
        Assert.Contains("seed reports (../shared/corpus/seeds) were not found", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FindSeedsDirectory_FromInsideTheClone_FindsTheSharedSeedsBesideIt()
    {
        var found = SampleArchiveFiles.FindSeedsDirectory([Path.Combine(TestPaths.RepoRoot, "src", "Archive.Cli")]);

        Assert.Equal(Path.GetFullPath(TestPaths.SeedsDir), found);
        Assert.Null(SampleArchiveFiles.FindSeedsDirectory([Path.GetTempPath()]));
    }
}
