using Archive.Core.Agencies;
using Archive.Ingest.Extraction;
using Archive.Ingest.Normalization;
using Archive.Ingest.Readers;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Issue 19, metadata of real pages on small hand-written fixtures: page chrome is never the title or the agency but
/// its 发布机构/时间 are evidence; bodies named without their place (自治区审计厅, a township, a 发布机构 short form) are
/// placed by the text; zones go to their host region; the report's own 本报告由…编制 names it when nothing else does.
/// </summary>
public sealed class PageChromeMetadataTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Body = """
        一、总体情况
        本年度，认真贯彻落实《中华人民共和国政府信息公开条例》，做好政府信息公开工作。
        二、存在的主要问题及改进情况
        公开内容还不够丰富，下一步将继续改进。
        """;

    [Theory]
    [InlineData("当前位置：首页 > 政务公开 > 政府信息公开年报")]
    [InlineData("您现在的位置: 首页 >> 信息公开 >> 年度报告")]
    [InlineData("首页 > 政务公开 > 年报")]
    [InlineData("索引号：000014349/2021-00012\t主题分类：其他")]
    [InlineData("索引号\t000014349/2021-00012\t发布机构\t某县卫生健康局")]
    [InlineData("发布机构：某县卫生健康局    发文日期：2021-01-20")]
    [InlineData("来源：某县人民政府 时间：2021-03-05 08:58 浏览次数：128")]
    [InlineData("来源：某县人民政府时间：2021-03-05 08:58")]
    [InlineData("【打印本页】【关闭窗口】")]
    [InlineData("分享到：")]
    [InlineData("QQ空间")]
    [InlineData("附件下载")]
    [InlineData("版权所有：某县人民政府 备案号：京ICP备05070218号")]
    [InlineData("上一篇：关于印发某某办法的通知")]
    public void IsChrome_PageChromeLines_AreChrome(string line)
    {
        Assert.True(PageChrome.IsChrome(line), line);
    }

    [Theory]
    [InlineData("一、总体情况")]
    [InlineData("2020年，我局认真做好政府信息公开工作，主动公开政府信息120条。")]
    [InlineData("平罗县交通运输局")]
    [InlineData("平罗县2020年政府信息公开工作年度报告")]
    [InlineData("二〇二一年一月二十日")]
    [InlineData("（三）为企业提供技术支持，服务营商环境。")]
    [InlineData("统计指标\t单位\t统计数")]
    public void IsChrome_ReportLines_AreNotChrome(string line)
    {
        Assert.False(PageChrome.IsChrome(line), line);
    }

    [Fact]
    public void Extract_HtmlPageWithChrome_TitleAndAgencyFromTheReportPublishedFromThePageTime()
    {
        const string html = """
            <html><body>
            <div class="nav">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>年度报告</a></div>
            <table class="meta"><tr><td>索引号：</td><td>11640221/2021-00012</td><td>主题分类：</td><td>其他</td></tr>
            <tr><td>发布机构：</td><td>平罗县交通运输局</td><td>发文日期：</td><td>2021-01-22</td></tr></table>
            <h1>平罗县交通运输局2020年政府信息公开工作年度报告</h1>
            <div><span>来源：平罗县人民政府</span><span>时间：2021-01-25 10:12</span><span>浏览次数：321</span></div>
            <div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
            <div class="content"><p>平罗县交通运输局</p><p>2020年政府信息公开工作年度报告</p>
            <p>本报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限自2020年1月1日起至2020年12月31日止。</p>
            <p>一、总体情况</p><p>2020年，我局认真做好政府信息公开工作。</p></div>
            <div>【打印本页】【关闭窗口】</div>
            <div class="footer">版权所有：平罗县人民政府 网站标识码：6402210001</div>
            </body></html>
            """;
        var text = HtmlDocumentReader.ToText(html, CancellationToken.None);

        var report = Extractor.Extract(text, "page.html");

        Assert.Equal("平罗县交通运输局2020年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2020, report.Year);
        // The page's posting time, not the 发文日期 beside it: the report itself prints no date.
        Assert.Equal("2021-01-25", report.Published);
    }

    [Fact]
    public void Extract_BulletedBylineUnderTheTitle_ItsDateIsThePostingDate()
    {
        var text = "无障碍浏览 长者专版\n\n清溪镇人民政府2024年度政府信息公开工作年度报告\n\n  • 某某市人民政府门户网\n  • 2025-01-20 10:30\n\n"
            + "本报告所列数据统计期限为2024年1月1日至2024年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "byline.txt");

        Assert.Equal("清溪镇人民政府", report.Agency);
        Assert.Equal("2025-01-20", report.Published);
    }

    [Fact]
    public void Extract_SiteNameAndAddressBeforeTheDateUnderTheTitle_ItsDateIsThePostingDate()
    {
        var text = "当前位置: 首页>政府信息公开>年报\n\n南溪县卫生健康局2023年政府信息公开工作年度报告\n\n"
            + "南溪县人民政府门户网站 www.nanxi-example.gov.cn 2024-01-19 \n\n" + Body;

        var report = Extractor.Extract(text, "site-byline.txt");

        Assert.Equal("南溪县卫生健康局", report.Agency);
        Assert.Equal("2024-01-19", report.Published);
    }

    // 2024-01-19   X县人民政府办公室 under the title: the date, then the body that posted it.
    [Fact]
    public void Extract_DateThenPublisherUnderTheTitle_ItsDateIsThePostingDate()
    {
        var text = "南溪县政府信息公开工作2023年度报告\n2024-01-19   南溪县人民政府办公室\n\n" + Body;

        var report = Extractor.Extract(text, "date-publisher.txt");

        Assert.Equal("2024-01-19", report.Published);
    }

    [Theory]
    [InlineData("撰写时间")]
    [InlineData("发布时间")]
    public void Extract_DateLabelAloneWithoutColon_TheDateOnTheNextLineIsItsValue(string label)
    {
        var text = $"石桥镇2023年度政府信息公开工作报告\n\n{label}\n2024年01月16日 09:05:40\n来源\n石桥镇\n\n"
            + "本报告所列数据统计期限为2023年1月1日至2023年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "label-alone.txt");

        Assert.Equal("2024-01-16", report.Published);
    }

    [Fact]
    public void Extract_DateLabelAloneFollowedByText_ReadsNoDate()
    {
        var text = "石桥镇2023年度政府信息公开工作报告\n\n发布时间\n石桥镇人民政府\n\n"
            + "本报告所列数据统计期限为2023年1月1日至2023年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "label-text.txt");

        Assert.Null(report.Published);
    }

    [Fact]
    public void Extract_PageFlattenedOnOneLine_ChromeIsSkippedAndThePageHeadingNamesTheReport()
    {
        var text = "当前位置： 首页政务公开政府信息公开年报 平罗县2019年政府信息公开工作年度报告 来源：平罗县人民政府办公室 时间：2020-02-14 09:30 微信 微博 QQ空间 打印 关闭 "
            + "本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自2019年1月1日起至2019年12月31日止。 一、总体情况 2019年，我县认真做好政府信息公开工作。 "
            + "二、存在的主要问题及改进情况 公开内容还不够丰富，下一步将继续改进。 二〇二〇年二月十日 附件：政府信息公开情况统计表 指标名称 计量单位 统计数 附件下载";

        var report = Extractor.Extract(text, "flat.txt");

        Assert.Equal("平罗县2019年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal("2020-02-10", report.Published);
    }

    [Fact]
    public void Extract_NoTitleOnlyTheCompilerSentence_NamesTheBody()
    {
        var text = "本报告由宁德市人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制，统计期限自2019年1月1日起至2019年12月31日止。\n" + Body;

        var report = Extractor.Extract(text, "compiler.txt");

        Assert.Null(report.Title);
        Assert.Equal("宁德市人民政府办公室", report.Agency);
        Assert.Equal("350900", report.Region?.Code);
    }

    [Fact]
    public void Extract_TownshipNamedAlone_ItsCountyFromTheTextAndItsOwnName()
    {
        var text = "马集镇2020年政府信息公开工作年度报告\n本报告由马集镇人民政府编制。如有疑问请与平罗县马集镇党政办公室联系。\n" + Body + "马集镇人民政府\n2021年1月15日\n";

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("马集镇人民政府", report.Agency);
        Assert.Equal(AgencyKind.Township, report.AgencyKind);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal("2021-01-15", report.Published);
    }

    [Fact]
    public void Extract_TownshipWhoseNameStartsLikeACounty_IsNotThatCounty()
    {
        var text = "城关镇2020年政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "chengguan.txt");

        Assert.Equal("城关镇人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_TownshipNamedLikeACountyInItsProse_IsNotPlacedInThatCounty()
    {
        // 太平 is the short name of 太平区 (阜新市); the text only ever says 太平镇, a township of some other county.
        var text = "太平镇人民政府2022年政府信息公开工作年度报告\n2022年，太平镇认真学习领会《条例》。太平镇政府网站公开信息。\n" + Body;

        var report = Extractor.Extract(text, "taiping.txt");

        Assert.Equal("太平镇人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Theory]
    [InlineData("兴安盟", "兴安盟行政公署", "152200")]
    [InlineData("阿克苏地区", "阿克苏地区行政公署", "652900")]
    [InlineData("平罗县", "平罗县人民政府", "640221")]
    public void Extract_PlaceNamedAlone_ItsGovernmentByTheKindOfPlace(string place, string agency, string code)
    {
        var report = Extractor.Extract(place + "2019年政府信息公开工作年度报告\n" + Body, "place.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }

    [Theory]
    [InlineData("中国政府网|某省人民政府网 |平罗县人民政府网 | 智能机器人\n您当前的位置:首页>政府信息公开年报\n平罗县交通运输局2021年政府信息公开工作年度报告\n")]
    [InlineData("无障碍 | 长者版\n平罗县交通运输局2021年政府信息公开工作年度报告\n")]
    [InlineData("【图文】平罗县交通运输局2021年政府信息公开工作年度报告\n")]
    [InlineData("公报标题2021年度平罗县交通运输局政府信息公开工作年度报告\n总号 期号\n")]
    [InlineData("2021年政府信息公开工作年度报告\n平罗县交通运输局\n2021年政府信息公开工作年度报告\n")]
    public void Extract_WhatPagesPrintAroundTheTitle_IsNotTheAgency(string top)
    {
        var report = Extractor.Extract(top + Body, "page.txt");

        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2021, report.Year);
    }

    [Theory]
    [InlineData("| 索 引 号 | K00000000/2022-00021 | 主题分类 | |\n| 发布机构 | 平罗县交通运输局 | 发布日期 | 2022-01-19 20:34 |\n| 名 称 | |||\n", "2022-01-19")]
    [InlineData("• 信息索引号:\n\n    K00000000/2022-00013\n\n  • 成文日期:\n\n    2022-01-10\n\n  • 公开方式:\n\n    主动公开\n", "2022-01-10")]
    [InlineData("日期:2022-01-17\n", "2022-01-17")]
    [InlineData("2022年01月18日来源:1\n[字体: ] 打印\n", "2022-01-18")]
    public void Extract_PageDatesAsPagesLayThemOut_AreThePostingDate(string header, string published)
    {
        var report = Extractor.Extract("平罗县交通运输局2021年政府信息公开工作年度报告\n" + header + Body, "page.txt");

        Assert.Equal(published, report.Published);
        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.DoesNotContain(header.Split('\n')[0].Trim().TrimStart('•').Trim(), report.Title ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EmptySourceLabelAboveTheTitle_DoesNotTakeTheTitle()
    {
        var report = Extractor.Extract("来源：\n平罗县交通运输局2021年政府信息公开工作年度报告\n" + Body, "page.txt");

        Assert.Equal("平罗县交通运输局2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县交通运输局", report.Agency);
    }

    [Fact]
    public void Extract_DateLineWithYearMonthDay_StaysTheSignaturesDate()
    {
        var report = Extractor.Extract("平罗县交通运输局2021年政府信息公开工作年度报告\n" + Body + "\n平罗县交通运输局\n日期：2022年1月15日\n", "page.txt");

        Assert.Equal("2022-01-15", report.Published);
    }

    [Theory]
    [InlineData("根据《条例》要求，现发布《平罗县交通运输局2021年政府信息公开工作年度报告》，本报告统计数据从2021年1月1日至12月31日。\n")]
    [InlineData("根据《中华人民共和国政府信息公开条例》和《平罗县人民政府办公室关于做好2021年政府信息公开工作年度报告编制公布工作的通知》要求，特向社会公布2021年度平罗县交通运输局政府信息公开年度报告。\n")]
    public void Extract_NoTitleLine_TheTitleTheReportStatesNamesTheBody(string opening)
    {
        var report = Extractor.Extract(opening + Body, "stated.txt");

        Assert.Null(report.Title);
        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2021, report.Year);
    }

    [Fact]
    public void Extract_GovernmentOfficesReportSummingUpItsPlace_IsTheGovernments()
    {
        var text = "平罗县人民政府办公室2021年政府信息公开工作年度报告\n本年度报告由平罗县人民政府办公室综合各乡(镇)、县政府各组成部门及直属机构政府信息公开年度报告编制。\n" + Body;

        Assert.Equal("平罗县人民政府", Extractor.Extract(text, "office.txt").Agency);
    }

    [Fact]
    public void Extract_GovernmentOfficesOwnReport_StaysTheOffices()
    {
        var text = "平罗县人民政府办公室2021年政府信息公开工作年度报告\n2021年，平罗县人民政府办公室紧扣决策部署，做好本机关政府信息公开工作。\n" + Body;

        Assert.Equal("平罗县人民政府办公室", Extractor.Extract(text, "office.txt").Agency);
    }

    [Fact]
    public void Extract_CompiledByAGovernmentsLeadingGroupOffice_SummingUpItsCounties_IsTheGovernments()
    {
        var text = "本报告由南平市人民政府信息公开工作领导小组办公室根据《条例》以及有关通知要求，汇总南平市各县(市、区)、市政府各有关部门政府信息公开工作情况编制而成。本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "aggregate.txt");

        Assert.Equal("南平市人民政府", report.Agency);
        Assert.Equal("350700", report.Region?.Code);
    }

    [Theory]
    [InlineData("选择特殊符号\n选择搜索类型\n请输入搜索\n平罗县交通运输局2021年政府信息公开工作年度报告\n")]
    [InlineData("2021年度平罗县交通运输局政府信息公开工作年度报告 | ||\n发布单位: | 平罗县交通运输局 |\n")]
    public void Extract_SearchBoxesAndTitlesInBarredRows_TitleStillRead(string top)
    {
        var report = Extractor.Extract(top + Body, "page.txt");

        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.EndsWith("政府信息公开工作年度报告", report.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("|", report.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本报告主要汇报我镇2023年政府信息公开工作。\n", 2023)]
    [InlineData("根据《2023年政务公开工作要点》，本报告总结本年度工作。\n", null)]
    [InlineData("现将我局2020年度政府信息公开情况报告如下。\n", 2020)]
    [InlineData("截止2023年12月31日我局通过官方网站发布政务类信息34条。\n", 2023)]
    [InlineData("本报告是根据《条例》要求，由平罗县水务局编制的2008年度政府信息公开年度报告。\n", 2008)]
    public void Extract_NoTitleNoPeriod_TheYearOfTheWorkReported(string opening, int? year)
    {
        var report = Extractor.Extract(opening + "一、总体情况\n认真贯彻落实《条例》。\n", "year.txt");

        Assert.Equal(year, report.Year);
    }

    [Theory]
    [InlineData("登录 注册\n\n平罗县人民政府2017年政府信息公开工作年度报告\n\n发布日期:2018-02-26    点击数:\n  \n\n平罗县人民政府\n\n2017年政府信息公开工作年度报告\n\n")]
    [InlineData("• 索 引 号:QZ05905-0200-2012-00001\n    • 发布机构:平罗县人民政府\n    • 公文生成日期:2012-03-31\n    • 标题:平罗县人民政府2017年政府信息公开工作年度报告\n    • 发布日期:2018-02-26\n    平罗县人民政府2017年政府信息公开工作年度报告\n    时间:2018-02-26 18:03\n\n    平罗县2017年政府信息公开年度报告\n\n")]
    public void Extract_AccountLinksAndBulletedFieldsAboveTheTitle_AreNotTitle(string top)
    {
        var report = Extractor.Extract(top + Body, "page.txt");

        // The page's heading or the report's own title line, never the links or fields above them.
        Assert.Matches("^平罗县(人民政府)?2017年政府信息公开(工作)?年度报告$", report.Title);
        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal("2018-02-26", report.Published);
    }

    [Theory]
    [InlineData("更新日期:2021-01-20 信息来源:平罗县政务公开办 浏览:\n")]
    [InlineData("[ 成文日期 ] | 2021-01-20 | [ 公开日期 ] | 2021-01-20 | [ 有 效 性 ] | 有效中 |\n")]
    [InlineData("成文日期 | 发布日期 | 2021-01-20 |\n")]
    [InlineData("来源:平罗县人民政府办公室          2021-01-20 17:13:25 【字体:大 中 小】\n")]
    public void Extract_PostingDatesInMoreOfThePagesRows_AreRead(string row)
    {
        var report = Extractor.Extract("平罗县人民政府2020年政府信息公开工作年度报告\n" + row + "\n" + Body, "page.txt");

        Assert.Equal("2021-01-20", report.Published);
    }

    // The convention takes the page's posting date where the report prints none: a document's 成文日期 earlier than the
    // posting date printed beside it is not what the page shows as posted, whichever of the two the header prints first.
    [Theory]
    [InlineData("- 发文机关:平罗县人民政府 成文日期:2021-01-08\n- 标 题:平罗县人民政府2020年政府信息公开工作年度报告\n- 发布日期:2021-09-06\n")]
    [InlineData("发布时间:2021-09-06 成文日期:2021-01-08 来源:平罗县人民政府办公室\n")]
    public void Extract_DocumentDateBesideALaterPostingDate_GivesThePostingDate(string rows)
    {
        var report = Extractor.Extract("平罗县人民政府2020年政府信息公开工作年度报告\n" + rows + "\n" + Body, "page.txt");

        Assert.Equal("2021-09-06", report.Published);
    }

    [Fact]
    public void Extract_PublisherFieldNamingNoPlace_IsNoAgency()
    {
        var report = Extractor.Extract("索引号 | abc/2022-01075 | 效力属性 | |\n发布机构 | 政府办公室 | 文 号 | |\n成文日期 | 发布日期 | 2022-04-06 |\n" + Body, "page.txt");

        Assert.Null(report.Agency);
        Assert.Equal("2022-04-06", report.Published);
    }

    [Fact]
    public void Extract_BareDateLabelBeforeThePagesOtherFields_IsThePostingDate()
    {
        var report = Extractor.Extract("平罗县人民政府2014年政府信息公开工作年度报告\n\n日期:2015-03-30 10:35 来源:平罗县 打印页面 关闭页面\n\n" + Body, "page.txt");

        Assert.Equal("2015-03-30", report.Published);
    }

    [Theory]
    [InlineData("2013年平罗县人民政府信息公开年度报告\n\n", "平罗县人民政府")]
    [InlineData("平罗县人民政府信息公开2013年度报告\n\n", "平罗县人民政府")]
    [InlineData("根据《条例》要求，特编制2017年马集镇信息公开工作年度报告。\n", "马集镇人民政府")]
    [InlineData("本报告是由马集街道编制的2018年度政府信息公开年度报告。\n", "马集街道办事处")]
    [InlineData("巴音乌兰苏木2021年政府信息公开工作年度报告\n\n", "巴音乌兰苏木")]
    [InlineData("根据《条例》的规定，现公布平罗县人民政府办公室（以下简称县政府办公室）2016年政府信息公开工作年度报告。\n", "平罗县人民政府办公室")]
    [InlineData("本报告根据《条例》要求，由平罗县发展和改革局（以下简称县发改局）编制。\n", "平罗县发展和改革局")]
    [InlineData("本年度报告综合2017年度平罗县各乡镇和县级各部门的政府信息公开年度工作报告编制而成。\n", "平罗县人民政府")]
    [InlineData("• WAP手机版\n年度报告\n\n平罗县2011年政府信息公开年度报告\n\n", "平罗县人民政府")]
    [InlineData("宁夏回族自治区2013年政府信息公开工作年度报告是根据《条例》要求，由宁夏回族自治区人民政府办公厅综合各市、县人民政府和自治区政府各部门的政府信息公开年度报告编制而成。\n", "宁夏回族自治区人民政府")]
    [InlineData("本報告由平羅縣統(tǒng)計局根據(jù)《條例》編制。\n", "平罗县统计局")]
    public void Extract_BodyNamedBeforeItsInformationDisclosure_OrAsTheCompiler(string top, string agency)
    {
        var report = Extractor.Extract(top + Body, "body.txt");

        Assert.Equal(agency, report.Agency);
    }

    [Theory]
    [InlineData("首   页 走进平罗 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n\n平罗县人民政府2020年政府信息公开工作年度报告\n\n", "平罗县人民政府")]
    [InlineData("平 罗 县 人 民 政 府 2 0 2 0 年 政 府 信 息 公 开 工 作 年 度 报 告\n\n", "平罗县人民政府")]
    [InlineData("某某娱乐城-正版App Store\n\n温度:20-28℃ 天气现象:多云\n索 引 号: 00817804-9/2023-08749 分类: 信息公开年度报告\n名  称: 平罗县2015年政府信息公开工作年度报告\n\n", "平罗县人民政府")]
    [InlineData("平罗县马集镇2015年政府信息公开工作年度报告\n某某娱乐_线上投注:平罗县马集镇人民政府\n\n", "平罗县马集镇人民政府")]
    [InlineData("结合本局2014年工作实际，特编制并向社会公布平罗县统计局2014年度政府信息公开年度报告如下：\n", "平罗县统计局")]
    public void Extract_MenusSpamAndVerbsAroundTheTitle_AreNotTheAgency(string top, string agency)
    {
        var report = Extractor.Extract(top + Body, "page.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_StatedYearsWorkInsteadOfAReport_NamesTheBody()
    {
        var report = Extractor.Extract("根据《条例》要求，现公布2022年平罗县青石局政府信息公开工作情况。\n" + Body, "stated.txt");

        Assert.Equal("平罗县青石局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Null(report.Title);
    }

    [Fact]
    public void Extract_StatedTitleNamingNoBody_NamesNoAgency()
    {
        var report = Extractor.Extract("根据《条例》规定，向社会公布2021年本级政府信息公开工作年度报告。\n" + Body, "stated.txt");

        Assert.Null(report.Agency);
    }

    [Theory]
    [InlineData("2021年，保山市卫生健康委员会以习近平新时代中国特色社会主义思想为指引，深入贯彻落实《条例》。\n", "保山市卫生健康委员会", "530500")]
    [InlineData("2021年，全县各乡镇政府认真贯彻落实《条例》。\n", null, null)]
    [InlineData("2020年，平罗县青石局政府信息公开工作在县委、县政府的领导下稳步推进。\n", "平罗县青石局", "640221")]
    [InlineData("2020年，石嘴山经济技术开发区(大武口区)青石局政府信息公开工作在工委(区委)、管委会(区政府)的领导下稳步推进。\n", "石嘴山经济技术开发区(大武口区)青石局", "640202")]
    public void Extract_NoTitle_TheBodyTheOpeningSentenceNamesInFull(string opening, string? agency, string? code)
    {
        var report = Extractor.Extract(opening + Body, "opening.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }

    [Theory]
    [InlineData("2017年我乡进一步加强对政府信息公开的重视，认真贯彻落实《条例》。\n")]
    [InlineData("2017年，本镇认真贯彻落实《条例》。\n")]
    public void Extract_APronounForATownship_IsNoAgency(string opening)
    {
        Assert.Null(Extractor.Extract(opening + Body, "pronoun.txt").Agency);
    }

    [Fact]
    public void Extract_CompilerNamedBeforeTheReportItCompiled_IsTheAgency()
    {
        var report = Extractor.Extract("由北京市东城区东直门街道办事处编制的2017年度政府信息公开工作年度报告，包括概述等部分。\n" + Body, "compiler.txt");

        Assert.Equal("北京市东城区东直门街道办事处", report.Agency);
        Assert.Equal("110101", report.Region?.Code);
    }

    [Fact]
    public void Extract_BreadcrumbAndCareModeButtons_AreNotTheTitle()
    {
        var text = "关怀版\n无障碍\n您当前所在位置: 首页 > 乡镇信息公开 > 马集镇 > 政务信息公开年报\n\n马集镇2020年政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "crumb.txt");

        Assert.Equal("马集镇2020年政府信息公开工作年度报告", report.Title);
        Assert.Equal("马集镇人民政府", report.Agency);
    }

    [Fact]
    public void Extract_ZoneNamedAlone_ItsCommitteeInItsHostRegion()
    {
        var text = "贺兰工业园区2020年政府信息公开工作年度报告\n本报告由园区管委会办公室编制。\n" + Body;

        var report = Extractor.Extract(text, "zone.txt");

        Assert.Equal("贺兰工业园区管理委员会", report.Agency);
        Assert.Equal(AgencyKind.DevelopmentZone, report.AgencyKind);
        Assert.Equal("640122", report.Region?.Code);
    }

    [Fact]
    public void Extract_ProvinceDepartmentWithoutItsProvince_PlacedByTheText()
    {
        var text = "自治区审计厅2020年政府信息公开工作年度报告\n2020年，广西审计系统认真贯彻《条例》，广西壮族自治区审计厅门户网站公开信息。\n" + Body;

        var report = Extractor.Extract(text, "audit.txt");

        Assert.Equal("广西壮族自治区审计厅", report.Agency);
        Assert.Equal(AgencyKind.Audit, report.AgencyKind);
        Assert.Equal("450000", report.Region?.Code);
    }

    [Fact]
    public void Extract_MunicipalDistrict_IsTheDistrict()
    {
        var text = "北京市朝阳区2020年政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "district.txt");

        Assert.Equal("北京市朝阳区人民政府", report.Agency);
        Assert.Equal("110105", report.Region?.Code);
    }

    [Fact]
    public void Extract_ShortPublisherOnly_CompletedWithThePlaceTheTextPrintsBeforeIt()
    {
        var text = "发布机构：卫生健康局\t发文日期：2021-02-03\n2020年政府信息公开工作年度报告\n"
            + "2020年，平罗县卫生健康局认真贯彻《条例》，做好政府信息公开工作。\n" + Body;

        var report = Extractor.Extract(text, "publisher.txt");

        Assert.Equal("平罗县卫生健康局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal("2021-02-03", report.Published);
    }

    [Fact]
    public void Extract_AbbreviatedDesignationInTheTitle_SpeltOut()
    {
        var text = "2020年上海市科委政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "sci.txt");

        Assert.Equal("上海市科学技术委员会", report.Agency);
        Assert.Equal(AgencyKind.ScienceTechnology, report.AgencyKind);
        Assert.Equal("310000", report.Region?.Code);
    }

    [Theory]
    [InlineData("平罗县人民政府政府信息公开工作年度报告（2018年度）", "平罗县人民政府政府信息公开工作年度报告（2018年度）", "平罗县人民政府", "640221")]
    [InlineData("石嘴山市人民政府办公室关于印发石嘴山市2017年政府信息公开工作年度报告的通知", "石嘴山市2017年政府信息公开工作年度报告", "石嘴山市人民政府", "640200")]
    [InlineData("隆安县政府2016年政府信息公开工作年度报告", "隆安县政府2016年政府信息公开工作年度报告", "隆安县人民政府", "450123")]
    public void Extract_TitleForms_TheBodyTheTitleNames(string line, string title, string agency, string code)
    {
        var report = Extractor.Extract(line + "\n" + Body, "forms.txt");

        Assert.Equal(title, report.Title);
        Assert.Equal(agency, report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }

    [Fact]
    public void Extract_TownshipSignerWithoutItsCounty_PlacedWhereTheTitlePutsIt()
    {
        var text = "中宁县石空镇2020年政府信息公开工作年度报告\n" + Body + "石空镇人民政府\n2021年1月20日\n";

        var report = Extractor.Extract(text, "signer.txt");

        Assert.Equal("中宁县石空镇人民政府", report.Agency);
        Assert.Equal("640521", report.Region?.Code);
        Assert.Equal("2021-01-20", report.Published);
    }

    [Theory]
    [InlineData("无障碍浏览")]
    [InlineData("退出老年人模式")]
    public void Extract_AccessibilitySwitchAboveTheTitle_IsNoPartOfIt(string menu)
    {
        var text = "登录    注册\n\n" + menu + "\n\n青石街道办事处2020年政府信息公开工作年度报告\n\n" + Body;

        var report = Extractor.Extract(text, "menu.txt");

        Assert.Equal("青石街道办事处2020年政府信息公开工作年度报告", report.Title);
        Assert.Equal("青石街道办事处", report.Agency);
    }

    [Fact]
    public void Extract_CountyGovernmentPublishingATownshipsReport_TheReportsOwnBodyWins()
    {
        var text = "索 引 号 | 11640221-2023-000071 | 发布机构 | 平罗县政府 |\n发布日期 | 2023-01-30 | 文 号 | |\n"
            + "按照县政府办公室要求，现将青石回族镇2022年度政府信息公开工作报告如下：\n" + Body;

        var report = Extractor.Extract(text, "township.txt");

        Assert.Equal("青石回族镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2022, report.Year);
    }

    [Theory]
    [InlineData("按照上级要求，现将平罗县青石镇2021年度政府信息公开工作报告如下：\n")]
    [InlineData("根据《条例》规定，现编制平罗县青石镇2021年度政府信息公开工作年度报告。\n")]
    [InlineData("根据《条例》规定，现将2021年度平罗县青石镇政府信息公开工作年度报告予以公布。\n")]
    [InlineData("根据《条例》有关要求，现将平罗县青石镇2021年度政府信息工作年度报告予以公开。\n")]
    public void Extract_SentenceHandingTheReportOver_NamesTheBody(string opening)
    {
        var report = Extractor.Extract(opening + Body, "handover.txt");

        Assert.Null(report.Title);
        Assert.Equal("平罗县青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2021, report.Year);
    }

    [Fact]
    public void Extract_NumberedBreadcrumbAndHeaderRowWithoutColons_AreChrome()
    {
        var text = "1. 当前位置:\n  2. 首页 > 政务公开 > 公开年报 > 2021年\n  3. > 正文\n\n"
            + "青石乡人民政府2021年政府 信息公开工作年度报告\n\n索  引  号 QSX001-2022-000011 主题分类\n"
            + "发布机构 平罗县人民政府 发布日期 2022-01-05 12:37\n\n" + Body;

        var report = Extractor.Extract(text, "numbered.txt");

        Assert.Equal("青石乡人民政府2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal("青石乡人民政府", report.Agency);
        Assert.Equal("2022-01-05", report.Published);
    }

    [Fact]
    public void Extract_DashBulletedHeaderWithATitleRowRunOn_TitleAndDateRead()
    {
        var text = "- 索 引 号:00820352-3/2022-51626 主题分类:\n- 发文机关:平罗县青石镇 成文日期:2022-01-21 09:37\n-\n标 题:\n"
            + "青石镇2021年政府信息公开工作年度报告 - 文 号:发布日期: 2022-01-21 09:37\n- 备案登记号:\n- 废止日期: 时 效 性:有效有效\n"
            + "平罗县青石镇2021年政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "dashed.txt");

        Assert.Equal("平罗县青石镇2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal("2022-01-21", report.Published);
    }

    [Theory]
    [InlineData("作者:日期:2022-01-14")]
    [InlineData("作者:青石 日期:2022-01-14")]
    public void Extract_BareDateAmongTheRowsLabels_IsThePostingDate(string row)
    {
        var text = "平罗县青石局2021年度政府信息公开工作年度报告\n\n栏目:政府信息公开年报来源:平罗县青石局\n" + row + "\n\n" + Body;

        Assert.Equal("2022-01-14", Extractor.Extract(text, "row.txt").Published);
    }

    [Fact]
    public void Extract_TitleOfTheBodysReportOnItsYear_NamesTheBodyWithoutAbout()
    {
        var report = Extractor.Extract("平罗县青石局关于2021年度政府信息公开工作年度报告\n\n" + Body, "about.txt");

        Assert.Equal("平罗县青石局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_DocumentGenerationDate_IsThePagesDate()
    {
        var text = "- 索 引 号:QS10914-0101-2024-00001\n- 发布机构:青石镇人民政府\n- 公文生成日期:2024-01-09\n"
            + "根据《条例》规定，现公布2023年青石镇人民政府信息公开工作年度报告。\n" + Body;

        Assert.Equal("2024-01-09", Extractor.Extract(text, "generated.txt").Published);
    }

    [Fact]
    public void Extract_UnlabelledPostingDateBeforeTheSource_MakesTheLineAboveThePageHeading()
    {
        var text = "EN\n|\n退出老年人模式\n  • 网站首页\n  • 政务服务\n  • 政民互动\n当前位置:首页 > 公告公示\n\n"
            + "平罗县交通运输局2020年政府信息公开工作年度报告\n\n2021-02-07 18:07     来源:平罗县交通运输局\n打印\n\n"
            + "根据《条例》规定，县交通运输局编制了本年度报告。\n" + Body;

        var report = Extractor.Extract(text, "heading.txt");

        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.Equal("2021-02-07", report.Published);
    }

    [Fact]
    public void Extract_CoverLetterNamingItsAttachment_TheAttachedReportsBody()
    {
        var text = "平罗县青石镇人民政府关于报送《2020年政府信息公开工作年度报告》的函\n\n县政府办公室:\n\n我镇编制形成了《2020年政府信息公开工作年度报告》，现随文呈报。\n\n"
            + "附件:《平罗县青石镇人民政府2020年政府信息公开工作年度报告》\n\n附件\n\n" + Body;

        var report = Extractor.Extract(text, "letter.txt");

        Assert.Equal("平罗县青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2020, report.Year);
    }

    [Fact]
    public void Extract_CompilerWhoWroteTheNamedReport_IsTheBody()
    {
        var text = "本年报是根据《条例》规定，由平罗县青石湖管理局编写了2022年度政府信息公开工作年度报告。\n" + Body;

        var report = Extractor.Extract(text, "wrote.txt");

        Assert.Equal("平罗县青石湖管理局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_DashedFieldLinesWithoutColons_AreNoPartOfTheTitle()
    {
        var text = "- 索引号qsx/2024-00078\n- 发布机构平罗县卫健局\n- 文号\n- 发布日期2024-02-01\n- 有效性有效\n"
            + "平罗县卫生健康局2023年政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "colonless.txt");

        Assert.Equal("平罗县卫生健康局2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县卫生健康局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal("2024-02-01", report.Published);
    }

    [Fact]
    public void Extract_HeaderRowsOfLabelsRunIntoTheirValues_AreChromeAndTheirDateIsRead()
    {
        var text = "索引号Q016/2022-114116 发布机构平罗县公路段 发布日期2022-01-27 15:28:21\n统一编号 公开方式主动公开 文件效力\n文件编号 关联文件\n"
            + "平罗县交通运输局2021年政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "runon.txt");

        Assert.Equal("平罗县交通运输局2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.Equal("2022-01-27", report.Published);
    }

    [Fact]
    public void Extract_BreadcrumbWordedAroundItsPosition_IsNoTitle()
    {
        var text = "返回首页\n您现在所在的位置: 网站首页 > 政府信息公开年度工作报告 > 青石乡人民政府2024年政府信息公开工作年度报告\n\n"
            + "青石乡人民政府2024年政府信息公开工作年度报告\n\n" + Body;

        var report = Extractor.Extract(text, "position.txt");

        Assert.Equal("青石乡人民政府2024年政府信息公开工作年度报告", report.Title);
        Assert.Equal("青石乡人民政府", report.Agency);
    }

    [Theory]
    [InlineData("公开目录 县区政府信息公开年度报告 发布日期 2021-02-20 09:00", "2021-02-20")]
    [InlineData("供稿:青石乡     编辑: 王某     发布日期:2024年01月29日     浏览: 50次", "2024-01-29")]
    [InlineData("2021-01-22 08:37", "2021-01-22")]
    public void Extract_PostingDateInsideAHeaderLineOrRightUnderTheTitle_IsRead(string line, string published)
    {
        var text = "青石乡人民政府2020年政府信息公开工作年度报告\n\n" + line + "\n\n" + Body;

        var report = Extractor.Extract(text, "dated.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
        Assert.Equal(published, report.Published);
    }

    [Fact]
    public void Extract_PagesPublisherAParkUnderItsPlace_IsTheBody()
    {
        var text = "索引号: | 6402210021/2024-00433 | 分类: | |\n发文机关: | 平罗县青石园 | 发文日期: | |\n名称: | |||\n" + Body;

        var report = Extractor.Extract(text, "park.txt");

        Assert.Equal("平罗县青石园", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_ParagraphLineEndingOnReport_UnderThePageHeader_IsNoTitle()
    {
        // A narrow page's PDF text breaks the opening paragraph so that a line ends on 本报告: it holds a full stop, so it
        // is no title, and the page's own title line stands.
        var text = "某县人民政府2022年政府信息公开工作年度报告\n来源：某县人民政府办公室 时间：2023-01-20 09:30\n"
            + "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作\n"
            + "年度报告格式》要求编制。本报告\n所列数据的统计期限自2022年1月1日起至2022年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "narrow.txt");

        Assert.Equal("某县人民政府2022年政府信息公开工作年度报告", report.Title);
        Assert.Equal("某县人民政府", report.Agency);
    }

    [Theory]
    [InlineData("涉密文件严禁上网\n平罗县交通运输局\n2023年政府信息公开工作年度报告", "平罗县交通运输局2023年政府信息公开工作年度报告", "平罗县交通运输局")]
    [InlineData("乡镇(街道办)\n平罗县青石镇2025年政府信息公开工作年度报告", "平罗县青石镇2025年政府信息公开工作年度报告", "平罗县青石镇人民政府")]
    [InlineData("平罗县交通运输局2021年政府信息公开工作年度报告 - 年报专栏 - 平罗县人民政府\n\n平罗县交通运输局2021年政府信息公开工作年度报告",
        "平罗县交通运输局2021年政府信息公开工作年度报告", "平罗县交通运输局")]
    [InlineData("政府信息公开 > 年度报告 > 乡镇 > 平罗县青石镇\n\n平罗县青石镇人民政府2020年度政府信息公开工作年度报告",
        "平罗县青石镇人民政府2020年度政府信息公开工作年度报告", "平罗县青石镇人民政府")]
    [InlineData("宁夏回族自治区\n平罗县交通运输局2021年政府信息公开工作年度报告", "宁夏回族自治区平罗县交通运输局2021年政府信息公开工作年度报告", "宁夏回族自治区平罗县交通运输局")]
    public void Extract_LineNamingItsBodyAlone_StartsTheTitleAndWhatWasAboveIsFurniture(string top, string title, string agency)
    {
        var report = Extractor.Extract(top + "\n" + Body, "furniture.txt");

        Assert.Equal(title, report.Title);
        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_MenuLineWithABarUnderSomethingTaken_EndsItTooTheTitleFollows()
    {
        var text = "网站支持IPv6\n智能问答 长者模式 登录| 注册\n2020年政府信息公开工作年度报告\n平罗县交通运输局\n\n" + Body;

        var report = Extractor.Extract(text, "menu.txt");

        Assert.Equal("平罗县交通运输局2020年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县交通运输局", report.Agency);
    }

    [Fact]
    public void Extract_PageHeadingWithItsBodyOnTheLineAbove_IsTheTitle()
    {
        var text = "适老化 无障碍\n\n平罗县交通运输局\n2021年政府信息公开工作年度报告\n\n发布时间:2022-01-26 浏览次数: 字体:[ ]\n\n"
            + "本报告根据《中华人民共和国政府信息公开条例》要求编制。\n" + Body;

        var report = Extractor.Extract(text, "heading.txt");

        Assert.Equal("平罗县交通运输局2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.Equal("2022-01-26", report.Published);
    }

    [Theory]
    [InlineData("发表时间:2021-03-15 16:35", "2021-03-15")]
    [InlineData("信息来源:交通局 发表日期:2021-03-15", "2021-03-15")]
    public void Extract_PostingDateLabelledFabiao_IsRead(string line, string published)
    {
        var text = "平罗县交通运输局2020年政府信息公开工作年度报告\n" + line + "\n\n" + Body;

        var report = Extractor.Extract(text, "posted.txt");

        Assert.Equal("平罗县交通运输局2020年政府信息公开工作年度报告", report.Title);
        Assert.Equal(published, report.Published);
    }

    [Fact]
    public void Extract_SiteSwitchesAndABreadcrumbAboveTheTitle_AreNeitherTitleNorAgency()
    {
        // A site's switches a line each (长者专区 only ends like a place), then a breadcrumb ending / 正文, then the title
        // with its 索引号 row: the title is the title line alone; on one line, the breadcrumb states no title either.
        const string top = "网站支持IPv6\n无障碍\n适老版\n长者专区\n网站无障碍\n智能问答\n旧版\n\n长者专区\n\n当前位置:首页 / 政府信息公开 / 年报 / 2020 / 正文\n\n";
        const string title = "平罗县示例产业园区管理委员会2020年政府信息公开工作年度报告";
        var text = top + title + "\n\n索  引  号:0001/2021-00001 发布时间:2021-01-21 信息来源:示例园区\n\n" + Body;

        var report = Extractor.Extract(text, "switches.txt");
        var oneLine = Extractor.Extract(text.Replace('\n', ' '), "switches-one-line.txt");

        Assert.Equal(title, report.Title);
        Assert.Equal("平罗县示例产业园区管理委员会", report.Agency);
        Assert.DoesNotContain("正文", oneLine.Agency ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021年示例街道深入贯彻《政府信息公开条例》，严格落实工作要点。", 2021)]
    [InlineData("2021年以来示例街道深入贯彻《政府信息公开条例》，严格落实工作要点。", null)]
    public void Extract_YearOfTheOpeningSentenceThatNamesTheBody_IsTheYearWhenNothingElseGivesOne(string opening, int? year)
    {
        var text = "依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n一、总体情况\n" + opening + "\n二、存在的主要问题及改进情况\n公开内容还不够丰富。\n";

        var report = Extractor.Extract(text, "opening-year.txt");

        Assert.Equal("示例街道办事处", report.Agency);
        Assert.Equal(year, report.Year);
    }

    [Fact]
    public void Extract_PostingDateAndTimeBeforeASpacedSourceLabel_IsRead()
    {
        var text = "平罗县交通运输局2020年政府信息公开工作年度报告\n\n2021-01-28 10:01 来源: 县交通局\n\n" + Body;

        var report = Extractor.Extract(text, "posted.txt");

        Assert.Equal("平罗县交通运输局2020年政府信息公开工作年度报告", report.Title);
        Assert.Equal("2021-01-28", report.Published);
    }

    [Fact]
    public void Extract_BracketedDateUnderTheTitle_IsTheReportsOwnDateBeforeThePagesPostingDate()
    {
        var text = "发布日期:2023-01-20\n平罗县交通运输局2022年政府信息公开工作\n年度报告\n（2023年1月9日）\n" + Body;

        var report = Extractor.Extract(text, "bracketed.txt");

        Assert.Equal("平罗县交通运输局2022年政府信息公开工作年度报告", report.Title);
        Assert.Equal("2023-01-09", report.Published);
    }

    [Fact]
    public void Extract_BodyNameAboveATitleLineThatRepeatsIt_IsNotDoubled()
    {
        var text = " 青峦县人民政府\n            青峦县人民政府\n        \n        青峦县人民政府2021年度\n信息公开年度报告\n（2022年1月）\n" + Body;

        var report = Extractor.Extract(text, "repeated.txt");

        Assert.Equal("青峦县人民政府2021年度信息公开年度报告", report.Title);
        Assert.Equal("青峦县人民政府", report.Agency);
    }

    [Fact]
    public void Extract_SumuWhoseGovernmentTheTextNames_TakesItsRenminZhengfu()
    {
        var text = "萨仁图苏木2025年政府信息公开工作年度报告\n本年度报告全文包括萨仁图苏木人民政府信息公开总体情况。\n" + Body;

        var report = Extractor.Extract(text, "sumu.txt");

        Assert.Equal("萨仁图苏木人民政府", report.Agency);
        Assert.Equal(AgencyKind.Township, report.AgencyKind);
    }

    [Fact]
    public void Extract_GovernmentNameAboveATitleLineThatRestatesItShort_IsNotPartOfTheTitle()
    {
        var text = "青峦县石门镇人民政府\n\n青峦县石门镇2023\n\n政府信息公开工作年度报告\n\n" + Body;

        var report = Extractor.Extract(text, "restated.txt");

        Assert.Equal("青峦县石门镇2023政府信息公开工作年度报告", report.Title);
        Assert.Equal("青峦县石门镇人民政府", report.Agency);
    }

    [Fact]
    public void Extract_DateUnderTheTitleBehindALayoutTablesEmptyCells_IsThePostingDate()
    {
        var bars = new string('|', 240);
        var text = $"青峦县石门乡人民政府2021年政府信息公开工作年度报告\n|\n{bars}\n2022-01-20 作者:佚名 点击数: | {bars}\n|\n{bars}\n" + Body;

        var report = Extractor.Extract(text, "bars.txt");

        Assert.Equal("2022-01-20", report.Published);
    }

    [Fact]
    public void Extract_BarredHeaderRowWithLetterSpacedLabelsAndColons_GivesThePostingDate()
    {
        const string text = """
            索 引 号: | 640221001-/2017000123 | 发布时间: | 2017年02月09日 09:30 |
            来 源: | 平罗县统计局 | 发布机构: | 平罗县统计局 |
            本年度报告根据《中华人民共和国政府信息公开条例》要求编制。
            一、概况
            2016年，县统计局认真贯彻执行《条例》。
            """;

        var report = Extractor.Extract(text, "barred.txt");

        Assert.Equal("2017-02-09", report.Published);
        Assert.Equal("平罗县统计局", report.Agency);
    }

    [Theory]
    [InlineData("青峦县农业农村局2021年政府信息公开工作年度报告 -某某资讯网旧版")]
    [InlineData("青峦县农业农村局2021年政府信息公开工作年度报告 - 政府信息公开年报 - 青峦县农业农村局")]
    public void Extract_TitleLineFollowedByItsSitesNameAfterADash_IsTheTitleWithoutIt(string line)
    {
        var text = line + "\n" + Body;

        var report = Extractor.Extract(text, "site-suffix.txt");

        Assert.Equal("青峦县农业农村局2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal("青峦县农业农村局", report.Agency);
    }

    [Fact]
    public void Extract_PostingDateUnderTheTitleWithItsTimeRunOn_IsRead()
    {
        var text = "青峦县2020年政府信息公开工作年度报告\n2021-04-0609:15\n来源:\n字体:\n" + Body;

        var report = Extractor.Extract(text, "run-on-time.txt");

        Assert.Equal("2021-04-06", report.Published);
    }

    [Theory]
    [InlineData("政府信息公开年报")]
    [InlineData("政府信息公开年度报告")]
    public void Extract_ColumnNameAboveTheTitle_IsNotTheTitle(string column)
    {
        var text = column + "\n平罗县农业农村局2025年政府信息公开工作年度报告\n  • 发布日期:2026-01-29 17:15\n\n根据《中华人民共和国政府信息公开条例》规定，"
            + "现公布平罗县农业农村局2025年政府信息公开工作年度报告。\n" + Body;

        var report = Extractor.Extract(text, "column-name.txt");

        Assert.Equal("平罗县农业农村局2025年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县农业农村局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_GovernmentsOfficeByTheGovernmentsShortForm_IsThePeoplesGovernmentsOffice()
    {
        var text = "平罗县政府办公室2025年政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "short-government-office.txt");

        Assert.Equal("平罗县人民政府办公室", report.Agency);
        Assert.Equal(AgencyKind.GovernmentOffice, report.AgencyKind);
    }

    [Fact]
    public void Extract_TitlesShortNameThatTheBodySpellsOut_IsTheFullName()
    {
        var text = "甘肃省政府国资委2020政府信息公开工作年度报告\n一、总体情况\n2020年，公开了《甘肃省人民政府国有资产监督管理委员会2020年度部门预算》等内容。\n"
            + Body;

        var report = Extractor.Extract(text, "spelt-out.txt");

        Assert.Equal("甘肃省人民政府国有资产监督管理委员会", report.Agency);
        Assert.Equal("620000", report.Region?.Code);
    }

    [Fact]
    public void Extract_TitlesShortNameThatTheBodySpellsOutTwoWays_StaysAsPrinted()
    {
        var text = "甘肃省政府国资委2020政府信息公开工作年度报告\n一、总体情况\n2020年，公开了《甘肃省人民政府国有资产监督管理委员会2020年度部门预算》，"
            + "转发了甘肃省人民政府国防资源动员委员会的通知。\n" + Body;

        var report = Extractor.Extract(text, "spelt-two-ways.txt");

        Assert.Equal("甘肃省政府国资委", report.Agency);
    }

    // A 时效性 row printed as a bulleted label over its value; a side menu's column name bulleted alone, without a year.
    [Theory]
    [InlineData("登录 | 注册\n  • 索引号\n    000000000/2022-00001\n  • 发布机构\n    青峦乡人民政府\n  • 发布日期\n    2022-02-10\n  • 时效性\n    有效\n\n青峦乡2021年政府信息公开工作年度报告\n\n",
        "青峦乡2021年政府信息公开工作年度报告", "青峦乡人民政府")]
    [InlineData("登录 | 注册\n  • 乡镇政府信息公开年度报告\n  • 索引号\n    000000000/2026-00002\n  • 发布日期\n    2026-01-20\n\n青峦县白石镇2025年政府信息公开工作年度报告\n\n",
        "青峦县白石镇2025年政府信息公开工作年度报告", "青峦县白石镇人民政府")]
    public void Extract_BulletedHeaderRowsAndMenuItemsAboveTheTitle_AreNoPartOfIt(string head, string title, string agency)
    {
        var report = Extractor.Extract(head + Body, "bulleted-head.txt");

        Assert.Equal(title, report.Title);
        Assert.Equal(agency, report.Agency);
    }

    // A one-line header row whose labels are letter-spaced (索 引 号:X 分 类:Y 发布机构:Z): its 发布机构 names the body a
    // generic title does not.
    [Fact]
    public void Extract_LetterSpacedLabelsInAOneLineHeaderRow_AreRead()
    {
        var text = "标题:2022年政府信息公开工作年度报告\n索 引 号:12345678-9/2023-00001 分 类:综合政务 发布机构:景宁畲族自治县人民政府办公室 发布日期:2023年01月20日\n"
            + "2022年政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "letter-spaced-row.txt");

        Assert.Equal("景宁畲族自治县人民政府办公室", report.Agency);
        Assert.Equal("331127", report.Region?.Code);
        Assert.Equal("2023-01-20", report.Published);
    }

    // A page's 索引号 that starts with its body's unified social credit code (GB 32100-2015) names the division the body
    // is registered in: a township named without its county is placed there; a code whose check character fails, or a
    // city's code for a township (which belongs to its county), places nothing.
    [Theory]
    [InlineData("索引号：11640221MB12345679/2024-00031", "640221")]
    [InlineData("| 文号 | 索 引 号 | 11640221MB12345679/2024-00031 | 关键词 |", "640221")]
    [InlineData("索引号：11640221MB12345678/2024-00031", null)]
    [InlineData("索引号：11640200MB7654321Q/2024-00031", null)]
    public void Extract_IndexNumberWithACreditCode_PlacesABodyNamedWithoutItsPlace(string header, string? region)
    {
        var text = header + "\n2023年青峦镇政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "index-number.txt");

        Assert.Equal("青峦镇人民政府", report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // Several districts share a name (鼓楼区); the division the index number names tells which one the title's is.
    [Fact]
    public void Extract_IndexNumberWithACreditCode_TellsSameNamedDistrictsApart()
    {
        var text = "索引号：11350102MB24681353/2024-00007\n鼓楼区青峦局2023年政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "same-named.txt");

        Assert.Equal("鼓楼区青峦局", report.Agency);
        Assert.Equal("350102", report.Region?.Code);
    }

    // A header row whose 发文机构 value cell was lost: 生成日期/有效期 is one label, and its date the page's.
    [Fact]
    public void Extract_GenerationDateAndValidityLabel_ItsDateIsThePagesDate()
    {
        var text = "| 索 引 号: | 000014349/2022-00311 | 信息分类: | |\n| 发文机构: | 生成日期/有效期: | 2022-02-11 09:41:02 | |\n"
            + "| 标 题: | 青峦省林草局2021年政府信息公开工作年度报告 | ||\n青峦省林草局2021年政府信息公开工作年度报告\n"
            + "本报告所列数据统计期限为2021年1月1日至2021年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "generation-validity.txt");

        Assert.Equal("2022-02-11", report.Published);
    }

    // 信息提供日期 : … with spaces round the colon and 来源 run into the time: the page's posting date.
    [Fact]
    public void Extract_InformationProvidedDateLabel_ItsDateIsThePagesDate()
    {
        var text = "2024年青峦区某街道政府信息公开工作年度报告\n信息提供日期 : 2025-01-14 10:20来源 : 青峦区某街道办\n"
            + "本报告所列数据统计期限为2024年1月1日至2024年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "information-provided-date.txt");

        Assert.Equal("2025-01-14", report.Published);
    }

    // A mirror that kept a header table's cells without their labels (索引号 value / 分类 / 发布机构 / 日期 / 日期 / 有效):
    // the date under the bare index number is the posting date, where the block prints one day; two days name none.
    [Theory]
    [InlineData("2023-01-13", "2023-01-13", "2023-01-13")]
    [InlineData("2023-01-10", "2023-01-13", null)]
    public void Extract_LabellessHeaderTableUnderABareIndexNumber_ItsDateIsThePagesDate(string first, string second, string? published)
    {
        var text = $"014178686/2023-00003\n政府信息公开年报\n平罗县青峦局\n{first}\n{second}\n有效\n\n"
            + "平罗县青峦局2022年政府信息公开工作年度报告\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "labelless-header.txt");

        Assert.Equal(published, report.Published);
        Assert.Equal("平罗县青峦局", report.Agency);
    }

    // 【信息时间:… 发布机构:…】 in brackets under the title: 信息时间 is the page's posting date.
    [Fact]
    public void Extract_InformationTimeLabelInBrackets_ItsDateIsThePostingDate()
    {
        var text = "青峦县交通运输局2024年政府信息公开工作年度报告\n\n【信息时间:2025-02-11   发布机构:青峦县交通运输局 】\n\n"
            + "本报告所列数据统计期限为2024年1月1日至2024年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "information-time.txt");

        Assert.Equal("2025-02-11", report.Published);
        Assert.Equal("青峦县交通运输局", report.Agency);
    }

    // A menu's links above a title printed over two lines that break inside its closing words (X局2024年政府 / 信息公开…):
    // the title starts on the line with the body's name and year; the links are no part of it.
    [Theory]
    [InlineData("崇左市青峦局2024年政府\n信息公开工作年度报告")]
    [InlineData("崇左市青峦局2024年\n政府信息公开工作年度报告")]
    [InlineData("崇左市青峦局2024年度政务\n公开工作年度报告")]
    public void Extract_MenuLinksAboveATitleBrokenInsideItsWords_TitleStartsAtTheBodysName(string title)
    {
        var text = "行政法规\n行政规范性文件\n" + title + "\n本报告所列数据统计期限为2024年1月1日至2024年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "menu-over-title.txt");

        Assert.Equal(title.Replace("\n", string.Empty, StringComparison.Ordinal), report.Title);
        Assert.Equal("崇左市青峦局", report.Agency);
    }
}
