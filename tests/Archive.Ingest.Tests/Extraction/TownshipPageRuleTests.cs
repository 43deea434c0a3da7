using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages (twenty-seventh session, r64) on small fictional texts: a table 二 heading with 工作,
/// table 三's 上年转结, applicants named before 依申请公开, the report year's first day as a start, a year-end cut-off
/// that lost its 年, a pinyin-glossed posting-date label, and a menu of two links a line over the title.
/// </summary>
public sealed class TownshipPageRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Metrics(Extractor.Extract("某乡2017年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt"));

    [Theory]
    [InlineData("2017年，我单位收到群众依申请公开1件，均已按要求进行答复。", "legacy.apply.received", 1)]
    [InlineData("本镇对2017年1月1日以来的政府信息进行了梳理和编目，2017年新增主动公开政府信息130条。", "legacy.active.total", 130)]
    [InlineData("截至201712月31日，某乡全年通过多种渠道共发布信息376条，其中：政务公开平台发布信息236条；微信公众号发布信息140条。", "legacy.channel.wechat", 140)]
    public void Extract_TownshipProseFigures_AreRead(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    // Since another year's first day, or cut off at another year's end, the figure spans more than the report's year.
    [Theory]
    [InlineData("本镇对2015年1月1日以来的政府信息进行了梳理和编目，2017年新增主动公开政府信息130条。", "legacy.active.total")]
    [InlineData("截至201612月31日，某乡全年通过多种渠道共发布信息376条，其中：政务公开平台发布信息236条；微信公众号发布信息140条。", "legacy.channel.wechat")]
    public void Extract_FiguresSinceOrUntilAnotherYear_AreNoMetric(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_Table2HeadingWithWork_IsTable2()
    {
        const string text = """
            青石乡2020年政府信息公开工作年度报告

            一、总体情况

            2020年，青石乡认真落实《条例》，做好政府信息公开工作。

            二、主动公开政府信息工作情况

            第二十一条第(一)项

            信息内容

            本年新制作数量

            本年新公开数量

            对外公开总数量

            规章

            0

            0

            0

            规范性文件

            2

            2

            3

            三、存在的主要问题及改进情况

            公开内容还不够丰富。
            """;

        var report = Extractor.Extract(text, "township.txt");
        var metrics = Metrics(report);

        Assert.Equal(ReportTemplate.V2019, report.Template);
        Assert.Equal(2, metrics["active.normative_docs.new"]);
        Assert.Equal(3, metrics["active.normative_docs.total"]);
        Assert.Equal(0, metrics["active.rules.total"]);
    }

    [Fact]
    public void Extract_Table3RowWithSwappedCarriedIn_IsTheCarriedInRow()
    {
        const string text = """
            青石乡2020年政府信息公开工作年度报告

            一、总体情况

            2020年，青石乡认真落实《条例》，做好政府信息公开工作。

            三、收到和处理政府信息公开申请情况

            (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)

            申请人情况

            自然人

            法人或其他组织

            总计

            商业企业

            科研机构

            社会公益组织

            法律服务机构

            其他

            一、本年新收政府信息公开申请数量

            1

            0

            0

            0

            0

            0

            1

            二、上年转结政府信息公开申请数量

            0

            0

            0

            0

            0

            0

            0

            三、本年度办理结果
            """;

        var metrics = Metrics(Extractor.Extract(text, "township.txt"));

        Assert.Equal(1, metrics["apply.new.total"]);
        Assert.Equal(0, metrics["apply.carried_in.total"]);
        Assert.Equal(0, metrics["apply.carried_in.natural"]);
    }

    [Fact]
    public void Extract_PinyinGlossedPostingDateLabel_IsThePostingDate()
    {
        const string text = """
            某某縣青石鎮(zhèn)2022年政府信息公開工作年度報告
            某某縣人民政府門戶網(wǎng)站 www.example.cn 發(fā)布時間:2023-01-11 08:53
            一、總體情況
            2022年,青石鎮(zhèn)全面推進政務公開工作。
            """;

        var report = Extractor.Extract(text, "glossed.txt");

        Assert.Equal("2023-01-11", report.Published);
    }

    [Fact]
    public void Extract_TitleUnderAMenuOfTwoLinksALine_IsTheTitle()
    {
        const string text = """
            logo

            信息公开指南 信息公开年报
            信息公开月报 依申请公开
              信息公开目录

              组织机构      政府文件

              计划规划      财政管理

              人事任免      公示公告

              工作动态      统计数据

              采购招标      应急管理

              道路建设      惠农政策

              招商引资      办事指南

              服务承诺      其他事项


            首页 >> 市政府信息公开 >> 信息公开目录 >> 乡镇信息公开目录 >> 青石
            平罗县青石乡2023年政府信息公开工作年度报告

            录入人员: qsxzwgk 发布时间: 2024-01-19 访问次数:

            一、总体情况
            2023年，青石乡严格按照《中华人民共和国政府信息公开条例》的要求，扎实推进政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "menu.txt");

        Assert.Equal("平罗县青石乡2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县青石乡人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }
}
