using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Archive.Web.Tests;

/// <summary>
/// The page on keyboard and phone (issue 23): filtering without a mouse, the active filters as chips, the phone
/// layout, a report opened from a search, Chinese labels, the metrics statistics and the original-text link.
/// </summary>
[Collection(ServedArchiveCollection.Name)]
public sealed partial class PageBehaviourTests(ServedArchive archive)
{
    private static readonly string Query = Uri.EscapeDataString("\"政府信息公开\"");

    private static Task<string> ActiveName(IPage page) => page.EvaluateAsync<string>("() => document.activeElement && (document.activeElement.name || document.activeElement.tagName)");

    [BrowserFact]
    public async Task YearRange_TypedAndEntered_KeepsBothYearsAndFocus()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync($"{archive.BaseUrl}/?view=search&q={Query}");
        await page.WaitForSelectorAsync("ol.results li");

        await page.FocusAsync("input[name=yearFrom]");
        await page.Keyboard.TypeAsync("2016");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("2018");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("yearFrom=2016", StringComparison.Ordinal) && url.Contains("yearTo=2018", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#chips button.chip:has-text('2016–2018年')");
        await page.WaitForSelectorAsync("#results:not([aria-busy]) ol.results li");
        Assert.Equal("2016", await page.InputValueAsync("input[name=yearFrom]"));
        Assert.Equal("2018", await page.InputValueAsync("input[name=yearTo]"));
        Assert.Equal("yearTo", await ActiveName(page));
        var years = await page.Locator("ol.results .meta").AllInnerTextsAsync();
        Assert.NotEmpty(years);
        Assert.All(years, meta => Assert.Matches("201[678]年", meta));
    }

