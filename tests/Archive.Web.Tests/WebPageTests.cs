using System.Text;
using Microsoft.Playwright;

namespace Archive.Web.Tests;

/// <summary>The journalist's and the analyst's paths through the page, in a real browser against a real server.</summary>
[Collection(ServedArchiveCollection.Name)]
public sealed class WebPageTests(ServedArchive archive)
{
    [BrowserFact]
    public async Task Search_WithAProvinceFilter_ShowsOnlyThatProvincesReportsWithHighlights()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync(archive.BaseUrl + "/");
        await page.FillAsync("input[name=q]", "\"政府信息公开\"");
        await page.ClickAsync("form.searchbar button[type=submit]");
        await page.WaitForSelectorAsync("ol.results li");
        var allCount = await page.Locator("ol.results > li").CountAsync();

        await page.SelectOptionAsync("select[name=province]", "370000");
        await page.WaitForURLAsync(url => url.Contains("province=370000", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#results:not([aria-busy]) ol.results li");

        var regions = await page.Locator("ol.results .meta").AllInnerTextsAsync();
        Assert.NotEmpty(regions);
        Assert.All(regions, text => Assert.Contains("山东省", text, StringComparison.Ordinal));
        Assert.True(regions.Count < allCount, $"the filter kept {regions.Count} of {allCount}");
        var marked = await page.Locator("ol.results .snippet mark").AllInnerTextsAsync();
        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.Equal("政府信息公开", m));

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !location.search.includes('province=')");
        await page.WaitForSelectorAsync("ol.results li");
        Assert.Equal(allCount, await page.Locator("ol.results > li").CountAsync());
    }

    [BrowserFact]
    public async Task Search_SortByOldestYear_ListsTheYearsInOrder()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync(archive.BaseUrl + "/?q=" + Uri.EscapeDataString("政府信息公开"));
        await page.WaitForSelectorAsync("ol.results li");

        await page.SelectOptionAsync("select[name=sort]", "YEAR_ASC");
        await page.WaitForURLAsync(url => url.Contains("sort=YEAR_ASC", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#results:not([aria-busy]) ol.results li");

        var years = (await page.Locator("ol.results .meta span:nth-child(3)").AllInnerTextsAsync())
            .Select(text => int.TryParse(text.TrimEnd('年'), out var year) ? year : (int?)null).ToList();
        var known = years.TakeWhile(y => y is not null).Select(y => y!.Value).ToList();
        Assert.True(known.Count >= 2, $"only {known.Count} years shown");
        Assert.Equal(known.Order(), known);
    }

    [BrowserFact]
    public async Task Report_ClickingAMetric_MarksTheExactCharactersItWasReadFrom()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync(archive.BaseUrl + "/?view=search&yearFrom=2020&yearTo=2020&q=" + Uri.EscapeDataString("\"中卫市工业和信息化局\""));
        await page.Locator("ol.results a.title", new() { HasTextString = "中卫市工业和信息化局2020年" }).First.ClickAsync();
        await page.WaitForSelectorAsync("button.value");

        var button = page.Locator("button.value[data-key='apply.new.total']");
        var value = (await button.InnerTextAsync()).Trim();
        await button.ClickAsync();

        var mark = page.Locator("mark.source");
        await mark.First.WaitForAsync();
        var markedText = string.Concat(await mark.AllInnerTextsAsync());
        Assert.Contains(value, markedText, StringComparison.Ordinal);
        Assert.StartsWith("一、本年新收政府信息公开申请数量", markedText.Trim(), StringComparison.Ordinal);
        Assert.True(await mark.First.IsVisibleAsync());
        Assert.Contains("mark=apply.new.total", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Metrics_PickAKey_ShowsAChartAndDownloadsTheCsv()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync(archive.BaseUrl + "/?view=metrics");
        await page.CheckAsync("input[name=key][value='legacy.channel.wechat']");
        await page.WaitForSelectorAsync("svg.chart circle");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv-link"));
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("reportId,", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length >= 3, "two seeds state legacy.channel.wechat");
        Assert.All(lines[1..], line => Assert.Contains("legacy.channel.wechat", line, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Search_AtPhoneWidth_IsUsableAndKeyboardNavigable()
    {
        var page = await archive.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(archive.BaseUrl + "/?view=search&q=" + Uri.EscapeDataString("依申请公开"));
        await page.WaitForSelectorAsync("ol.results li");

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page scrolls sideways at phone width");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("A", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));

        await page.GotoAsync(archive.BaseUrl + "/?view=search&q=" + Uri.EscapeDataString("\"没有这样的短语zzqx\""));
        await page.WaitForSelectorAsync(".state.empty");
    }
}
