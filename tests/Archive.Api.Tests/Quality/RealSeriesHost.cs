using Archive.Api.Tests.Infrastructure;
using Archive.Application.Ingestion;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Quality;

/// <summary>The real host with the real corpus (../shared/corpus/real/raw) ingested through the real IngestService.</summary>
public sealed class RealSeriesHost : ApiHost, IAsyncLifetime
{
    public static string RealDir => Path.Combine(TestPaths.SharedDir, "corpus", "real");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await Services.GetRequiredService<IngestService>().IngestAsync(
            Directory.GetFiles(Path.Combine(RealDir, "raw")).Order(StringComparer.Ordinal), progress: null, TestContext.CancellationToken);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}
