using Archive.Application.Ingestion;
using Archive.Samples;
using Archive.Storage;
using Archive.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>
/// The real web host over the sample archive exactly as `archive serve` builds it on a first run
/// (<see cref="SampleArchiveFiles"/>: the default count of generated reports plus the seeds), searched with Lucene.
/// </summary>
public sealed class SampleApiHost : IAsyncLifetime
{
    private readonly TempDirectory _directory = new("archive-sample");
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public SampleArchivePlan Plan { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            EnvironmentName = "Testing",
            Configure = configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Archive:DataDirectory"] = _directory.Path,
                ["Logging:LogLevel:Default"] = "Warning",
            }),
            ConfigureServices = services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)),
            ConfigureWebHost = web => web.UseTestServer(),
        });

        var cancellationToken = TestContext.CancellationToken;
        await _app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        Plan = await SampleArchiveFiles.WriteAsync(_directory.Path, SampleArchiveFiles.DefaultCount, TestPaths.SeedsDir, cancellationToken);
        await _app.Services.GetRequiredService<IngestService>().IngestAsync([Plan.Directory], progress: null, cancellationToken);
        _app.Services.GetRequiredService<Archive.Search.Querying.ArchiveSearcher>().MaybeRefresh();
        await _app.StartAsync(cancellationToken);
        Client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
