using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Archive.Testing;
using Microsoft.Playwright;

namespace Archive.Web.Tests;

/// <summary>
/// A real `archive serve` process on a loopback port over a data directory ingested from the seeds, and a
/// headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) to look at it.
/// </summary>
public class ServedArchive : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempDirectory _data = new("archive-web");
    private Process? _server;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (BrowserRequirement.Skipped)
        {
            return; // every test of this fixture is skipped: serve nothing
        }

        Assert.True(BrowserRequirement.IsInstalled, BrowserRequirement.Missing);
        await FillAsync(_data.Path);

        var port = FreeLoopbackPort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _server = StartArchive("serve", "--urls", BaseUrl, "--data", _data.Path);
        await WaitUntilServingAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Fills the data directory before the server starts.</summary>
    protected virtual async Task FillAsync(string data)
    {
        // The five real seeds plus generated reports, so charts and facets have years and regions to show.
        var generated = Path.Combine(data, "generated");
        var generate = await RunArchiveAsync("generate", "--count", "150", "--seed", "42", "--out", generated);
        Assert.True(generate == 0, $"generate exited {generate}");
        var ingest = await RunArchiveAsync("ingest", TestPaths.SeedsDir, generated, "--data", data);
        Assert.True(ingest == 0, $"ingest exited {ingest}");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        _data.Dispose();
    }

    /// <summary>A fresh page at <paramref name="width"/> × <paramref name="height"/> CSS pixels.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000); // generous: the CI machine may be busy
        return page;
    }

    protected static async Task<int> RunArchiveAsync(params string[] args)
    {
        using var process = StartArchive(args);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static Process StartArchive(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_server!.HasExited, $"archive serve exited with {(_server.HasExited ? _server.ExitCode : 0)}");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail("archive serve did not answer /health within 60 s");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// The four page test classes look at one served archive: each had its own before, and generating, ingesting,
/// serving and launching Chromium ran four times.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServedArchiveCollection : ICollectionFixture<ServedArchive>
{
    public const string Name = "served-archive";
}
