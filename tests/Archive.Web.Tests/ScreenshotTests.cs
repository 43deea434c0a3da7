using Microsoft.Playwright;

namespace Archive.Web.Tests;

/// <summary>
/// The three views at desktop and phone width, rendered with Noto CJK: each must show its content. With
/// ARCHIVE_SCREENSHOTS_DIR set, the PNGs are also kept there (that is how docs/screenshots is made).
/// </summary>
[Collection(ServedArchiveCollection.Name)]
public sealed class ScreenshotTests(ServedArchive archive)
{
    public static TheoryData<string, string, string, int, int> Views() => new()
    {
        { "search-desktop", "/?view=search&q=" + Uri.EscapeDataString("\"依申请公开\""), "ol.results li", 1280, 900 },
        { "search-phone", "/?view=search&q=" + Uri.EscapeDataString("\"依申请公开\""), "ol.results li", 390, 844 },
        { "report-desktop", "/?view=search&q=" + Uri.EscapeDataString("中卫市"), "ol.results li", 1280, 900 },
        { "report-phone", "/?view=search&q=" + Uri.EscapeDataString("中卫市"), "ol.results li", 390, 844 },
        { "metrics-desktop", "/?view=metrics&keys=legacy.active.total,apply.new.total", "svg.chart circle", 1280, 900 },
        { "metrics-phone", "/?view=metrics&keys=apply.new.total", "svg.chart circle", 390, 844 },
    };

    [BrowserTheory]
    [MemberData(nameof(Views))]
    public async Task View_Renders_WithItsContentVisible(string name, string path, string readySelector, int width, int height)
    {
        var page = await archive.NewPageAsync(width, height);
        await page.GotoAsync(archive.BaseUrl + path);
        await page.WaitForSelectorAsync(readySelector);
        if (name.StartsWith("report", StringComparison.Ordinal))
        {
            await page.Locator("ol.results a.title").First.ClickAsync();
            await page.Locator("button.value").First.ClickAsync();
            await page.WaitForSelectorAsync("mark.source");
        }

        var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false });

        Assert.True(png.Length > 20_000, $"{name}: a {png.Length}-byte screenshot is too plain to hold the rendered view");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"), $"{name} scrolls sideways");
        if (Environment.GetEnvironmentVariable("ARCHIVE_SCREENSHOTS_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, name + ".png"), png);
        }
    }
}
