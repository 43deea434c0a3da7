using Archive.Api;
using Archive.Cli.Infrastructure;
using Archive.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Archive.Cli.Tests;

/// <summary>
/// An archive built by the CLI itself (`generate`, then `ingest` of the seeds and the generated files) and the real
/// web host over its data directory on a test server: the two surfaces tests compare.
/// </summary>
internal static class InProcessArchive
{
    /// <summary>Generates <paramref name="count"/> reports and ingests them with the seeds; returns the data directory.</summary>
    public static async Task<string> BuildAsync(TempDirectory root, int count, ulong seed)
    {
        var generated = Path.Combine(root.Path, "generated");
        var dataDir = Path.Combine(root.Path, "data");
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("generate", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", generated)).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, generated, "--data", dataDir)).ExitCode);
        return dataDir;
    }

    /// <summary>The web host `archive serve` runs, over <paramref name="dataDirectory"/>, started on a test server.</summary>
    public static async Task<WebApplication> ServeAsync(string dataDirectory)
    {
        var app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            EnvironmentName = "Testing",
            // The parity tests compare answers, not speed: the 15 s execution limit was hit on a machine loaded to 30.
            Configure = c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Archive:DataDirectory"] = dataDirectory,
                ["Logging:LogLevel:Default"] = "Warning",
                ["Api:ExecutionTimeout"] = "00:02:00",
            }),
            ConfigureWebHost = web => web.UseTestServer(),
        });
        await app.StartAsync();
        return app;
    }
}
