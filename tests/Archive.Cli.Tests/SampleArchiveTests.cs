using Archive.Api.Ingestion;
using Archive.Cli.Commands.Serve;
using Archive.Cli.Infrastructure;
using Archive.Storage;
using Archive.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Tests;

/// <summary>The demo's first run: an empty archive gets a generated sample; a filled one is left alone.</summary>
public sealed class SampleArchiveTests
{
    [Fact]
    public async Task EnsureSample_EmptyArchive_IsFilledOnceAndSearchable()
    {
        using var data = new TempDirectory();
        await using var services = CommandServices.Build(data.Path, verbose: false);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var factory = services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        var ingest = services.GetRequiredService<IngestService>();
        var context = new CliContext(new StringWriter(), new StringWriter(), Interactive: false);

        var first = await SampleArchive.EnsureAsync(factory, ingest, data.Path, 30, context, CancellationToken.None);
        var second = await SampleArchive.EnsureAsync(factory, ingest, data.Path, 30, context, CancellationToken.None);

        Assert.Equal(30, first);
        Assert.Equal(0, second);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(30, await db.Reports.CountAsync());
        Assert.Equal(30, await db.Reports.CountAsync(r => r.Indexed));
        Assert.True(Directory.GetFiles(Path.Combine(data.Path, "sample"), "*.txt").Length == 30);
    }
}
