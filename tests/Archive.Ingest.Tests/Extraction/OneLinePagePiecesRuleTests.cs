using Archive.Core.Agencies;
using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// A page flattened onto one line (crawler text), read by its pieces: a breadcrumb without its label, the body in brackets
/// after the title, a bulleted index block and a byline's date each split into pieces of their own. Fictional bodies, dates
/// and figures; the places are the seeds'.
/// </summary>
public sealed class OneLinePagePiecesRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Body = " 根据《中华人民共和国政府信息公开条例》规定,现公布本单位2023年政府信息公开工作年度报告。 一、总体情况 2023年,本单位认真贯彻落实"
        + "《中华人民共和国政府信息公开条例》,坚持以公开为常态、不公开为例外,围绕中心工作做好政府信息公开工作,全年未收到政府信息公开申请,"
        + "未发生因政府信息公开引起的行政复议、行政诉讼。 二、存在的主要问题及改进情况 公开内容还不够丰富,下一步将继续改进。\n";

    private static ExtractedReport Extract(string head) => Extractor.Extract(head + Body, "page.txt");

    [Fact]
    public void ABreadcrumbWithoutItsLabel_ItsCrumbsMakeNoTitle_TheTitleAfterThemIs()
    {
        var report = Extract("关怀版 无障碍 首页 > 部门公开信息 > 科教文卫部门 > 县某某中心 > 信息公开年度报告 平罗县某某中心2023年政府信息公开工作年度报告 访问量:");

        Assert.Equal("平罗县某某中心2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县某某中心", report.Agency);
    }

    [Fact]
    public void AColumnsNameBeforeTheFirstSeparator_IsACrumb_TheTitleOverTwoPiecesIsThePages()
    {
        var report = Extract("平罗县政府信息公开专栏 >> 平罗县人民政府办公室 >> 信息公开年度报告 平罗县人民政府2023 政府信息公开工作年度报告");

        Assert.Equal("平罗县人民政府2023政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal(AgencyKind.PeopleGovernment, report.AgencyKind);
    }

    [Fact]
    public void ABreadcrumbsSeparatedCrumbs_EndWhereNoSeparatorStands_TheBodysNameBeforeTheTitleIsNoCrumb()
    {
        var report = Extract("您现在的位置:首页 > 走进园区 > 聚焦园区 平罗县青石园区管理委员会 2023年政府信息公开工作年度报告 来源:青石园区 "
            + "撰写时间:2024-01-19 15:54:20 字体: 分享");

        Assert.Equal("平罗县青石园区管理委员会2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县青石园区管理委员会", report.Agency);
    }

    [Fact]
    public void AFontSwitchsLargestSize_OnOneLine_IsNoPartOfTheTitleBelowIt()
    {
        var report = Extract("当前位置:街镇 > 云溪镇 > 政务公开 > 政府信息公开年报 平罗县云溪镇2023年政府信息公开工作年度报告 日期:2024-01-29 字体:【 默认 超大 "
            + "分享: 平罗县云溪镇政府信息公开工作年度报告");

        Assert.Equal("平罗县云溪镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void TheBodyInBracketsThePieceAfterTheTitle_EndsTheTitle()
    {
        var report = Extract("2023年政府信息公开工作年度报告 (石嘴山市平罗县某某镇人民政府) 索引号 发布机构 某某镇 公开类别 主动公开 发布时间 2024-01-22");

        Assert.Equal("2023年政府信息公开工作年度报告(石嘴山市平罗县某某镇人民政府)", report.Title);
        Assert.Equal("石嘴山市平罗县某某镇人民政府", report.Agency);
    }

    [Fact]
    public void ABulletedIndexBlock_OnOneLine_ReadsAsItsLines()
    {
        var report = Extract("• 11640221/2024-00001 • 平罗县某某局 • 2023年政府信息公开工作年度报告 • 2024-01-18 • 2024-01-18 石嘴山市平罗县某某局2023年政府信息公开工作年度报告");

        Assert.Equal("石嘴山市平罗县某某局2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("2024-01-18", report.Published);
    }

    [Fact]
    public void ABylinesDateAndTimeBeforeItsSourceLabel_OnOneLine_IsThePostingDate()
    {
        var report = Extract("中卫市某某局2023年政府信息公开工作年度报告 某某门户网站 x.example.com 2024年01月20日 10时05分 来源:中卫市某某局");

        Assert.Equal("2024-01-20", report.Published);
    }

    [Fact]
    public void ADateBeforeNoLabel_OnOneLine_IsNoPostingDate()
    {
        var report = Extract("中卫市某某局2023年政府信息公开工作年度报告 某某门户网站 x.example.com 2024年01月20日 10时05分 浏览量较多");

        Assert.Null(report.Published);
    }
}