    [BrowserFact]
    public async Task ProvinceList_ArrowKeys_FireNoSearchAndKeepFocus_EnterApplies()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync($"{archive.BaseUrl}/?view=search&q={Query}");
        await page.WaitForSelectorAsync("ol.results li");
        var searches = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/graphql", StringComparison.Ordinal) && (request.PostData ?? string.Empty).Contains("query Search", StringComparison.Ordinal))
            {
                searches++;
            }
        };

        await page.FocusAsync("select[name=province]");
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.WaitForTimeoutAsync(600);
        Assert.Equal(0, searches);
        Assert.DoesNotContain("province=", page.Url, StringComparison.Ordinal);
        Assert.Equal("province", await ActiveName(page));
        var chosen = await page.InputValueAsync("select[name=province]");
        Assert.Matches("^[0-9]{6}$", chosen);

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("province=" + chosen, StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#chips button.chip");
        Assert.Equal("province", await ActiveName(page));
        Assert.True(searches >= 1, "Enter applied no search");
    }

    [BrowserFact]
    public async Task SearchBox_Enter_KeepsFocus()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync(archive.BaseUrl + "/");
        await page.WaitForSelectorAsync("ol.results li");

        await page.FocusAsync("input[name=q]");
        await page.Keyboard.TypeAsync("依申请公开");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#results:not([aria-busy]) ol.results .snippet mark");
        Assert.Equal("q", await ActiveName(page));
        Assert.Equal("依申请公开", await page.InputValueAsync("input[name=q]"));
    }

    [BrowserFact]
    public async Task ActiveFilters_AreChips_RemovableOneByOne_AndClearAll()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync($"{archive.BaseUrl}/?view=search&q={Query}&province=640000&yearFrom=2010&yearTo=2020&template=PRE2019");
        await page.WaitForSelectorAsync("#chips button.chip");

        var chips = await page.Locator("#chips button.chip").AllInnerTextsAsync();
        Assert.Contains(chips, c => c.Contains("宁夏回族自治区", StringComparison.Ordinal));
        Assert.Contains(chips, c => c.Contains("2010–2020年", StringComparison.Ordinal));
        Assert.Contains(chips, c => c.Contains("2019年以前", StringComparison.Ordinal));
        Assert.DoesNotContain(chips, c => c.Contains("640000", StringComparison.Ordinal) || c.Contains("PRE2019", StringComparison.Ordinal));

        await page.ClickAsync("#chips button.chip:has-text('宁夏回族自治区')");
        await page.WaitForFunctionAsync("() => !location.search.includes('province=')");
        await page.WaitForFunctionAsync("() => ![...document.querySelectorAll('#chips button.chip')].some(b => b.textContent.includes('宁夏'))");
        Assert.Equal(string.Empty, await page.InputValueAsync("select[name=province]"));
        Assert.Contains("yearFrom=2010", page.Url, StringComparison.Ordinal);

        await page.ClickAsync("#chips button[data-clear-all]");
        await page.WaitForFunctionAsync("() => !location.search.includes('year') && !location.search.includes('template=')");
        Assert.Contains("q=", page.Url, StringComparison.Ordinal);
        await page.WaitForSelectorAsync("#chips", new() { State = WaitForSelectorState.Hidden });
        Assert.Equal(string.Empty, await page.InputValueAsync("input[name=yearFrom]"));
    }

    [BrowserFact]
    public async Task Phone_FiltersInADrawer_FirstResultInTheFirstScreen()
    {
        var page = await archive.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync($"{archive.BaseUrl}/?view=search&q={Query}");
        await page.WaitForSelectorAsync("ol.results li");

        var first = await page.Locator("ol.results > li").First.BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.True(first.Y + Math.Min(first.Height, 120) <= 844, $"the first result starts at {first.Y} px, below the first screen");
        Assert.False(await page.IsVisibleAsync("select[name=province]"), "the filters are open on a phone before being asked for");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"), "sideways scroll");

        await page.ClickAsync(".filters-toggle");
        Assert.True(await page.IsVisibleAsync("select[name=province]"));
        Assert.Equal("true", await page.GetAttributeAsync(".filters-toggle", "aria-expanded"));
    }

    [BrowserTheory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Report_OpenedFromASearch_ShowsItsTitle(int width, int height)
    {
        var page = await archive.NewPageAsync(width, height);
        await page.GotoAsync($"{archive.BaseUrl}/?view=search&q={Uri.EscapeDataString("行政复议")}");
        await page.WaitForSelectorAsync("ol.results li");
        var title = (await page.Locator("ol.results a.title").First.InnerTextAsync()).Trim();

        await page.Locator("ol.results a.title").First.ClickAsync();
        await page.WaitForSelectorAsync("main h1");
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'report'");

        var h1 = await page.Locator("main h1").BoundingBoxAsync();
        Assert.NotNull(h1);
        Assert.True(h1.Y >= 0 && h1.Y + h1.Height <= height, $"the title is at {h1.Y} px (viewport {height})");
        Assert.Equal(title, (await page.Locator("main h1").InnerTextAsync()).Trim());
    }

    [BrowserFact]
    public async Task Report_ChineseLabels_TableFourRowsApart_AndOriginalTextLink()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync($"{archive.BaseUrl}/?view=search&q={Uri.EscapeDataString("\"中卫市工业和信息化局\"")}&yearFrom=2020&yearTo=2020");
        await page.Locator("ol.results a.title", new() { HasTextString = "中卫市工业和信息化局2020年" }).First.ClickAsync();
        await page.WaitForSelectorAsync("button.value");

        var rowHeads = await page.Locator("table.metrics tbody th").AllInnerTextsAsync();
        Assert.Contains("行政诉讼（未经复议直接起诉）", rowHeads);
        Assert.Contains("行政诉讼（复议后起诉）", rowHeads);
        Assert.DoesNotContain("行政诉讼", rowHeads);
        var flags = await page.Locator(".flag-list strong").AllInnerTextsAsync();
        Assert.All(flags, f => Assert.DoesNotMatch("[a-z_]{4,}", f));
        Assert.DoesNotContain("industry_and_it", await page.InnerTextAsync("main .meta"), StringComparison.Ordinal);
        var wrapped = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('table.metrics thead th')].filter(th => th.textContent.trim().length > 1 && th.getBoundingClientRect().height > 2.2 * parseFloat(getComputedStyle(th).lineHeight || '20')).length");
        Assert.Equal(0, wrapped);

        var href = await page.GetAttributeAsync("p.original a", "href");
        Assert.Matches("^/reports/[^/]+/original$", href);
        var text = await page.EvaluateAsync<string>("async href => (await fetch(href)).text()", href);
        Assert.Contains("中卫市工业和信息化局", text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task FlaggedReports_ShowFlagsInChinese()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync($"{archive.BaseUrl}/?view=search&hasFlags=true");
        await page.WaitForSelectorAsync("ol.results .badge.warn");

        var badges = await page.Locator("ol.results .badge.warn").AllInnerTextsAsync();
        Assert.All(badges, b => Assert.DoesNotMatch("[a-z]+_[a-z]+", b));
        Assert.DoesNotContain(await page.Locator("ol.results .meta .badge:not(.warn)").AllInnerTextsAsync(), b => b.StartsWith('V') || b.StartsWith("PRE", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Metrics_ShowSumAverageMedianAndReportsPerYear_AndAProvinceBreakdown_WithReadableLabels()
    {
        var page = await archive.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(archive.BaseUrl + "/?view=metrics&keys=apply.new.total");
        await page.WaitForSelectorAsync("svg.chart circle");

        var headers = await page.Locator("table.stats thead th").AllInnerTextsAsync();
        Assert.Contains(headers, h => h.Contains("中位数", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.Contains("平均", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.Contains("报告数", StringComparison.Ordinal));
        var captions = await page.Locator("table.stats caption").AllInnerTextsAsync();
        Assert.Contains(captions, c => c.Contains("按省份", StringComparison.Ordinal));
        var provinces = await page.Locator("table.breakdown tbody th").AllInnerTextsAsync();
        Assert.NotEmpty(provinces);
        Assert.All(provinces, p => Assert.DoesNotMatch("^[0-9]+$", p));
        var smallest = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('svg.chart text')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 10, $"chart labels render {smallest:F1} px high");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"), "sideways scroll");
    }

    [BrowserFact]
    public async Task Favicon_IsServed()
    {
        var page = await archive.NewPageAsync();
        var response = await page.GotoAsync(archive.BaseUrl + "/favicon.ico");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("image/", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Matches(Svg(), await response.TextAsync());
    }

    [GeneratedRegex("^<svg ")]
    private static partial Regex Svg();
}
