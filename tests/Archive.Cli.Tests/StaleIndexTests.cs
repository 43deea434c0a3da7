using Archive.Application.Ingestion;
using Archive.Cli.Commands.Serve;
using Archive.Cli.Infrastructure;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Tests;

/// <summary>serve after an upgrade: an index of an older analysis is rebuilt from the database, not refused.</summary>
public sealed class StaleIndexTests
{
    [Fact]
    public async Task RebuildIfNeeded_IndexOfAnOlderAnalysis_IsRebuiltAndSearchable()
    {
        using var data = new TempDirectory();
        await using var services = CommandServices.Build(data.Path, verbose: false);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var context = new CliContext(new StringWriter(), new StringWriter(), Interactive: false);
        await SampleArchive.EnsureAsync(
            services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>(), services.GetRequiredService<IngestService>(), data.Path, 12, context, CancellationToken.None, seedsDirectory: "");
        var indexRoot = Path.Combine(data.Path, "index");
        MarkAsOlderAnalysis(IndexGenerations.Current(indexRoot)!);
        Assert.True(IndexGenerations.IsStale(indexRoot));
        Assert.True(await StaleIndex.RebuildIfNeededAsync(services, context, CancellationToken.None));

        Assert.False(IndexGenerations.IsStale(indexRoot));
        Assert.False(await StaleIndex.RebuildIfNeededAsync(services, context, CancellationToken.None));
        using var searcher = new ArchiveSearcher(indexRoot);
        Assert.Equal(12, searcher.Search(new SearchRequest(string.Empty, First: 0)).TotalHits);
    }

    private static void MarkAsOlderAnalysis(string generation)
    {
        using var directory = FSDirectory.Open(generation);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveLuceneVersion.Current, ArchiveAnalyzers.Create()));
        writer.SetCommitData(new Dictionary<string, string> { [AnalysisVersion.CommitDataKey] = "smartcn48+exact-bigram/2" });
        writer.Commit();
    }
}
