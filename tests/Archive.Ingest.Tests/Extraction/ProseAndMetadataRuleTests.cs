using Archive.Core.Agencies;
using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>Rules of metric-dictionary.md §7, §8 and §11 that the generated reports showed, on small hand-written texts.</summary>
public sealed class ProseAndMetadataRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    /// <summary>The metrics of a report whose body is <paramref name="sentence"/> under a title.</summary>
    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Metrics(Extractor.Extract("某县2017年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt"));

    [Fact]
    public void Extract_TrailingApproximationWords_AreNotMetrics()
    {
        const string text = """
            某县2017年政府信息公开工作年度报告

            2017年，我局发布政策解读稿件36篇以上，微信公众号全年共发布信息约300条，回应公众关注热点或重大舆情5次左右，举报投诉12件多，从事政府信息公开工作人员共3人，其中专职人员1人以上。
            """;

        var metrics = Metrics(Extractor.Extract(text, "approx.txt"));

        Assert.Equal(new Dictionary<string, decimal>(StringComparer.Ordinal) { ["legacy.org.staff"] = 3 }, metrics);
    }

    [Theory]
    [InlineData("2011年度主动公开信息数53条。", 53)]
    [InlineData("2020年，全年主动公开政府信息共计127条，公开信息内容涵盖脱贫攻坚。", 127)]
    [InlineData("2013年度我镇在主动公开政府信息件数为123件。", 123)]
    [InlineData("2017年，全年主动公开政府信息总数86条：工作动态41条，其他信息45条。", 86)]
    [InlineData("(一)主动公开政府信息的数量共57条。", 57)]
    [InlineData("(一)主动公开政府信息情况。2017年主动公开信息88条，其中工作动态信息40条。", 88)]
    public void Extract_YearsActiveTotal_AsRealReportsWordIt(string sentence, int total)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(total, metrics["legacy.active.total"]);
    }

    [Theory]
    [InlineData("截至2017年底，我局主动公开政府信息历年累计300条，其中2017年新增主动公开政府信息36条。", true)]
    [InlineData("截至2017年底，我局主动公开政府信息历年累计300条，其中2016年新增主动公开政府信息36条。", false)]
    public void Extract_YearsAdditionsUnderACumulativeCutOff_AreTheYearsTotalOnlyForTheReportYear(string sentence, bool read)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(read, metrics.TryGetValue("legacy.active.total", out var total) && total == 36);
        Assert.DoesNotContain(300m, metrics.Values);
    }

    [Theory]
    [InlineData("2022年，在中国某某门户网站主动公开各类政府信息345条，在市局网站主动公开信息335条。")]
    [InlineData("2022年，通过政务微博主动公开政府信息40条。")]
    [InlineData("其中主动公开信息12条。")]
    [InlineData("2019年度，我乡政务信息主动公开信息81条，其中退回三条，推送78条。")]
    [InlineData("2022年，在县政府门户网站主动公开各类政府信息45条。")]
    public void Extract_OneChannelsOrAPartsCount_IsNoActiveTotal(string sentence)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_SignatureDateWithALatinO_IsRead()
    {
        var report = Extractor.Extract("某县审计局2017年政府信息公开工作年度报告\n\n一、概述\n2017年，我局认真做好政府信息公开工作。\n\n某县审计局\n二O一八年一月二日\n", "o.txt");

        Assert.Equal("2018-01-02", report.Published);
    }

    [Theory]
    [InlineData("2017年度，我街道主动公开政府信息104条，累计公开信息共552条。", "legacy.active.total", 104)]
    [InlineData("2017年，通过门户网站主动公开政府信息43条。", "legacy.channel.website", 43)]
    [InlineData("2019年，政府网站公开信息508条。", "legacy.channel.website", 508)]
    [InlineData("2022年，通过区政府信息公开网站共公开信息314条。", "legacy.channel.website", 314)]
    [InlineData("2017年，通过“溪下发布”微信公众号公开95条。", "legacy.channel.wechat", 95)]
    [InlineData("2019年，微信公众号公开信息42条。", "legacy.channel.wechat", 42)]
    [InlineData("2022年，共收到信息公开申请7件。", "legacy.apply.received", 7)]
    [InlineData("2017年，我街道主动公开信息569条，其中业务动态类信息386条。", "legacy.active.total", 569)]
    [InlineData("全年主动公开信息113条。", "legacy.active.total", 113)]
    [InlineData("截止12月31日止，本镇2011年度共主动公开政府信息39条。", "legacy.active.total", 39)]
    [InlineData("2015年新增政府网站主动公开政府信息369条。", "legacy.channel.website", 369)]
    [InlineData("我局在某某县人民政府门户网站主动公开政府信息267条。", "legacy.channel.website", 267)]
    [InlineData("2023年，依托某某区政府网站公开各类政府信息412条。", "legacy.channel.website", 412)]
    [InlineData("2025年，通过某某县门户网站发布主动公开信息213条。", "legacy.channel.website", 213)]
    [InlineData("2021年，我团通过门户网站主动公开政务信息17条。", "legacy.channel.website", 17)]
    [InlineData("2017年，主动公开政府信息累计204条，通过政府网站公开信息数163 条，政务微信订阅号“印象某地”（微信号:abc123）公开政府信息23条。", "legacy.channel.website", 163)]
    [InlineData("2017年，主动公开政府信息累计204条，通过政府网站公开信息数163 条，政务微信订阅号“印象某地”（微信号:abc123）公开政府信息23条。", "legacy.channel.wechat", 23)]
    [InlineData("其中，街道官方微信发布信息782条。", "legacy.channel.wechat", 782)]
    [InlineData("2022年，通过微信公众号“人文某地”发布信息1088条。", "legacy.channel.wechat", 1088)]
    [InlineData("2018年，我区收到1件政府信息公开申请，属于网络申请。", "legacy.apply.received", 1)]
    [InlineData("通過微信公眾號發(fā)布信息5條。", "legacy.channel.wechat", 5)]
    [InlineData("自2015年1月1日起至2015年12月31日止，我乡经审核主动公开信息214条。", "legacy.active.total", 214)]
    [InlineData("2019年，本所主动公开政府信息总计64条，其中财政信息9条。", "legacy.active.total", 64)]
    [InlineData("坚持公开为常态，全年累计主动公开政府信息318条，涉及多个领域。", "legacy.active.total", 318)]
    [InlineData("2021年，园区门户网站发布信息907条，其中，工作动态类信息210条。", "legacy.channel.website", 907)]
    [InlineData("依托微信公众号平台“某某园区”，全年发布信息251条，关注人数3000。", "legacy.channel.wechat", 251)]
    [InlineData("本年度共收到依申请公开23件，均已按时答复。", "legacy.apply.received", 23)]
    [InlineData("举办新闻发布会1次，发布政策解读稿4篇。", "legacy.response.interpretations", 4)]
    [InlineData("2014年共制作政府信息61条，其中主动公开29条；受理政府信息公开申请2条。", "legacy.apply.received", 2)]
    [InlineData("2014年，我局收到12起政府信息依申请公开，均按时办理。", "legacy.apply.received", 12)]
    [InlineData("2017年，我局受理政府信息公开申请0次。", "legacy.apply.received", 0)]
    [InlineData("2011年度，某某市共收到申请政府信息公开26件(次)，主要涉及征地拆迁。", "legacy.apply.received", 26)]
    [InlineData("2021年，主动公开的各类政府信息数量58件。", "legacy.active.total", 58)]
    [InlineData("2021年，全街共受理政府信息公开申请总数3件。", "legacy.apply.received", 3)]
    [InlineData("2022年全区共受理政府信息公开申请件308件，296件已按期答复。", "legacy.apply.received", 308)]
    [InlineData("2023年，某镇全年共收到依申请公开件2件，已按期答复。", "legacy.apply.received", 2)]
    [InlineData("2023年，“某某发布”微信公众号发布信息207篇。", "legacy.channel.wechat", 207)]
    [InlineData("全县累计公开政府信息2150条。某某县人民政府网公开政府信息705条（不含专业平台发布的数据）。", "legacy.channel.website", 705)]
    [InlineData("我局2021年度共受理依申请公开政府信息申请12件，答复7件。", "legacy.apply.received", 12)]
    [InlineData("2021年，通过县政府门户网站共主动公开政府信息6条。", "legacy.channel.website", 6)]
    [InlineData("2024年，某办共收到公开政府信息申请4件，已全部答复。", "legacy.apply.received", 4)]
    [InlineData("2025年，全区共受理依申请公开案件57件，已全部按期办结。", "legacy.apply.received", 57)]
    [InlineData("2024年，某场共收到依申请件0件。", "legacy.apply.received", 0)]
    [InlineData("2024年，某园区共收到依申请政府信息公开6件，均为信函申请。", "legacy.apply.received", 6)]
    [InlineData("2023年，全年共收到公民、法人提交的政府信息公开申请14件，均已答复。", "legacy.apply.received", 14)]
    [InlineData("本年度，受理依申请公开政府信息2件，没有因政府信息公开引起的行政复议。", "legacy.apply.received", 2)]
    [InlineData("全年我局主动公开信息31条。", "legacy.active.total", 31)]
    [InlineData("2024年，我县政府网站共发布各类信息712条，其中概况类信息18条。", "legacy.channel.website", 712)]
    [InlineData("2021年其中通过“某某县人民政府门户网站”发布信息27条、通过公示栏发布信息40条。", "legacy.channel.website", 27)]
    [InlineData("通过政务微信共推送信息93条，全年共收到县长信箱来信12件。", "legacy.channel.wechat", 93)]
    [InlineData("2023年度新收政府信息公开申请46件、上年度结转3件，年度办结45件。", "legacy.apply.received", 46)]
    [InlineData("2023年，全县主动公开各类政府信息4321条，其中政策文件类信息56条。", "legacy.active.total", 4321)]
    [InlineData("2022年，在某某自治县人民政府门户网站主动公开政府信息9条，其中：财政信息2条，政府网站“乡镇之窗”栏目发布信息5条。", "legacy.channel.website", 9)]
    [InlineData("2025年，某局收到政府信息公开申请数量为4件，结转下年度继续办理0件。", "legacy.apply.received", 4)]
    [InlineData("同时，“某某家园”微信公众号也发挥作用，全年共推送信息183条。", "legacy.channel.wechat", 183)]
    [InlineData("其中，在某某之窗微信公众号推送信息512条，在公示栏公开信息40条。", "legacy.channel.wechat", 512)]
    [InlineData("其中，“某某县人民政府微信公众号”发布信息306条。", "legacy.channel.wechat", 306)]
    [InlineData("（一）主动公开情况。全年通过微信公众号“某某乡人民政府”推送、发布各类信息158条，其中工作动态41条。", "legacy.channel.wechat", 158)]
    [InlineData("其中，通过某某县某某镇人民政府网站，公开政府信息43条。", "legacy.channel.website", 43)]
    [InlineData("2021年通过政府网站主动公布政府信息共计128条，全文电子化达100%。", "legacy.channel.website", 128)]
    [InlineData("今年以来，某某街道通过某区政府网站等公开渠道发布主动公开政府信息57条，其中机构信息6条。", "legacy.active.total", 57)]
    [InlineData("2024年度共收到3条政府信息公开申请，均已按时答复。", "legacy.apply.received", 3)]
    [InlineData("全年收到依申请公开事项共8件，均已按规定答复。", "legacy.apply.received", 8)]
    [InlineData("其中，通过局网站发布各类信息412条，通过微信公众号发布信息88条。", "legacy.channel.website", 412)]
    [InlineData("其中，通过委网站发布信息76条。", "legacy.channel.website", 76)]
    [InlineData("其中，通过微博公众号发布信息37条。", "legacy.channel.weibo", 37)]
    [InlineData("2023年，我委通过信函等方式受理了政府信息公开申请共19件。", "legacy.apply.received", 19)]
    [InlineData("（二）依申请公开方面。2017年收到依申请公开信息4件。", "legacy.apply.received", 4)]
    [InlineData("全年在某某区政务网站发布各类信息3817条，微信公众号累计发布900篇。", "legacy.channel.website", 3817)]
    [InlineData("（一）主动公开。加大主动公开力度，区政府网站全年更新各类政府信息526条。", "legacy.channel.website", 526)]
    [InlineData("（一）主动公开。区政府网站全年更新各类政府信息526条，区政府微博发布信息143条。", "legacy.channel.weibo", 143)]
    [InlineData("“平安某地”微博更新信息64条，“某地卫健”微信公众号发布信息211条。", "legacy.channel.weibo", 64)]
    [InlineData("一年以来,市某某局共收到政府信息公开申请3件,均已按时答复。", "legacy.apply.received", 3)]
    [InlineData("通过“某区某某局”微信公众号发布各类消息共计146条。", "legacy.channel.wechat", 146)]
    [InlineData("第一时间通过微信公众号公开政策措施、重点工作、工作动态等,推送信息705条。", "legacy.channel.wechat", 705)]
    [InlineData("2017年,“某某普法”微信公众号共编辑74期,推送信息352篇。", "legacy.channel.wechat", 352)]
    [InlineData("本年度收到1项依申请公开事项,已按程序办理。", "legacy.apply.received", 1)]
    [InlineData("截至20171231日,通过某区政府网站公开政府信息57余条\n\n(二)依申请公开情况\n\n2017某区某某局共收到公民、法人和其他组织政府信息公开申请共9件", "legacy.apply.received", 9)]
    [InlineData("2017年,某某委机关本级主动公开的政府信息24条,均为全文电子化。", "legacy.active.total", 24)]
    [InlineData("2017年,通过县人民政府门户网站、微信、微博共发布各类信息数量2418条(其中:政府网站公开2100条,县政府公报公开31条,政务微博公开287条)。", "legacy.channel.website", 2100)]
    [InlineData("2017年,通过县人民政府门户网站、微信、微博共发布各类信息数量2418条(其中:政府网站公开2100条,县政府公报公开31条,政务微博公开287条)。", "legacy.channel.gazette", 31)]
    [InlineData("2017年,通过县人民政府门户网站、微信、微博共发布各类信息数量2418条(其中:政府网站公开2100条,县政府公报公开31条,政务微博公开287条)。", "legacy.channel.weibo", 287)]
    [InlineData("2017年全年,我办共通过门户网站及政务新媒体方式主动公开612条,其中通过政府网站公开54条,微信公众号公开558条。", "legacy.channel.website", 54)]
    [InlineData("(一)深化主动公开。通过“某某在线”门户网站,全年发布各类政务信息9120条,持续加强重点领域信息公开。", "legacy.channel.website", 9120)]
    [InlineData("2017年,某某市自然资源和城乡建设局门户网站发布政务信息735条,独立用户访问总量4215次。", "legacy.channel.website", 735)]
    [InlineData("因政府信息公开申请行政复议数量3件,提起行政诉讼数量1件。", "legacy.review.total", 3)]
    [InlineData("因政府信息公开申请行政复议数量3件,提起行政诉讼数量1件。", "legacy.litigation.total", 1)]
    [InlineData("(一)主动公开情况。2017年,共公开各类政府信息5432条,其中某某新闻318条,部门动态289条。", "legacy.active.total", 5432)]
    [InlineData("2017年,共收到8件依申请公开请求,2016年结转政府信息公开申请1件,共办结8件。", "legacy.apply.received", 8)]
    [InlineData("2017年,共接到依申请公开申请19件,其中依法予以公开的11件。", "legacy.apply.received", 19)]
    [InlineData("(二)收到政府信息公开申请情况。本年度共收到依申请公开13条,均按要求完成答复。", "legacy.apply.received", 13)]
    [InlineData("2017年全县共收到政府信息申请公开件356件,因政府信息公开引起的行政复议5件。", "legacy.apply.received", 356)]
    [InlineData("全年共举办政务公开相关培训3次,其中,召开信息公开平台录入培训会2次。", "legacy.trainings", 3)]
    [InlineData("(一)主动公开方面。按照要求,积极推进决策、执行、管理、服务、结果公开。全年公开各类政府信息3150条、政务动态信息更新2804条、通知公告216条。", "legacy.active.total", 3150)]
    [InlineData("2017年全县各部门累计主动公开信息9218条,其中政府网站1290条,政务新媒体公开2928条,线下方式公开5000条。", "legacy.channel.website", 1290)]
    [InlineData("2017年,全县通过政府门户网站、政务新媒体等渠道主动公开政府信息2439条。其中,县政府门户网站公开1884条,政务新媒体公开555条。", "legacy.channel.website", 1884)]
    [InlineData("本年度通过政府网站主动公开信息总数673条,公开县政府常务会议16次。", "legacy.channel.website", 673)]
    [InlineData("一是全市各级行政机关通过政府门户网站依法主动公开政府信息56551条,其中,市本级公开政府信息21339条。", "legacy.channel.website", 56551)]
    [InlineData("针对本部门出台的规范性文件和重要政策措施,发布解读信息31条。", "legacy.response.interpretations", 31)]
    [InlineData("全年公开各类政府信息3150条、专题专栏新增1个、解读信息发布12条。", "legacy.response.interpretations", 12)]
    [InlineData("全年,某某县政府门户网站更新政务动态信息1641条,发布政策性文件26件,政策解读26条。", "legacy.response.interpretations", 26)]
    [InlineData("2017年通过县政府门户网站累计主动公开政府信息12000余条,召开新闻发布会27场次,发布图文、视频等多形式政策解读信息403条。", "legacy.response.interpretations", 403)]
    public void Extract_ProseFiguresAsRealReportsWordThem(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    [InlineData("全年我镇在市政府门户网站主动公开信息60条，在镇门户网站主动公开信息5条。", "legacy.channel.website")]
    [InlineData("2017年，主动公开政府信息累计204条。", "legacy.active.total")]
    [InlineData("截至12月31日，历年主动公开政府信息39条。", "legacy.active.total")]
    [InlineData("自2015年3月1日起至2015年12月31日止，我乡主动公开信息214条。", "legacy.active.total")]
    [InlineData("截至2021年底，全年累计主动公开政府信息318条。", "legacy.active.total")]
    [InlineData("我局向市政府门户网站发布信息40条。", "legacy.channel.website")]
    [InlineData("2021年，上级门户网站发布信息40条。", "legacy.channel.website")]
    [InlineData("通过微信公众号、政务微博等平台，全年发布信息251条。", "legacy.channel.wechat")]
    [InlineData("举办新闻发布会2次。", "legacy.response.press_conferences")]
    [InlineData("其中，政府网站发布信息1200条次。", "legacy.channel.website")]
    [InlineData("2014年，共制作政府信息614条，其中主动公开29条，依申请公开信息3条。", "legacy.apply.received")]
    [InlineData("2017年，我局受理政府信息公开申请咨询12人次。", "legacy.apply.received")]
    [InlineData("2017年，我局受理政府信息公开申请3件次。", "legacy.apply.received")]
    [InlineData("其中，通过市局网站发布信息19条。", "legacy.channel.website")]
    [InlineData("2024年，通过微博、微信发布信息96条。", "legacy.channel.weibo")]
    [InlineData("十一年以来,市某某局共收到政府信息公开申请30件。", "legacy.apply.received")]
    [InlineData("通过微信公众号、门户网站公开政策措施等,推送信息705条。", "legacy.channel.wechat")]
    [InlineData("截至2017年底,累计收到政府信息公开申请共9件。", "legacy.apply.received")]
    [InlineData("截至2017年底,按照第二十条第(一)项累计收到政府信息公开申请共9件。", "legacy.apply.received")]
    [InlineData("2017年,某某办共受理政府信息公开申请24件(含上年结转1件),申请人全部为公民。", "legacy.apply.received")]
    [InlineData("(一)主动公开情况。2016年,共公开各类政府信息5432条。", "legacy.active.total")]
    [InlineData("(一)主动公开情况。通过政府网站共公开各类政府信息5432条。", "legacy.active.total")]
    [InlineData("全年共参加政务公开相关培训3次。", "legacy.trainings")]
    [InlineData("全年收到依申请公开信息3条,均已按时答复。", "legacy.apply.received")]
    [InlineData("转发政策性文件26件,政策解读26条。", "legacy.response.interpretations")]
    [InlineData("全年政务公开信息共34条,其中政策文件5件、信息主动公开全清单1条,政策解读9条。", "legacy.response.interpretations")]
    [InlineData("2017年某某街道依托政府门户网站及时公开机构设置、财政预算决算、工作动态等政府信息96条。", "legacy.channel.website")]
    [InlineData("(二)依申请公开情况。按照要求,规范办理流程。全年公开各类政府信息3150条。", "legacy.active.total")]
    [InlineData("(一)主动公开方面。按照要求,积极推进公开。(二)依申请公开方面。全年公开各类政府信息3150条。", "legacy.active.total")]
    [InlineData("2017年通过县政府门户网站累计主动公开政府信息12000余条,召开新闻发布会27场次。", "legacy.response.press_conferences")]
    public void Extract_TwoWebsitesOrACumulativeFigure_IsNoMetric(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Theory]
    [InlineData("某镇2017年度累计主动公开政府信息21条。", 21)]
    [InlineData("某镇2016年度累计主动公开政府信息21条。", null)]
    [InlineData("某镇2013至2017年度累计主动公开政府信息21条。", null)]
    [InlineData("某镇2017年累计主动公开政府信息21条。", 21)]
    [InlineData("某镇2016年累计主动公开政府信息21条。", null)]
    [InlineData("截至2017年累计主动公开政府信息21条。", null)]
    public void Extract_TheReportYearSummed_IsTheYearsTotal_AnotherYearsIsNot(string sentence, int? total)
    {
        // 2017年度累计 in a 2017 report is 本年度累计 with the year named.
        var metrics = ProseMetrics(sentence);

        Assert.Equal(total, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("某县水务局", null)]
    [InlineData("某县人民政府", 5)]
    [InlineData("某县人民政府办公室", 5)]
    public void Extract_AGovernmentOfficesFigure_IsOnlyThatGovernmentsOrItsOffices(string body, int? received)
    {
        // A sentence copied from the government office's report into a bureau's says the office's applications.
        var report = Extractor.Extract(body + "2022年政府信息公开工作年度报告\n\n2022年，县政府办共收到政府信息公开申请5件，办结5件。\n", "office.txt");

        Assert.Equal(received, Metrics(report).TryGetValue("legacy.apply.received", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("截至2017年底，累计主动公开政府信息552条。")]
    [InlineData("2017年，主动公开政府信息552条（历年累计）。")]
    public void Extract_CumulativeFigureInItsOwnClause_IsNoMetric(string sentence)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Theory]
    [InlineData("截至2017年底，我镇人民政府累计主动公开2017年度政府信息28条，全文电子化率达100%。", 28)]
    [InlineData("截至2017 年底，本年度主动公开政府信息35条。", 35)]
    [InlineData("2017年，我镇主动公开2017年度政府信息19条。", 19)]
    public void Extract_CutOffAtTheReportYearsEndOfTheYearsFigure_IsTheYearsFigure(string sentence, int total)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(total, metrics["legacy.active.total"]);
    }

    [Theory]
    [InlineData("截至2016年底，我镇累计主动公开2016年度政府信息28条。")]
    [InlineData("截至2017年底，我镇累计主动公开政府信息280条。")]
    [InlineData("截至2017年12月31日，我镇主动公开政府信息280条。")]
    [InlineData("截至2016年12月31日，本年度主动公开政府信息35条。")]
    [InlineData("2017年，我镇主动公开2016年度政府信息28条。")]
    public void Extract_CutOffOrYearThatIsNotTheReportsYearOrNoYearScope_IsNoActiveTotal(string sentence)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Theory]
    [InlineData("2013年，县直各单位主动公开政府信息1251条，占67.5%。各乡镇主动公开政府信息602条，占32.5%。")]
    [InlineData("在互联网上，2013年县政府公开办主动公开信息数为1713条，其中政策文件12条。")]
    public void Extract_APartOfTheTotalOrOneChannelsCount_IsNoActiveTotal(string sentence)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_SubordinateUnitsFigures_AreNotMetricsButOwnFiguresAre()
    {
        const string text = """
            某县2017年政府信息公开工作年度报告

            2017年，我局受理政府信息公开申请3件。所属8个单位共受理政府信息公开申请6件，由各单位分别答复。下属事业单位主动公开政府信息77条。
            """;

        var metrics = Metrics(Extractor.Extract(text, "subordinate.txt"));

        Assert.Equal(new Dictionary<string, decimal>(StringComparer.Ordinal) { ["legacy.apply.received"] = 3 }, metrics);
    }

    [Fact]
    public void Extract_StatisticsRowWordingsInProse_GiveTheirKeys()
    {
        const string text = """
            某县2017年政府信息公开工作年度报告

            2017年，我局收到政府信息公开申请8件，其中当面申请1件，网络申请7件，信函申请0件，传真申请0件。
            在回应社会关切方面，我局参加或举办新闻发布会4次，回应公众关注热点或重大舆情2次，主要负责同志参加政府网站在线访谈3次。
            对申请作出不同意公开答复2件。
            """;

        var metrics = Metrics(Extractor.Extract(text, "wordings.txt"));

        var expected = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["legacy.apply.received"] = 8,
            ["legacy.apply.in_person"] = 1,
            ["legacy.apply.online"] = 7,
            ["legacy.apply.letter"] = 0,
            ["legacy.apply.fax"] = 0,
            ["legacy.response.press_conferences"] = 4,
            ["legacy.response.hot_topics"] = 2,
            ["legacy.response.interviews_by_heads"] = 3,
            ["legacy.apply.denied"] = 2,
        };
        Assert.Equal(expected, metrics);
    }

    [Fact]
    public void Extract_StatisticsRowWordingsWithACopulaARelativeClauseOrAQualifier_GiveTheirKeys()
    {
        const string text = """
            某县2017年政府信息公开工作年度报告

            除此之外，我办在微博公开政府信息数为41条，其他方式公开政府信息条数共计6条。我办回应公众关注热点或重大舆情数，包括正面舆情和负面舆情共6次。
            2017年我办收到政府信息公开申请30件。其中当面申请为12件，传真申请为1件，网络申请是10件，信函申请为7件。
            其中属于已经主动公开的3件，同意公开答复15件，同意部分公开的2件，不同意公开答复的1件，不属于本行政机关公开的4件，申请信息不存在的3件，告知通过其他途径办理的2件。我办行政复议为1件。
            """;

        var metrics = Metrics(Extractor.Extract(text, "copula.txt"));

        var expected = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["legacy.channel.weibo"] = 41,
            ["legacy.channel.other"] = 6,
            ["legacy.response.hot_topics"] = 6,
            ["legacy.apply.received"] = 30,
            ["legacy.apply.in_person"] = 12,
            ["legacy.apply.fax"] = 1,
            ["legacy.apply.online"] = 10,
            ["legacy.apply.letter"] = 7,
            ["legacy.apply.already_public"] = 3,
            ["legacy.apply.granted"] = 15,
            ["legacy.apply.partial"] = 2,
            ["legacy.apply.denied"] = 1,
            ["legacy.apply.not_held"] = 4,
            ["legacy.apply.not_exist"] = 3,
            ["legacy.apply.other_channels"] = 2,
            ["legacy.review.total"] = 1,
        };
        Assert.Equal(expected, metrics);
    }

    [Theory]
    [InlineData("2017年，共制作政府信息302条，其中主动公开信息120条，依申请公开信息45条。", "legacy.apply.received")]
    [InlineData("2015年，通过不同渠道和方式公开政府信息483条。", "legacy.channel.other")]
    [InlineData("2017年，我办在微博、微信公开政府信息50条。", "legacy.channel.weibo")]
    [InlineData("2017年，市政府在微博公开政府信息50条。", "legacy.channel.weibo")]
    [InlineData("其中不同意部分公开的2件。", "legacy.apply.partial")]
    [InlineData("其中涉及个人隐私的2件，申请补正信息的1件。", "legacy.apply.amend_requested")]
    [InlineData("其中涉及个人隐私的2件，申请补正信息的1件。", "legacy.apply.denied.privacy")]
    public void Extract_CountsNearARowWordingThatAreNotItsRow_AreNoMetric(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Theory]
    [InlineData("一、概述\n本单位自2017年3月10日起开展政府信息公开工作。为此，本单位专门成立了政府信息公开工作领导小组，配备了2名兼职工作人员。", "legacy.org.staff_part_time=2")]
    [InlineData("根据要求，镇配备了1名专职人员和2名兼职工作人员，并成立了由镇长为组长的信息公开领导小组。", "legacy.org.staff_full_time=1;legacy.org.staff_part_time=2")]
    [InlineData("成立了本办政府信息公开工作领导小组，落实具体人员负责政府信息公开工作（其中全职2人，兼职4人）。", "legacy.org.staff_full_time=2;legacy.org.staff_part_time=4")]
    [InlineData("本镇共有政府信息公开工作人员2名。", "legacy.org.staff=2")]
    [InlineData("（一）工作人员情况\n本机关从事政府信息公开工作的兼职人员11人。", "legacy.org.staff_part_time=11")]
    public void Extract_TheBodysDisclosureStaffingWithoutTheTotal_GivesItsParts(string sentence, string expected)
    {
        var metrics = ProseMetrics(sentence);

        var want = expected.Split(';').Select(kv => kv.Split('=')).ToDictionary(kv => kv[0], kv => decimal.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Assert.Equal(want, metrics.Where(m => m.Key.StartsWith("legacy.org.staff", StringComparison.Ordinal)).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2008年5月1日起本单位开始开展政府信息公开工作。为此，配备了1名兼职工作人员。")]
    [InlineData("为做好政府信息公开工作，各科室配备了1名兼职工作人员。")]
    [InlineData("政府网站配备了2名专职工作人员，负责信息公开栏目的维护。")]
    [InlineData("镇政府配备了2名专职人员负责安全生产工作。")]
    [InlineData("自《条例》实施以来，我局配备了2名兼职工作人员负责政府信息公开工作。")]
    [InlineData("我局共培训政府信息公开工作人员50名。")]
    [InlineData("我局明确专人负责政府信息公开工作，配备了1名专职人员。我局现有专职人员2名负责政府信息公开工作。")]
    public void Extract_StaffingOfAnotherYearUnitOrWorkOrStatedTwice_IsNoStaffFigure(string sentence)
    {
        var metrics = ProseMetrics(sentence);

        Assert.DoesNotContain(metrics.Keys, key => key.StartsWith("legacy.org.staff", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ReviewAndLitigationCountsInProse_WithTableFourRead_RestateItsCells()
    {
        var prose = string.Concat(Enumerable.Repeat("本机关认真落实政府信息公开工作各项要求，持续提升公开质量。", 12));
        var text = "示例县人民政府2022年政府信息公开工作年度报告 " + prose + "2022年，本机关有2件涉及政府信息公开工作的行政复议，涉及的行政诉讼数为0件。"
            + " 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0 五、存在的主要问题及改进情况 " + prose;

        var metrics = Metrics(Extractor.Extract(text, "reviews.txt"));

        Assert.Equal(1, metrics["litigation.direct.total"]);
        Assert.DoesNotContain(metrics.Keys, key => key.StartsWith("legacy.litigation.", StringComparison.Ordinal) || key.StartsWith("legacy.review.", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ReviewCountInProse_WithTableFourRunTogether_RestatesItsCells()
    {
        // A crawler's get_text('') joins the table's cells with nothing between them: the table is unreadable, yet printed.
        var prose = string.Concat(Enumerable.Repeat("本机关认真落实政府信息公开工作各项要求，持续提升公开质量。", 12));
        var text = "示例市人民政府2019年政府信息公开工作年度报告" + prose + "全年发生信息公开类行政复议4件，诉讼2件，均获维持。"
            + "三、收到和处理政府信息公开申请情况（七）总计4121  1643四、结转下年度继续办理6     6四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
            + "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计31  4 2     五、存在的主要问题及改进情况" + prose;

        var metrics = Metrics(Extractor.Extract(text, "reviews.txt"));

        Assert.DoesNotContain(metrics.Keys, key => key.StartsWith("legacy.review.", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_StatisticsLabelWithParentheticalOnTheNextLine_ReadsTheValueAfterTheGap()
    {
        const string text = """
            某县2017年政府信息公开工作年度报告

            2017年政府信息公开情况统计表
            统计指标                                                              单位          统计数
            （一）主动公开政府信息数（不同渠道和方式公开相同信息计 1 条）         条            120
            八、机构建设和保障经费情况                                            ——            ——
            （三）从事政府信息公开工作人员数                                      人            9
            （四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等  万元          2.5
            方面的经费）
            九、政府信息公开会议和培训情况                                        ——            ——
            （一）召开政府信息公开工作会议或专题会议数                            次            6
            """;

        // With its last line break: a number the text ends on, nothing after it, may be cut and is not read.
        var report = Extractor.Extract(text + "\n", "split.txt");

        var metrics = Metrics(report);
        Assert.Equal(120, metrics["legacy.active.total"]);
        Assert.Equal(9, metrics["legacy.org.staff"]);
        Assert.Equal(2.5m, metrics["legacy.org.budget"]);
        Assert.Equal("万元", report.Metrics.Single(m => m.Key == "legacy.org.budget").Unit);
        Assert.Equal(6, metrics["legacy.meetings"]);
    }

    [Fact]
    public void Extract_NoTitleNoDate_AgencyFromTheSignatureLineAboveTrailingNote()
    {
        const string text = """
                    根据《中华人民共和国政府信息公开条例》的规定，编制本年度报告。

            一、概述

                    2017年，我局认真做好政府信息公开工作。

                                                          平罗县交通运输局

            （此件公开发布）
            """;

        var report = Extractor.Extract(text, "signature.txt");

        Assert.Null(report.Title);
        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.Equal(AgencyKind.Transport, report.AgencyKind);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，平罗县交通运输局编制本年度报告。", "平罗县交通运输局")]
    [InlineData("本报告根据《条例》要求，由平罗县人民政府办公室编制。", "平罗县人民政府办公室")]
    [InlineData("本报告根据《条例》要求，由平罗县人民政府办公室编制。本报告汇总了本级政府和各乡镇、部门的情况。", "平罗县人民政府")]
    [InlineData("本年报是根据《条例》的要求,由彩金网主页 青禾街道办事处编制的2016年度政务信息公开年度报告。", "青禾街道办事处")]
    [InlineData("本报告根据《条例》要求，由快乐彩官网 人民政府编制。", null)]
    [InlineData("本报告根据《条例》要求，由平罗县人民政府办公室编制。2017年，平罗县人民政府在市委、市政府的坚强领导下，坚持公开为常态。", "平罗县人民政府")]
    [InlineData("本报告根据《条例》要求，由平罗县人民政府办公室编制。2017年，平罗县人民政府门户网站持续改版。", "平罗县人民政府办公室")]
    [InlineData("本报告根据《条例》要求，由平罗县人民政府办公室编制。2017年，平罗县人民政府在市委、市政府的坚强领导下，坚持公开为常态。我办认真落实各项要求。", "平罗县人民政府办公室")]
    public void Extract_NoTitleNoSignature_AgencyFromTheCompilerStatement(string statement, string? agency)
    {
        var text = $"""
                    {statement}

            一、概述

                    2017年，认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "compiler.txt");

        Assert.Equal(agency, report.Agency);
    }

    [Theory]
    [InlineData("深圳市南山区2015年政府信息公开工作年度报告", "深圳市南山区人民政府", "440305")]
    [InlineData("平罗县2016年政府信息公开工作年度报告", "平罗县人民政府", "640221")]
    public void Extract_TitleNamesOnlyAPlace_TheGovernmentUnderItsPrintedFullName(string title, string agency, string code)
    {
        var text = $"""
            {title}

            一、概述

                    本年度，认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "place.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(AgencyKind.PeopleGovernment, report.AgencyKind);
        Assert.Equal(code, report.Region?.Code);
    }

    [Theory]
    [InlineData("湖北省公安厅2022年政府信息公开工作年度报告", "420000")]
    [InlineData("荆州市公安局2020年政府信息公开工作年度报告", "421000")]
    [InlineData("荆州市公安县公安局2020年政府信息公开工作年度报告", "421022")]
    public void Extract_CountyShortNameThatIsTheBodysName_IsNotTakenForTheCounty(string title, string code)
    {
        // 公安 is the short name of 公安县 and the name of every police body (公安厅, 公安局).
        var text = $"""
            {title}

            一、概述

                    本年度，认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "police.txt");

        Assert.Equal(code, report.Region?.Code);
    }

    [Fact]
    public void Extract_RegionShortNameStartingALongerTownshipName_IsNoRegion()
    {
        const string text = """
            本报告由平罗山街道按照《中华人民共和国政府信息公开条例》要求编制。如对本报告有疑问，请与平罗山街道办事处联系（地址：中宁县平罗山街道中心街1号）。
            一、总体情况
            2021年，平罗山街道认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("平罗山街道办事处", report.Agency);
        Assert.Equal("640521", report.Region?.Code);
    }

    [Fact]
    public void Extract_RegionShortNameNamingAWebsite_IsNoRegion()
    {
        const string text = """
            本报告由青禾街道办事处按照《中华人民共和国政府信息公开条例》要求编制。
            一、总体情况
            2025年，青禾街道主动公开各类政府信息共计87条，其中在人民网、平罗网等媒体刊登信息12条。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("青禾街道办事处", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_RegionShortNameEndingAnOrdinaryWord_IsNoRegion()
    {
        const string text = """
            青石乡人民政府2022年政府信息公开工作年度报告
            一、总体情况
            2022年，我乡围绕疫情防控、乡村振兴、城乡环境综合治理等重点工作，做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "word.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Theory]
    [InlineData("本年度报告中所列数据统计期限从2023年1月1日到12月31日止。", 2023)]
    [InlineData("一、总体情况\n2020年度我街办未接到提出公开政府信息的申请。", 2020)]
    public void Extract_YearWithoutATitle_FromThePeriodOrTheBodysOwnYear(string sentence, int year)
    {
        var report = Extractor.Extract(sentence + "\n二、存在的主要问题及改进情况\n公开内容还不够丰富。\n", "year.txt");

        Assert.Equal(year, report.Year);
    }

    [Fact]
    public void Extract_OpeningSentenceNamingATownshipsGovernment_IsTheBody()
    {
        const string text = """
            2022年，青石乡人民政府坚持以习近平新时代中国特色社会主义思想为指导，认真做好政府信息公开工作。
            2022年，青石乡未收到政府信息公开申请。
            """;

        var report = Extractor.Extract(text, "opening.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
        Assert.Equal(2022, report.Year);
    }

    [Fact]
    public void Extract_DepartmentInsideACountyLevelCitysName_IsThatCitysNotThePrefecturesNamedElsewhere()
    {
        // 灵武市 ends with 市: read as 市自然资源局 the department would be completed with 银川市, another body that exists.
        const string text = """
            按照银川市政府信息公开工作要求，灵武市自然资源局办公室负责本年度报告的编写工作。
            一、总体情况
            本年度，认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "splice.txt");

        Assert.Equal("灵武市自然资源局", report.Agency);
        Assert.Equal("640181", report.Region?.Code);
    }

    [Fact]
    public void Extract_RegionShortNameOpeningAWordAfterAClauseMark_IsNoRegion()
    {
        // 惠民 is the short name of a county and the start of 惠民生; after 、 it opens a slogan, not a place.
        const string text = """
            青石镇人民政府2023年政府信息公开工作年度报告
            一、总体情况
            2023年，我镇围绕稳增长、惠民生、防风险等重点工作，通过政务信息公开网发布政府信息52条。
            """;

        var report = Extractor.Extract(text, "slogan.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_RuralRevitalisationBureauNamedWithoutItsPlace_TheCountyTheProseNames()
    {
        const string text = """
            一、总体情况
            2022年，县乡村振兴局认真贯彻落实《条例》，以平罗县门户网站为主要公开平台，做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "bureau.txt");

        Assert.Equal("平罗县乡村振兴局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("2023年，县统计局认真做好政府信息公开工作，严格按照县财政局的格式公开“三公”经费，并按时向县财政局报送决算信息。", "平罗县统计局")]
    [InlineData("2023年，我局认真做好政府信息公开工作，严格按照县财政局的格式公开“三公”经费。", null)]
    [InlineData("我局严格按照县财政局的格式公开“三公”经费。如对本报告有任何疑问，请与县统计局办公室联系。", "平罗县统计局")]
    public void Extract_DepartmentNamedAfterAPreposition_IsNotTheBodySpeaking(string sentence, string? agency)
    {
        // 按照县财政局…, 向县财政局…: another body the report deals with; only a clause's subject is the report's own.
        var text = sentence + "\n一、总体情况\n本年度，平罗县政府信息公开工作稳步推进。\n";

        var report = Extractor.Extract(text, "object.txt");

        Assert.Equal(agency, report.Agency);
    }

    [Theory]
    [InlineData("由平罗县青石镇人民政府党政办公室编制。", "平罗县青石镇人民政府")]
    [InlineData("由平罗县青石街道办事处综合办公室编制。", "平罗县青石街道办事处")]
    [InlineData("由平罗县人民政府办公室编制。", "平罗县人民政府办公室")]
    public void Extract_CompilerThatIsItsBodysInternalOffice_TheBody(string compiler, string agency)
    {
        var text = "本报告根据《条例》要求，" + compiler + "\n一、概述\n本年度，认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "office.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("金凤县交通运输局2021年政府信息公开工作年度报告", null)]
    [InlineData("昌江县交通运输局2021年政府信息公开工作年度报告", "469026")]
    public void Extract_ShortNamePrintedWithAnotherDesignation_IsNoDivisionOfTheOtherDesignation(string title, string? code)
    {
        // 金凤 is only a 区 (金凤县 names no division there is); 昌江 is a 区 and the 县 that is 昌江黎族自治县.
        var report = Extractor.Extract(title + "\n一、概述\n本年度，认真做好政府信息公开工作。\n", "designation.txt");

        Assert.Equal(code, report.Region?.Code);
    }

    [Theory]
    [InlineData("本年度报告根据《条例》要求，由平罗县青石街道办事处编制，全文包括总体情况、主动公开政府信息情况等内容。")]
    [InlineData("根据《条例》的要求，平罗县青石街道特编制2023年政府信息公开年度报告。")]
    public void Extract_CompilerSentencesAsReportsWordThem_NameTheBody(string sentence)
    {
        var report = Extractor.Extract(sentence + "\n一、总体情况\n本年度，认真做好政府信息公开工作。\n", "compiled.txt");

        Assert.Equal("平罗县青石街道办事处", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_BareCompileVerbBeforeTheNamedReport_NamesTheBody()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》等相关规定，编制银川市灵武市青石湖管理局2024年政府信息公开工作年度报告，所列数据统计期限为2024年1月1日至12月31日。
            一、总体情况
            本年度，认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "bare.txt");

        Assert.Null(report.Title);
        Assert.Equal("银川市灵武市青石湖管理局", report.Agency);
        Assert.Equal("640181", report.Region?.Code);
        Assert.Equal(2024, report.Year);
    }

    [Fact]
    public void Extract_OpeningSentenceWithAClauseOfCircumstanceBeforeTheBody_IsTheBody()
    {
        const string text = """
            一、总体情况
            2023年，在区委、区政府的坚强领导下，青石街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》。
            """;

        var report = Extractor.Extract(text, "clause.txt");

        Assert.Equal("青石街道办事处", report.Agency);
    }

    [Theory]
    [InlineData(2022, ReportTemplate.V2021)]
    [InlineData(2020, ReportTemplate.V2019)]
    public void Extract_TableFourAlone_TheYearTellsTheTemplate(int year, ReportTemplate template)
    {
        // Table 四 has the same cells in both templates: alone, it cannot tell them apart.
        var prose = string.Concat(Enumerable.Repeat("本机关认真落实政府信息公开工作各项要求，持续提升公开质量。", 12));
        var text = $"青石乡人民政府{year}年政府信息公开工作年度报告 " + prose + " 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0 五、存在的主要问题及改进情况 " + prose;

        var report = Extractor.Extract(text, "table4.txt");

        Assert.Equal(template, report.Template);
        Assert.Equal(2, report.Metrics.Single(m => m.Key == "review.total").Value);
    }

    [Fact]
    public void Extract_TitleNamingTheBodyWithoutItsPlace_TheStatedTitleNamesIt()
    {
        // The title line leaves the place out; the opening sentence prints the report's title with it.
        const string text = """
            市人民政府办公室2024年政府信息公开工作年度报告
            根据《中华人民共和国政府信息公开条例》要求，现公开灵武市人民政府办公室2024年政府信息公开工作年度报告。
            一、总体情况
            本年度，认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "placeless.txt");

        Assert.Equal("灵武市人民政府办公室", report.Agency);
        Assert.Equal("640181", report.Region?.Code);
    }

    [Theory]
    [InlineData("2023年,区某某管理局主动公开信息609条,在区政府门户网站某某专栏公开信息33条。", "legacy.active.total", 609)]
    [InlineData("（一）主动公开情况\n2023年,我局聚焦重点工作,不断深化公开内容,及时公开群众最关心、最需要的信息,主动公开各类信息230条。", "legacy.active.total", 230)]
    [InlineData("（一）主动公开\n2024年,某某区统计局在区人民政府网站中发布信息共98条。其中部门动态81篇。", "legacy.channel.website", 98)]
    [InlineData("2021年我局通过县政府门户网站主动公开了各类政务信息共2728条(含行政许可统计表)。", "legacy.channel.website", 2728)]
    [InlineData("二是做好宣传。通过微信公众号公布信息189条,营造良好氛围。", "legacy.channel.wechat", 189)]
    [InlineData("2020年,“青石人社”微信公众号发布数量共357条。", "legacy.channel.wechat", 357)]
    [InlineData("2020年市某某局通过政务新媒体(微信公众号)发布信息251条。", "legacy.channel.wechat", 251)]
    [InlineData("全年通过“青石区退役军人”微信公众号发布政策解读、工作动态、服务信息等共计158条。", "legacy.channel.wechat", 158)]
    [InlineData("全年共受理政府信息依申请公开数量152件(信函申请21件、网络申请131件)。", "legacy.apply.received", 152)]
    [InlineData("全年共受理政府信息依申请公开数量152件;政府信息依申请公开答复152件,答复率100%。", "legacy.apply.replies", 152)]
    [InlineData("本年度收到公开申请5件,全部已及时办理。", "legacy.apply.received", 5)]
    public void Extract_DepartmentsProseFiguresAsItsReportsWordThem(string sentence, string key, int value)
    {
        var metrics = Metrics(Extractor.Extract("青石县某某管理局2023年政府信息公开工作年度报告\n\n" + sentence + "\n", "department.txt"));

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    [InlineData("青石县人民政府2023年政府信息公开工作年度报告", "2023年,县某某管理局主动公开信息609条。")]
    [InlineData("青石县某某管理局2023年政府信息公开工作年度报告", "2023年,全县各局主动公开信息609条。")]
    [InlineData("青石县某某管理局2023年政府信息公开工作年度报告", "2023年,我局通过政府网站、微信公众号,主动公开各类信息230条。")]
    [InlineData("青石县某某管理局2023年政府信息公开工作年度报告", "2023年,我局收到申请3件,其中,主动公开信息5条。")]
    public void Extract_ADepartmentsFigureInAGovernmentsReportOrAChannelsShare_IsNoTotal(string title, string sentence)
    {
        var metrics = Metrics(Extractor.Extract(title + "\n\n" + sentence + "\n", "department.txt"));

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_NoTitle_TheReportUploadedNamesTheBody()
    {
        // No title line; the body calls itself 市某某委 and states it uploaded its report under its full name.
        const string text = """
            根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2024年1月1日至2024年12月31日。
            一、总体情况
            全年网站共发布工作动态215条,按时上传青石市发展和改革委员会2024年政府信息公开工作年度报告。
            """;

        var report = Extractor.Extract(text, "uploaded.txt");

        Assert.Equal("青石市发展和改革委员会", report.Agency);
    }

    [Fact]
    public void Extract_ShortTitle_TheReportMadeAfterAClauseNamesTheBody()
    {
        // The title prints only the short designation; the opening's 制定X…报告 after a clause names the body in full.
        const string text = """
            住建局2020年信息公开工作年度报告
            根据《平罗县人民政府办公室关于做好2020年政府信息公开工作年度报告编制和发布有关事项的通知》要求,制定平罗县住房和城乡建设局2020年政府信息公开工作年度报告。
            一、总体情况
            2020年,我局认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "short-title.txt");

        Assert.Equal("平罗县住房和城乡建设局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_GovernmentOfficeNamedAsCompilerOfADepartmentsReport_IsNotTheBody()
    {
        // The district's template sentence names its office as compiler, but the report speaks as a bureau (我局) and sends
        // questions to that bureau: the bureau's report.
        const string text = """
            本报告由贺兰县人民政府办公室按照《中华人民共和国政府信息公开条例》的要求编制。公众如需进一步咨询了解相关信息,请联系贺兰县综合行政执法局(地址:某某路1号;电话:0000-1234567)
            一、总体情况
            2023年以来,县综合行政执法局严格按照《条例》要求,对局相关工作进行及时公开。
            2023年,我局在县政府网站发稿61篇。
            """;

        var report = Extractor.Extract(text, "office-template.txt");

        Assert.Equal("贺兰县综合行政执法局", report.Agency);
        Assert.Equal("640122", report.Region?.Code);
    }

    [Fact]
    public void Extract_GovernmentOfficesOwnReportOnAPageSayingThisSite_KeepsTheOffice()
    {
        // 本站 is the web page speaking of its site, no department speaking of itself: the office that compiled the report
        // stays its body.
        const string text = """
            本站由贺兰县人民政府办公室主办
            本报告由贺兰县人民政府办公室按照《中华人民共和国政府信息公开条例》的要求编制。
            一、总体情况
            2023年,本站发布信息61条。
            """;

        var report = Extractor.Extract(text, "office-own.txt");

        Assert.Equal("贺兰县人民政府办公室", report.Agency);
    }

    [Fact]
    public void Extract_BodyNamedOnlyWithoutItsPlace_IsNoAgency()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》规定，现公布区统计局2023年政府信息公开工作年度报告。
            一、总体情况
            本年度，我局认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "placeless.txt");

        Assert.Null(report.Agency);
        Assert.Null(report.Region);
    }

    [Theory]
    [InlineData("市中区人民政府2022年政府信息公开工作年度报告", "市中区人民政府")]
    [InlineData("县前街道办事处2022年政府信息公开工作年度报告", "县前街道办事处")]
    public void Extract_NameWhoseOwnWordsStartWithADesignation_IsKept(string title, string agency)
    {
        // 市中区 is a place's own name (several districts bear it); 县前街道 a street's.
        var report = Extractor.Extract(title + "\n一、总体情况\n本年度，认真做好政府信息公开工作。\n", "own.txt");

        Assert.Equal(agency, report.Agency);
    }

    [Theory]
    [InlineData("2022年示例高新区(金凤区)政府信息公开工作年度报告", "640106")]
    [InlineData("石嘴山经济技术开发区（大武口区）青石局2022年政府信息公开工作年度报告", "640202")]
    [InlineData("示例高新区管委会（金凤区人民政府）2021年政府信息公开工作年度报告", "640106")]
    public void Extract_ZonePrintedWithItsDistrict_IsInThatDistrict(string title, string code)
    {
        var report = Extractor.Extract(title + "\n一、总体情况\n本年度，认真做好政府信息公开工作。\n", "zone.txt");

        Assert.Equal(code, report.Region?.Code);
    }

    [Fact]
    public void Extract_ZoneTheGazetteerListsUnderAStatisticalCode_IsInItsCity()
    {
        // 130273 is a statistical code, no GB/T 2260 division: the zone's reports belong to its city (§11).
        var report = Extractor.Extract("唐山高新技术产业开发区示例局2022年政府信息公开工作年度报告\n一、总体情况\n本年度，认真做好政府信息公开工作。\n", "zone.txt");

        Assert.Equal("130200", report.Region?.Code);
    }

    [Fact]
    public void Extract_ZoneCommitteesOfficeInTheTitle_IsTheOfficesReport()
    {
        var report = Extractor.Extract("示例高新技术产业开发区管理委员会办公室2023年政府信息公开工作年度报告\n一、总体情况\n本年度，办公室认真做好政府信息公开工作。\n", "office.txt");

        Assert.Equal("示例高新技术产业开发区管理委员会办公室", report.Agency);
    }

    [Fact]
    public void Extract_OpeningSentenceFromTheYearOn_NamesTheTownship()
    {
        const string text = """
            一、总体情况
            2022年以来，青石乡在县委县政府的正确领导下，认真做好政务公开工作。
            """;

        var report = Extractor.Extract(text, "since.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
    }

    [Fact]
    public void Extract_TownshipGovernmentsOfficeInTheTitle_IsTheTownshipsReport()
    {
        const string text = """
            青石镇人民政府办公室2023年政府信息公开工作年度报告
            如对本报告有任何疑问，请与平罗县青石镇人民政府党政办公室联系。
            一、总体情况
            2023年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》。
            """;

        var report = Extractor.Extract(text, "office.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
        Assert.Equal(AgencyKind.Township, report.AgencyKind);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("请联系：平罗县青石镇人民政府党政综合办公室，邮编：753400。")]
    [InlineData("请联系:平罗县青石镇人民政府党政综合办公室,邮编:753400。")]
    public void Extract_ContactAfter请联系AndAColon_NamesTheBodyItsOfficeServes(string contact)
    {
        var text = "根据《中华人民共和国政府信息公开条例》规定，现编制并公布本单位2024年政府信息公开工作年度报告。如对本报告有任何疑问，"
            + contact + "\n一、总体情况\n2024年，认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "contact-colon.txt");

        Assert.Equal("平罗县青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("2024年，全县共接收政府信息公开申请56件，其中网上申请40件。", "legacy.apply.received", 56)]
    [InlineData("2024年主动公开各类政府信息3120条，政务新媒体发布信息1.2万余条。", "legacy.active.total", 3120)]
    public void Extract_NewerReportsWordsForTheirRows_AreTheRows(string sentence, string key, int value)
    {
        var metrics = Metrics(Extractor.Extract("某县2024年政府信息公开工作年度报告\n\n" + sentence + "\n", "newer-words.txt"));

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    [InlineData("由平罗县数据管理局办公室编制完成本报告。", "平罗县数据管理局")]
    [InlineData("由平罗县青石园区管理委员会办公室编制完成本报告。", "平罗县青石园区管理委员会")]
    public void Extract_CompilerThatIsItsBodysOwnOffice_NamesTheBody(string sentence, string agency)
    {
        var text = "根据《中华人民共和国政府信息公开条例》要求，" + sentence + "\n一、总体情况\n2022年，我单位认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "compiler.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("本报告中使用数据统计期限为20231月1日至12月31日。", 2023, ReportTemplate.V2021)]
    [InlineData("本报告中所列数据的统计期限自20201月1日起至202012月31日止。", 2020, ReportTemplate.V2019)]
    public void Extract_StatisticsPeriodThatLostItsYearMark_GivesTheYear(string sentence, int year, ReportTemplate template)
    {
        var text = "本报告由平罗县气象局编制。" + sentence + "\n一、总体情况\n本单位认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "period.txt");

        Assert.Equal(year, report.Year);
        Assert.Equal(template, report.Template);
    }

    [Fact]
    public void Extract_StreetWhoseNameEndsWithCheng_IsAStreet()
    {
        const string text = """
            一、总体情况
            2022年，青城街道办事处按照上级的要求，做好政府信息公开工作。如有疑问，请联系平罗县青城街道办事处。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("青城街道办事处", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("2020年度，平罗县以习近平新时代中国特色社会主义思想为指导，全面推进政务公开。", "平罗县人民政府")]
    [InlineData("2020年度，平罗县以习近平新时代中国特色社会主义思想为指导，我局全面推进政务公开。", null)]
    [InlineData("2021年，我县认真贯彻落实《条例》，修订了《平罗县人民政府信息公开指南》。", "平罗县人民政府")]
    [InlineData("2021年，我县认真贯彻落实《条例》，我局修订了《平罗县人民政府信息公开指南》。", null)]
    public void Extract_PlaceAloneOpeningTheReport_IsItsGovernmentUnlessADepartmentSpeaks(string sentence, string? agency)
    {
        var text = "依据《中华人民共和国政府信息公开条例》规定，制作本报告。\n一、总体情况\n" + sentence + "\n";

        var report = Extractor.Extract(text, "opening.txt");

        Assert.Equal(agency, report.Agency);
    }

    [Fact]
    public void Extract_CityBureausBranchNamedAfterACounty_ServesThatCounty()
    {
        const string text = """
            石嘴山市青石局平罗分局
            2023年政府信息公开工作年度报告
            一、总体情况
            本局认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "branch.txt");

        Assert.Equal("石嘴山市青石局平罗分局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_PageCutAtAListPoint_HasNoSigner()
    {
        const string text = """
            一、总体情况
            本年度，我局认真做好政府信息公开工作。
            一是完善制度，规范信息发布流程。
            二是在门户网站
            """;

        var report = Extractor.Extract(text, "cut.txt");

        Assert.Null(report.Agency);
    }

    [Theory]
    [InlineData("中卫市青石局(本级机关)", "中卫市青石局")]
    [InlineData("中卫海关关区", "中卫海关")]
    [InlineData("中卫市人民政府(市人民政府办公厅)", "中卫市人民政府")]
    public void Extract_ScopeNoteAfterTheTitlesName_IsNoPartOfTheName(string printed, string agency)
    {
        var text = printed + "2022年政府信息公开工作年度报告\n一、总体情况\n本局认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "scope.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Fact]
    public void Extract_TitleNamingASystemOfBodies_GivesWayToTheCompiler()
    {
        const string text = """
            宁夏中卫市青石部门2022年政府信息公开工作年度报告
            根据《中华人民共和国政府信息公开条例》规定,中卫市青石局特编制《宁夏中卫市青石部门2022年政府信息公开工作年度报告》,现将情况报告如下:
            一、总体情况
            市局和各县局认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "system.txt");

        Assert.Equal("中卫市青石局", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Fact]
    public void Extract_ShortNameTheReportGivesItself_IsItsFullName()
    {
        const string text = """
            本报告结合国家青石总局中卫市沙坡头区青石局(以下简称“沙坡头区青石局”)政府信息公开工作有关统计数据撰写。
            一、总体情况
            2022年,沙坡头区青石局认真贯彻落实《条例》,做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "short.txt");

        Assert.Equal("国家青石总局中卫市沙坡头区青石局", report.Agency);
        Assert.Equal("640502", report.Region?.Code);
    }

    [Fact]
    public void Extract_TitlesShortNameCompletedWithItsPlace_IsTheFullNameDeclared()
    {
        // The title's 自治区X办 is completed with the region (宁夏回族自治区X办) before the declared short name is met;
        // the full name the report declares, an 办公室 for the short 办, is the body's name.
        const string text = """
            自治区青石办2022年政府信息公开工作年度报告
            本年度报告由宁夏回族自治区青石经济区规划管理办公室(以下简称自治区青石办)编制。
            一、总体情况
            2022年,我办认真贯彻落实《条例》,做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "short-completed.txt");

        Assert.Equal("宁夏回族自治区青石经济区规划管理办公室", report.Agency);
        Assert.Equal("640000", report.Region?.Code);
    }

    [Fact]
    public void Extract_VerticalBodyNamedAfterItsNationalAdministration_ServesThePlaceAfterIt()
    {
        const string text = """
            特向社会公布国家青石总局平罗县青石局2022年政府信息公开工作年度报告。
            一、总体情况
            本局认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "vertical.txt");

        Assert.Equal("国家青石总局平罗县青石局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_AutonomousPrefecturePrintedShort_IsThePrefectureAndSpeltOut()
    {
        const string text = """
            临夏州卫生健康委2023年政府信息公开工作年度报告
            一、总体情况
            本委认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "prefecture.txt");

        Assert.Equal("临夏回族自治州卫生健康委员会", report.Agency);
        Assert.Equal("622900", report.Region?.Code);
    }

    [Fact]
    public void Extract_CommitteeTitledWithoutItsPlace_IsPlacedWhereTheTextNamesItShort()
    {
        const string text = """
            2021年青石事务委员会政府信息公开工作年度报告
            一、总体情况
            我委认真做好政府信息公开工作。如有疑问,请与平罗县青石事务委办公室联系。
            """;

        var report = Extractor.Extract(text, "committee.txt");

        Assert.Equal("平罗县青石事务委员会", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("2017年，我局收到的申请中，告知通过其他途径办理3件。", true)]
    [InlineData("2017年，我局收到的申请中，“不属于本机关公开范围”并告知通过其他途径办理3件。", false)]
    public void Extract_RowWordingJoinedToAnotherConditionByBing_IsNoMetric(string sentence, bool read)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(read, metrics.ContainsKey("legacy.apply.other_channels"));
    }

    [Fact]
    public void Extract_AnswerKindsByTheirShortNamesInATemplateYearsReport_AreNoLegacyRows()
    {
        // From 2019 the answer kinds are table 三's rows; the short names in prose name no 统计表 row.
        const string sentence = "本年度共收到政府信息公开申请12件，其中依申请同意公开7件、同意部分公开2件，“信息不存在”的3件。";
        var older = ProseMetrics(sentence);
        var templateYear = Metrics(Extractor.Extract("某县2020年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose2020.txt"));

        Assert.Equal(7, older["legacy.apply.granted"]);
        Assert.Equal(2, older["legacy.apply.partial"]);
        Assert.Equal(12, templateYear["legacy.apply.received"]);
        Assert.DoesNotContain(templateYear.Keys, k => k is "legacy.apply.granted" or "legacy.apply.partial" or "legacy.apply.not_exist");
    }

    [Fact]
    public void Extract_AnswerKindsByTheirShortNames_QuotedOrWithTheirShare_AreTheirRows()
    {
        var metrics = ProseMetrics("在答复的7件申请中，“同意公开”的3件，占42.9%；同意部分公开1件；“不予公开”的1件，占总数的14.3%；"
            + "“信息不存在”的1件，占14.3%；“非本机关政府信息”的1件，占14.3%。");

        Assert.Equal(3, metrics["legacy.apply.granted"]);
        Assert.Equal(1, metrics["legacy.apply.partial"]);
        Assert.Equal(1, metrics["legacy.apply.denied"]);
        Assert.Equal(1, metrics["legacy.apply.not_exist"]);
        Assert.Equal(1, metrics["legacy.apply.not_held"]);
    }

    [Theory]
    [InlineData("2017年共制作政府信息320条，其中不予公开信息15条。", "legacy.apply.denied")]
    [InlineData("全年制发公文20件，其中主动公开15件，依申请公开3件，不予公开2件。", "legacy.apply.denied")]
    [InlineData("不同意公开2件，部分同意公开的1件。", "legacy.apply.granted")]
    public void Extract_DocumentsNotPublishedOrAnotherKindsWording_IsNoAnswerKind(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_ApplicationsByChannelInZongWithTheirShare_AreTheChannelCounts()
    {
        var metrics = ProseMetrics("本局2017年共受理信息公开申请8件，其中当面申请2宗，占25%；网上申请6宗，占75%。");

        Assert.Equal(8, metrics["legacy.apply.received"]);
        Assert.Equal(2, metrics["legacy.apply.in_person"]);
        Assert.Equal(6, metrics["legacy.apply.online"]);
    }

    [Fact]
    public void Extract_GazetteAndWebsiteWithoutTheWord政府_AreTheirChannels()
    {
        var metrics = ProseMetrics("2017年，我镇通过门户网站公开各类信息31条。政府公报公开信息0条。");

        Assert.Equal(31, metrics["legacy.channel.website"]);
        Assert.Equal(0, metrics["legacy.channel.gazette"]);
    }

    [Theory]
    [InlineData("截至目前，2017年度主动公开政府信息共计88条。", 88)]
    [InlineData("截至目前，主动公开政府信息共计88条。", null)]
    [InlineData("截至目前，2015年度主动公开政府信息共计88条。", null)]
    public void Extract_SoFarBeforeTheReportYearsOwnFigure_IsTheYearsTotal(string sentence, int? total)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(total, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("据统计，2017年度共主动公开各类信息88条，全文电子化率达100%。", 88)]
    [InlineData("一、主动公开政府信息的情况：\n2017年度主动公开信息的有7条；", 7)]
    [InlineData("据统计，2016年度共主动公开各类信息88条。", null)]
    public void Extract_YearOpeningTheCountAfterByCountOrWithKindsSummed_IsTheYearsTotal(string sentence, int? total)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(total, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("（一）主动公开情况。主动公开信息58条，其中工作动态信息40条。", 58)]
    [InlineData("（一）主动公开情况。主动公开信息81条，其中退回3条。", null)]
    [InlineData("（一）主动公开情况。我局通过网站、简报等主动公开信息58条。", null)]
    public void Extract_SentenceOpeningOnTheActiveCount_IsTheYearsTotal(string sentence, int? total)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(total, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("我镇成立了政府信息公开工作领导小组，配备了2名政府信息公开工作人员。", 2)]
    [InlineData("我镇为各村配备了2名政府信息公开工作人员。", null)]
    [InlineData("（三）政府信息管理\n依法履行监督本机关政府信息公开工作职能，加强机构建设、配备政府信息公开工作人员3人，落实经费。", 3)]
    [InlineData("（三）政府信息管理\n加强机构建设，为各社区配备政府信息公开工作人员3人。", null)]
    public void Extract_StaffingVerbBeforeTheDisclosureStaffCount_IsTheStaffTotal(string sentence, int? staff)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(staff, metrics.TryGetValue("legacy.org.staff", out var value) ? (int)value : null);
    }

    [Fact]
    public void Extract_WebsiteUsedToPublishWithATotalWord_IsTheWebsiteChannel()
    {
        var metrics = ProseMetrics("2017年，我局利用区政府网站主动公开政府信息共计9条。");

        Assert.Equal(9, metrics.TryGetValue("legacy.channel.website", out var value) ? (int)value : 0);
    }

    [Theory]
    [InlineData("全年主动公开机构概况、工作动态、通知公告、财政资金等政府信息128条。", 128)]
    [InlineData("2017年，本办全年主动公开工作动态、通知公告等各类政府信息64条。", 64)]
    [InlineData("全年主动公开财政预决算等政府信息12条。", null)]
    [InlineData("全年主动公开工作动态、通知公告等重点领域信息30条。", null)]
    public void Extract_WholeYearsKindsListedBefore等政府信息_IsTheYearsTotal(string sentence, int? total)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(total, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    [Fact]
    public void Extract_OtherWaysWithTheActiveWord_AreTheResidualChannel()
    {
        var metrics = ProseMetrics("2017年，全县主动公开政府信息900条。其中通过政府网站主动公开政府信息600条，通过报刊广播等其他方式主动公开政府信息300条。");

        Assert.Equal(300, metrics.TryGetValue("legacy.channel.other", out var value) ? (int)value : 0);
    }

    [Theory]
    [InlineData("2017年度，我镇共收到来自公民、法人或者其他组织对依申请公开政府信息的申请3件，均按时答复。", 3)]
    [InlineData("2017年，我局共受理公民、法人和其他组织提出的政府信息公开申请12件。", 12)]
    [InlineData("全年收到公民和法人或其他组织政府信息公开申请共15件，办结14件。", 15)]
    [InlineData("2017年度，我镇未收到来自公民、法人或者其他组织对依申请公开政府信息的申请。", null)]
    public void Extract_ApplicationsNamedByTheirApplicants_AreTheApplicationsReceived(string sentence, int? received)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(received, metrics.TryGetValue("legacy.apply.received", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("2017年，我局共通过县政府门户网站等平台主动公开政府信息86条，较2016年增加6条。", 86)]
    [InlineData("2017年，我局通过县政府门户网站、政务微博等平台主动公开政府信息86条。", null)]
    [InlineData("2017年，全县主动公开政府信息900条，其中通过县政府门户网站等平台主动公开政府信息86条。", 900)]
    public void Extract_OneChannelAndTheRestByDeng_IsTheYearsTotal(string sentence, int? total)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(total, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("全年在某区政务网公开政府信息47条。", 47)]
    [InlineData("2017年，我局通过某县政务网发布政府信息共计23条。", 23)]
    [InlineData("2017年，我办督促县政府各部门通过某县政务网发布政府信息共计230条。", null)]
    public void Extract_PortalNamedAsItsGovernments政务网_IsTheWebsiteChannel(string sentence, int? website)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(website, metrics.TryGetValue("legacy.channel.website", out var value) ? (int)value : null);
    }

    // 各类 before 政府信息; the own account by its kind or platform; 公开 for 发布; a sentence's reposts from other sites.
    [Theory]
    [InlineData("全年累计主动公开各类政府信息73条，切实保障公众知情权。", "legacy.active.total", 73)]
    [InlineData("2017年，我队主动公开各类政府信息41条。", "legacy.active.total", 41)]
    [InlineData("通过门户网站主动公开各类政府信息41条。", "legacy.active.total", null)]
    [InlineData("通过门户网站、报刊等多种渠道，主动公开各类政府信息共计86条。", "legacy.active.total", null)]
    [InlineData("通过微信公众号发布信息210条，通过新浪微博发布信息1320条。", "legacy.channel.weibo", 1320)]
    [InlineData("2017年，官方微博共发布各类信息88条。", "legacy.channel.weibo", 88)]
    [InlineData("通过新浪微博发布信息约1320条。", "legacy.channel.weibo", null)]
    [InlineData("推进重大决策预公开，公开政策解读信息14条。", "legacy.response.interpretations", 14)]
    [InlineData("转公开政策解读信息14条。", "legacy.response.interpretations", null)]
    [InlineData("通过青石县地震局政府网站主动公开各类信息312条，其中工作动态150条;转发中央和省级政府网站信息40条。", "legacy.channel.website", 312)]
    [InlineData("通过青石县地震局政府网站主动公开各类信息312条，在镇门户网站公开信息40条。", "legacy.channel.website", null)]
    public void Extract_BodysOwnChannelsAndTotalAsVerticalBodiesWordThem_AreTheirKeys(string sentence, string key, int? expected)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(expected, metrics.TryGetValue(key, out var value) ? (int)value : null);
    }

    [Fact]
    public void Extract_PageCutOnAWebsiteWord_HasNoSigner()
    {
        const string text = """
            本报告由中卫市青石局根据《中华人民共和国政府信息公开条例》要求编制。
            一、总体情况
            本局认真做好政府信息公开工作。
            （三）优化平台
            强化门户网站
            """;

        var report = Extractor.Extract(text, "cut-site.txt");

        Assert.Equal("中卫市青石局", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Theory]
    [InlineData("地址：海口市青石路1号。", "460000")]
    [InlineData("地址：青石路1号。", null)]
    public void Extract_NameSharedByAProvinceAndAPrefecture_ThePlaceTheTextNamesInsideOneDecides(string address, string? code)
    {
        var text = "特向社会公布海南青石海事局2020年政府信息公开工作年度报告。如有疑问请联系本局办公室（" + address + "）\n一、总体情况\n本局认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "shared-name.txt");

        Assert.Equal("海南青石海事局", report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }

    [Theory]
    [InlineData("青石系统")]
    [InlineData("青石部门")]
    public void Extract_TitleNamingASystemOfBodiesAndNoBody_IsNoAgencyButTheSystemsPlace(string system)
    {
        var text = "宁夏中卫市" + system + "2022年政府信息公开工作年度报告\n一、总体情况\n2022年，全市" + system + "认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "system-place.txt");

        Assert.Null(report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    // …要求,X编制了本报告: the compiler statement with 了, a township's report with no title line.
    [Fact]
    public void Extract_CompilerStatementWithLe_NamesTheBody()
    {
        var text = "根据《中华人民共和国政府信息公开条例》要求,青峦乡人民政府编制了本报告。本报告中所列数据的统计时限自2022年1月1日至2022年12月31日。\n"
            + "一、总体情况\n本年度，我乡认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "compiled-le.txt");

        Assert.Equal("青峦乡人民政府", report.Agency);
        Assert.Equal(AgencyKind.Township, report.AgencyKind);
    }

    // 由X乡单位办公室编制: the township's own office compiles the township's report; the office is no body of its own.
    [Fact]
    public void Extract_TownshipsUnitOfficeAsCompiler_IsTheTownship()
    {
        var text = "根据《中华人民共和国政府信息公开条例》要求,由白石乡单位办公室编制,本年度报告中所列数据统计期限自2021年1月1日至2021年12月31日止。"
            + "如有疑问,请与白石乡党政办公室联系(地址:青峦县白石乡人民政府)\n一、总体情况\n本年度，我乡认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "unit-office.txt");

        Assert.Equal("白石乡人民政府", report.Agency);
    }

    // 2022度X街道信息公开…报告: a year with 度 but no 年 opens the title; it is no part of the body's name.
    [Fact]
    public void Extract_TitleOpeningWithYearAndDuWithoutNian_KeepsTheYearOutOfTheName()
    {
        var text = "2022度青峦区白石街道信息公开工作年度报告\n本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
            + "一、总体情况\n本年度，街道认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "year-du.txt");

        Assert.Equal("青峦区白石街道办事处", report.Agency);
    }

    // 2022年,中心主动公开信息N条: a service centre naming itself by its bare kind, as 我中心 would; 2021年我局主动公开新增
    // 信息N条 after the year's end as its cut-off: the year's new items.
    [Theory]
    [InlineData("2022年,中心主动公开信息217条,解读信息发布2条。", 2022, 217)]
    [InlineData("截至2021年12月31日,2021年我局主动公开新增信息86条(其中,网站公开86条)。", 2021, 86)]
    public void Extract_YearsTotalByABareKindOrAsNewItems_IsTheTotal(string sentence, int year, int total)
    {
        var text = "青石市公共采购服务中心" + year + "年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况。\n" + sentence + "\n";

        var metrics = Metrics(Extractor.Extract(text, "bare-kind.txt"));

        Assert.Equal(total, metrics["legacy.active.total"]);
    }

    // A page naming its body only as 市政府办公室, its year opening on it: the office's own figures are the report's.
    [Fact]
    public void Extract_UnnamedOfficeOpeningItsYear_ReadsItsOwnApplications()
    {
        var text = "信息来源:\n市政府办公室\n本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n"
            + "2022年,市政府办公室按照有关要求,加强组织领导。\n(二)依申请公开情况\n2022年度,市政府办公室收到公民、法人或其他组织的政府信息公开申请41件,已全部办结。\n";

        var metrics = Metrics(Extractor.Extract(text, "unnamed-office.txt"));

        Assert.Equal(41, metrics["legacy.apply.received"]);
    }

    // The same office's figure copied into a bureau's report (我局) is still another body's.
    [Fact]
    public void Extract_OfficeOpeningTheYearInABureausReport_IsNotTheBureausFigure()
    {
        var text = "一、总体情况\n2022年,市政府办公室按照有关要求部署工作。我局认真做好政府信息公开工作。\n"
            + "2022年度,市政府办公室收到公民、法人或其他组织的政府信息公开申请41件。\n";

        var metrics = Metrics(Extractor.Extract(text, "bureau-copy.txt"));

        Assert.False(metrics.ContainsKey("legacy.apply.received"));
    }

    // 2019年,X市人民政府信息公开工作以…为指导: the government's own disclosure work names the government.
    [Fact]
    public void Extract_YearOpeningOnAGovernmentsDisclosureWork_NamesTheGovernment()
    {
        var text = "本报告根据《中华人民共和国政府信息公开条例》规定编制。报告中所列数据统计期为2019年1月1日至2019年12月31日。\n一、总体情况\n"
            + "2019年,中卫市人民政府信息公开工作以习近平新时代中国特色社会主义思想为指导,紧紧围绕市委、市政府中心工作。\n";

        var report = Extractor.Extract(text, "government-work.txt");

        Assert.Equal("中卫市人民政府", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    // 现通过X局门户网站予以公布 in a report speaking as 我局: the department's own site names it; without 我局 it does not.
    [Theory]
    [InlineData("我局", "中卫市林草和湿地局")]
    [InlineData("我们", null)]
    public void Extract_ReportPublishedOnADepartmentsOwnSite_NamesTheDepartment(string self, string? agency)
    {
        var text = "本年度报告根据《中华人民共和国政府信息公开条例》编制。期限自2022年1月1日至2022年12月31日。现通过中卫市林草和湿地局门户网站(http://example.org/)予以公布。\n"
            + "一、总体情况\n2022年," + self + "认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "own-site.txt");

        Assert.Equal(agency, report.Agency);
    }

    // 请与X区Y街道党政办联系: a street named alone before its 党政办 answers for its own report.
    [Fact]
    public void Extract_ContactLineOfAStreetsPartyAndGovernmentOffice_NamesTheStreet()
    {
        var text = "本年报按照2022年东丽区白石街道政务信息公开工作实际编制而成。本年报中所列数据的统计日期自2022年1月1日起至2022年12月31日止。"
            + "如对本年度报告有疑问,请与东丽区白石街道党政办联系(地址:白石路8号)。\n一、总体情况\n本年度，街道认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "street-contact.txt");

        Assert.Equal("东丽区白石街道办事处", report.Agency);
        Assert.Equal("120110", report.Region?.Code);
    }

    // 请与X街道办事处政府信息公开领导小组办公室联系: the street office's own disclosure group answers for it.
    [Fact]
    public void Extract_ContactLineOfABodysDisclosureLeadingGroup_NamesTheBody()
    {
        var text = "特向社会公布2022年度本级政府信息公开工作年度报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。"
            + "如对本报告有任何疑问,请与白石街道办事处政府信息公开领导小组办公室联系(电话:12345678)。\n一、总体情况\n本年度，街道认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "group-contact.txt");

        Assert.Equal("白石街道办事处", report.Agency);
    }

    // 更新了公开指南,发布2019年政府信息公开年度报告: last year's report among the year's work, not this report's title; the
    // report that published it is the next year's.
    [Fact]
    public void Extract_LastYearsReportNamedAmongTheWork_IsNoStatedTitleAndGivesTheYearAfter()
    {
        var text = "一、总体情况\n白石街道认真做好政府信息公开工作。\n一是更新了公开指南,发布2019年政府信息公开年度报告。\n二是规范依申请公开办理。\n";

        var report = Extractor.Extract(text, "last-years-report.txt");

        Assert.Equal(2020, report.Year);
    }

    // 收到N件申请 with nothing after 申请: a disclosure application only in a passage about them (依申请公开 at most two
    // sentences before), never after a review's or a licence's words.
    [Theory]
    [InlineData("二是规范依申请公开办理。认真研判每件诉求，严格依法答复。全年共收到12件申请，已办结11件。", true)]
    [InlineData("二是做好行政复议应诉。全年共收到12件申请，已办结11件。", false)]
    [InlineData("二是规范依申请公开办理。行政复议方面，全年共收到12件申请。", false)]
    public void Extract_ApplicationsCountedBeforeABareWord_AreReceivedOnlyInTheDisclosurePassage(string sentence, bool read)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(read, metrics.TryGetValue("legacy.apply.received", out var received) && received == 12);
    }

    // The site with the short name the report gives it, and the year's items listed by kind before 等(相关)信息.
    [Theory]
    [InlineData("2017年，本机关共计主动公开政府信息7条。其中，通过“某某发布”门户网站(以下简称“区门户网站”)公开7条。", 7)]
    [InlineData("2017年，在局门户网站主动公开规划计划、行政执法、财政预决算报告等相关信息52条。", 52)]
    public void Extract_WebsiteCount_WithTheSitesShortNameOrTheItemsKindsListed(string sentence, int count)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(count, metrics["legacy.channel.website"]);
    }

    // 由区政府办公室综合区政府各委、局、办和各街道办事处的…报告编制而成: the district's report, the 人民政府's; a municipality's
    // district government is named with the municipality where the text prints it so.
    [Fact]
    public void Extract_OfficeSummingUpTheDistrictsCommissionsAndStreets_NamesTheGovernment()
    {
        var text = "本年度报告根据《中华人民共和国政府信息公开条例》的要求,由区政府办公室综合区政府各委、局、办和各街道办事处的政府信息公开工作年度报告编制而成。"
            + "本年度报告中所列数据的统计期限从2023年1月1日起至2023年12月31日止。本年度报告电子版可从“天津市南开区人民政府”网站下载。\n"
            + "一、总体情况\n2023年,南开区认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "district-summed.txt");

        Assert.Equal("天津市南开区人民政府", report.Agency);
        Assert.Equal("120104", report.Region?.Code);
    }

    // A district commission named in prose by its short name takes the full name the text prints after its municipality.
    [Theory]
    [InlineData("《上海市徐汇区经济和信息化委员会信息公开指南》", "上海市徐汇区经济和信息化委员会")]
    [InlineData("《徐汇区经济和信息化委员会信息公开指南》", "徐汇区经济和信息化委员会")]
    public void Extract_DistrictBodyNamedInProse_TakesItsMunicipalityWherePrinted(string guide, string agency)
    {
        var text = "根据《政府信息公开条例》编制本报告。本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n"
            + "2023年,区经济信息委认真做好政府信息公开工作,徐汇区各项工作有序推进。\n(一)主动公开。区经信委将" + guide + "向社会公开,徐汇区企业可查阅。\n";

        var report = Extractor.Extract(text, "district-commission.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("310104", report.Region?.Code);
    }

    // An office's report giving the summed figures of the area's bodies (全区各行政机关共收到…) is the government's; urging
    // them is an office's own work.
    [Theory]
    [InlineData("2023年,全区各行政机关共收到政府信息公开申请65件。", "上海市长宁区人民政府")]
    [InlineData("2023年,督促全区各行政机关做好政府信息公开申请办理。", "上海市长宁区人民政府办公室")]
    public void Extract_OfficeCompiledReportOfTheAreasBodiesFigures_NamesTheGovernment(string sentence, string agency)
    {
        var text = "本年度报告根据《中华人民共和国政府信息公开条例》要求,由上海市长宁区人民政府办公室编制。报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            + "一、总体情况\n(一)依申请公开\n" + sentence + "\n";

        var report = Extractor.Extract(text, "office-compiled.txt");

        Assert.Equal(agency, report.Agency);
    }

    // Pre-2019 pages count reviews and suits as cases (案, 起, 宗) or as the applications for them (tenth round, r48).
    [Theory]
    [InlineData("四、申请行政复议情况\n我乡收到有关政府信息公开行政复议申请0件。", "legacy.review.total", 0)]
    [InlineData("四、复议情况\n2017年我局有关政府信息公开的行政复议案共2起。", "legacy.review.total", 2)]
    [InlineData("五、诉讼情况\n全年共发生因政府信息公开提起行政诉讼3宗。", "legacy.litigation.total", 3)]
    public void Extract_ReviewsAndSuitsCountedAsCases_AreTheirTotals(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Fact]
    public void Extract_ReviewsAndSuitsSharingOneCount_AreNeithersTotal()
    {
        var metrics = ProseMetrics("2、依申请公开情况\n2017年共受理依申请公开6件,其中发生行政复议、行政诉讼案件0件。");

        Assert.DoesNotContain(metrics.Keys, k => k is "legacy.review.total" or "legacy.litigation.total");
    }

    // After a counted item the next is counted on its own (引发行政复议0件、行政诉讼2件).
    [Fact]
    public void Extract_ReviewsAndSuitsEachCountedInOneList_AreEachTotal()
    {
        var metrics = ProseMetrics("2、依申请公开情况\n2017年共受理依申请公开6件,因依申请公开引发行政复议1件、行政诉讼2件。");

        Assert.Equal(1, metrics["legacy.review.total"]);
        Assert.Equal(2, metrics["legacy.litigation.total"]);
    }

    // 我镇2017年度共主动公开信息57条: the body before the year it names; another year's figure is not this report's.
    [Theory]
    [InlineData("二、主动公开情况\n我镇2017年度共主动公开信息57条。", 57)]
    [InlineData("二、主动公开情况\n我镇2016年度共主动公开信息57条。", null)]
    public void Extract_BodyBeforeTheYearOfItsActiveTotal_IsThatYearsTotal(string sentence, int? total)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(total, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    // The website's count before its items, a portal called 政府在线, the 统计表's rows in short form; a channel named
    // after another in a list shares their sum and is no channel's count.
    [Theory]
    [InlineData("我镇在政府网站上共公开41条信息。", "legacy.channel.website", 41)]
    [InlineData("本办在某区政府在线网站共发布信息88条。", "legacy.channel.website", 88)]
    [InlineData("2017年度我乡政府网站公开信息数23条,政务微信公开数9条。", "legacy.channel.website", 23)]
    [InlineData("2017年度我乡政府网站公开信息数23条,政务微信公开数9条。", "legacy.channel.wechat", 9)]
    [InlineData("(一)申请情况:2017年度收到申请公开政府信息数0条。", "legacy.apply.received", 0)]
    public void Extract_ChannelAndApplicationRowsInShortForms_AreRead(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    // Applications named by what they are (依申请公开事项) or by their case word after 信息 (依申请信息公开件) are received.
    [Theory]
    [InlineData("全年受理依申请公开事项3件,均按期答复。", 3)]
    [InlineData("2017年,我镇收到依申请信息公开件5件,未收取任何费用。", 5)]
    public void Extract_ApplicationsNamedAsMattersOrCases_AreReceived(string sentence, int received)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(received, metrics["legacy.apply.received"]);
    }

    // The report's year opening the clause, the body its subject, sums that year with 累计 (its months may be named);
    // words reaching back further, or another year, keep 累计 cumulative.
    [Theory]
    [InlineData("2017年,我街道累计收到依申请公开7件。", "legacy.apply.received", 7)]
    [InlineData("2017年1—12月,我委在某市林业委员会网站累计发布信息88条。", "legacy.channel.website", 88)]
    [InlineData("2017年,我镇历年累计收到依申请公开7件。", "legacy.apply.received", null)]
    [InlineData("2016年,我街道累计收到依申请公开7件。", "legacy.apply.received", null)]
    // The months and the body without 累计 after them: no sum, and no runaway match (a real bureau's page made the
    // first form of this rule overflow the regex engine's stack and end the whole extraction).
    [InlineData("2017年1-12月,我局通过某某区政府门户网站主动公开政府信息171条,其中通知公告类信息20条。", "legacy.channel.website", 171)]
    public void Extract_YearOpeningTheClauseBeforeSummed_IsThatYearsFigure(string sentence, string key, int? value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics.TryGetValue(key, out var read) ? (int)read : null);
    }

    // A department's own site named by the department (市林业局网站, 某县水利委员会网站) as the clause's subject.
    [Theory]
    [InlineData("2017年,市林业局网站全年共发布信息215条。", 215)]
    [InlineData("2017年,某县水利委员会网站发布信息64条。", 64)]
    public void Extract_DepartmentsOwnSiteAsSubject_IsTheWebsiteCount(string sentence, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_ChannelNamedAfterAnotherInAList_IsNoChannelsCount()
    {
        var metrics = ProseMetrics("每月定期发布疫情信息,通过某县信息公开网、某县农业局微信公众号公开信息17条。");

        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("legacy.channel.", StringComparison.Ordinal));
    }

    // 2021年信息公开年报 above the title: a column name with its year names no body, and the title is the line below it.
    [Fact]
    public void Extract_ColumnNameWithItsYearAboveTheTitle_IsNoPartOfTheTitle()
    {
        var text = "2021年信息公开年报\n青松工业园区2021年政府信息公开工作年度报告\n一、总体情况\n2021年,园区认真做好政府信息公开工作,通过公示栏发布信息12条。\n";

        var report = Extractor.Extract(text, "column-year.txt");

        Assert.Equal("青松工业园区2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal("青松工业园区", report.Agency);
    }

    // A page run onto one line, its title printed twice: the 公开 that ends the first title hands no report over.
    [Fact]
    public void Extract_TitlePrintedTwiceOnOneLine_NamesTheBodyNotTheFirstTitlesTail()
    {
        var text = "青松经济开发区2020年政府信息公开工作年度报告青松经济开发区2020年政府信息公开工作年度报告2020年,青松经济开发区在党工委的领导下,"
            + "现公布青松经济开发区(以下简称开发区)2020年政府信息公开工作年度报告。一、总体情况2020年,开发区认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "twice.txt");

        Assert.Equal("青松经济开发区", report.Agency);
    }

    // 请与X市Y湖区科技局办公室联系 under a title without the place: Y湖区 has no code of its own, so the body is the printed
    // name and its region the city.
    [Fact]
    public void Extract_DepartmentAfterItsCityAndAnUncodedDistrict_IsThePrintedNameInTheCity()
    {
        var text = "科技和工业信息化局2020年度政府信息公开工作年度报告\n本报告所列数据时间为2020年1月1日至2020年12月31日。"
            + "如对本报告有疑问,请与中卫市青松湖区科技和工业信息化局办公室联系(电话:1234567)。\n一、总体情况\n2020年,我局认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "uncoded-district.txt");

        Assert.Equal("中卫市青松湖区科技和工业信息化局", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    // 我区 speaking for its government, which the text prints in full with its city: the printed name.
    [Fact]
    public void Extract_DistrictSpeakingAsItself_TakesTheGovernmentsNameAsPrintedWithItsCity()
    {
        var text = "政府信息公开年报\n本报告中所列数据的统计期限为2021年1月1日到2021年12月31日止。本报告的电子版可在中卫市沙坡头区人民政府门户网站下载。"
            + "如有疑问,请与中卫市沙坡头区人民政府办公室联系(电话:1234567)。\n一、总体情况\n2021年,我区认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "district-self.txt");

        Assert.Equal("中卫市沙坡头区人民政府", report.Agency);
        Assert.Equal("640502", report.Region?.Code);
    }

    // 可与X党政办公室联系: the contact line worded with 可 names the body as 请与 does.
    [Fact]
    public void Extract_ContactWordedWith可与_NamesTheTownshipItsOfficeServes()
    {
        var text = "本年度报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限自2023年1月1日起至2023年12月31日止。"
            + "如对本报告有疑问，可与青石镇人民政府党政办公室联系（地址：青石镇中心街8号）。\n一、概述\n2023年，我镇认真做好政务公开工作。\n";

        var report = Extractor.Extract(text, "contact-ke.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
        Assert.Equal(AgencyKind.Township, report.AgencyKind);
    }

    // 请与本单位…受理机构联系，地址：X乡人民政府党政综合办公室: the address is the township government's own office; its
    // province and county are where it is, not part of the name. A building's office there names nobody.
    [Theory]
    [InlineData("宁夏回族自治区平罗县青石乡人民政府党政综合办公室", "青石乡人民政府")]
    [InlineData("平罗县行政中心统计局办公室", null)]
    public void Extract_ContactByPronounThenAnAddress_OnlyATownshipsOwnOfficeNamesTheBody(string address, string? agency)
    {
        var text = "一、总体情况 本年度报告中所列数据统计期限从2023年1月1日到12月31日止。如对本年度报告有疑问，请与本单位政府信息公开受理机构联系，地址："
            + address + "，电话：0952-0000000。\n(一)主动公开情况 本年度认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "contact-address.txt");

        Assert.Equal(agency, report.Agency);
    }

    // 由X县人民政府Y街道党政办公室综合科编制: a street named under its county's government is a body; the office is its.
    [Fact]
    public void Extract_StreetUnderItsGovernmentsOfficeAsCompiler_IsTheStreetNotTheOffice()
    {
        var text = "本年度报告根据《中华人民共和国政府信息公开条例》的要求，由石嘴山市平罗县人民政府青城街道党政办公室综合科编制。"
            + "本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n2023年，青城街道认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "street-compiler.txt");

        Assert.Equal("石嘴山市平罗县人民政府青城街道办事处", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // 青城街道…报告 whose text prints 平罗县人民政府青城街道办事处: the street office's official form, under its government.
    [Fact]
    public void Extract_StreetNamedAlonePrintedUnderItsGovernment_TakesThatFormAndPlace()
    {
        var text = "青城街道2023年政府信息公开工作年度报告\n本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            + "一、总体情况\n2023年，平罗县人民政府青城街道办事处认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "street-under-government.txt");

        Assert.Equal("平罗县人民政府青城街道办事处", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // A site's header line over the street's title is two lines, not the street's name under its government.
    [Fact]
    public void Extract_SiteHeaderOverAStreetsTitle_IsNotItsNameUnderItsGovernment()
    {
        var text = "平罗县人民政府\n\n青城街道办事处2021年政府信息公开工作年度报告\n"
            + "本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n2021年，我街道认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "street-under-site-header.txt");

        Assert.Equal("青城街道办事处", report.Agency);
    }

    // 过去一年，X区人民政府坚持…: the opening names the body though not its year; 2023年，X区贯彻执行…: the place speaks for
    // its government, as with 认真 or 坚持.
    [Theory]
    [InlineData("过去一年，金凤区人民政府坚持以人民为中心，深化政务公开。", "金凤区人民政府")]
    [InlineData("2023年，金凤区贯彻执行《中华人民共和国政府信息公开条例》，推进决策公开。", "金凤区人民政府")]
    public void Extract_OpeningThatNamesTheBodyWithoutItsYearOrWithItsVerb_IsTheBody(string opening, string agency)
    {
        var text = "本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n" + opening + "\n";

        var report = Extractor.Extract(text, "opening.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640106", report.Region?.Code);
        Assert.Equal(2023, report.Year);
    }

    // 我局通过X县政府门户网站主动公开…: a bureau that names neither itself nor its place still names its place's site.
    [Theory]
    [InlineData("2023年，我局通过平罗县政府门户网站主动公开政府信息35条。", "640221")]
    [InlineData("2023年，我局在平罗县人民政府网站主动公开信息35条。", "640221")]
    [InlineData("2023年，我局在平罗县人民政府门户网站和其他平台公开信息35条。", null)]
    public void Extract_PlacelessBureauPublishingOnItsPlacesSite_TakesThatPlace(string sentence, string? region)
    {
        var text = "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2023年1月1日起至2023年12月31日止。如需咨询，请与局综合科联系。\n一、总体情况\n"
            + sentence + "\n";

        var report = Extractor.Extract(text, "bureau-site.txt");

        Assert.Null(report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // 在政府门户网站上主动公开信息数量为N件: the items' 数量 counted in 件 is the website's count; documents in 件 are not (r59).
    [Theory]
    [InlineData("全年我镇在政府门户网站上主动公开信息数量为38件，涵盖政策文件、计划总结等信息。", 38)]
    [InlineData("2009年度，通过某某县政府门户网站公开信息的数量为52件。", 52)]
    [InlineData("2009年度，在政府门户网站上主动公开文件12件。", null)]
    public void Extract_WebsiteItemsCountedByTheirNumber_AreTheWebsitesCount(string sentence, int? expected)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(expected, metrics.TryGetValue("legacy.channel.website", out var value) ? (int)value : null);
    }

    // 依申请公开收费为0: no fee is zero in any unit; another sum without its unit is not certain (r59).
    [Theory]
    [InlineData("本街道2017年共收到申请3件，均按时办结。依申请公开收费为0。", 0)]
    [InlineData("2017年，依申请公开收取的费用为0元。", 0)]
    [InlineData("本街道2017年共收到申请3件，均按时办结。依申请公开收费为20。", null)]
    public void Extract_ZeroFeeStatedWithoutItsUnit_IsTheFee(string sentence, int? expected)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(expected, metrics.TryGetValue("legacy.fees", out var value) ? (int)value : null);
    }

    // A city centre's branch named after one of the city's counties (X市…中心Y分中心) serves that county, as a city
    // bureau's Y分局 does; a branch named after no county of the city stays with the city.
    [Theory]
    [InlineData("石嘴山市住房公积金管理中心平罗分中心", "640221")]
    [InlineData("石嘴山市住房公积金管理中心青峦分中心", "640200")]
    public void Extract_CityCentresBranchNamedAfterACounty_TakesThatCounty(string body, string region)
    {
        var text = body + "2023年政府信息公开工作年度报告\n本报告所列数据统计期限为2023年1月1日至2023年12月31日。\n"
            + "一、总体情况\n2023年，中心认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "centre-branch.txt");

        Assert.Equal(body, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // A body's title that ends 年报 (2023年X局政府信息公开年报) is its title as one ending 报告 is; a short designation in
    // it (人力社保局) is spelt out. A column name without a body (2023年信息公开年报) above it is still no title, nor is a
    // site's header over a column name without a year (平罗县人民政府 / 政府信息公开年报).
    [Theory]
    [InlineData("2023年平罗县人力社保局政府信息公开年报", "平罗县人力资源和社会保障局")]
    [InlineData("2023年信息公开年报\n2023年平罗县青峦局政府信息公开年报", "平罗县青峦局")]
    [InlineData("平罗县人民政府\n\n政府信息公开年报\n平罗县青峦局2023年政府信息公开工作年度报告", "平罗县青峦局")]
    public void Extract_BodysTitleEndingWithNianbao_IsItsTitle(string head, string agency)
    {
        var text = head + "\n本年度报告中所列数据的统计期限从2023年1月1日到12月31日止。\n一、总体情况\n2023年，我局认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "nianbao-title.txt");

        Assert.Equal(head.Split('\n')[^1], report.Title);
        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // A zone named after its city that publishes through one of the city's counties (本报告的电子版可在“X县政府信息公开”
    // 下载) belongs to that county; a county of another city names no place of the zone's.
    [Theory]
    [InlineData("平罗县", "640221")]
    [InlineData("永宁县", "640200")]
    public void Extract_CitysZonePublishingThroughACountysSite_TakesThatCounty(string county, string region)
    {
        var text = $"本年报是根据《中华人民共和国政府信息公开条例》要求，由石嘴山青峦新区管委会编制的2017年度政府信息公开年度报告。"
            + $"本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。本报告的电子版可在“{county}政府信息公开”(http://xxgk.example.cn)下载。\n"
            + "一、政府信息公开工作的基本概况\n2017年，我管委会认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "zone-county-site.txt");

        Assert.Equal("石嘴山青峦新区管理委员会", report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // The replies counted in the clause right after the applications (受理政府信息公开申请6件，答复6件) are the 统计表's
    // 申请答复数; a reply to something other than those applications (咨询) is not.
    [Theory]
    [InlineData("受理政府信息公开申请6件，答复6件，收到行政复议申请1件。", 6)]
    [InlineData("收到政府信息公开申请4件，已答复4件。", 4)]
    [InlineData("受理行政许可申请6件，答复6件。", null)]
    [InlineData("受理政府信息公开申请6件，另答复群众咨询9件。", null)]
    public void Extract_RepliesCountedRightAfterTheApplications_AreTheReplies(string clause, int? expected)
    {
        var metrics = ProseMetrics("2009年1月1日至12月31日，我办共主动公开政府信息19条，" + clause);

        Assert.Equal(expected, metrics.TryGetValue("legacy.apply.replies", out var replies) ? (int)replies : null);
    }

    // A township going on with its work in the opening (2018年，X乡继续把政府信息公开作为…) names itself as one doing it
    // (认真、坚持…) does: its government.
    [Fact]
    public void Extract_TownshipGoingOnWithItsWorkInTheOpening_IsTheBody()
    {
        const string text = "本报告由概述、主动公开政府信息情况组成。\n2018年，青石乡继续把政府信息公开作为推进依法行政的重大举措，全面贯彻落实《条例》。\n我乡按要求确定了专门的信息员。\n";

        var report = Extractor.Extract(text, "township-goes-on.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
        Assert.Equal(2018, report.Year);
    }

    // A title line naming no body over a copy whose first sentence names the report by its short name (X管委会2010年年报
    // 根据《条例》…编制): that body, as a stated title's.
    [Fact]
    public void Extract_BodysYearsNianbaoUnderATitleNamingNoBody_IsTheBody()
    {
        const string text = "2010年政府信息公开工作年度报告\n\n平罗高新区管委会2010年年报根据《条例》规定进行编制。\n一、概述\n2010年，我委认真贯彻《条例》。\n";

        var report = Extractor.Extract(text, "nianbao-opening.txt");

        Assert.Equal("平罗高新区管理委员会", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // No body named for certain (林业局 without its place, a spam 发布机构) on a page whose index number is a county's
    // body's code: the county the body is registered in.
    [Fact]
    public void Extract_NoBodyNamedButACountysIndexNumber_TakesThatCounty()
    {
        const string text = "标题: | 林业局2008年政府信息公开年度报告 | ||\n索引号: | 12640221MB12345676/2009-0001 | 文号: | 无文号 |\n"
            + "发文日期: | 2009-02-27 15:19:45 | 发布机构: | 某某网站 |\n现将我单位2008年度政府信息公开工作情况报告如下:\n2008年，我局主动公开政府信息共计5条。\n";

        var report = Extractor.Extract(text, "index-no-body.txt");

        Assert.Null(report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // A report naming no body for certain, published on its place's 政务网 named by the place's short name (本报告的电子版
    // 可在“X政务网”下载): that place, as on its 人民政府网站.
    [Fact]
    public void Extract_NoBodyNamedButPublishedOnThePlacesZhengwuwang_TakesThatPlace()
    {
        const string text = "根据《中华人民共和国政府信息公开条例》，特向社会公布2012年度本级政府(机关)信息公开工作年度报告。"
            + "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。本报告的电子版可在“平罗政务网”(www.example.cn)下载。\n"
            + "一、概述\n一是完善领导体系。\n";

        var report = Extractor.Extract(text, "zhengwuwang-site.txt");

        Assert.Equal("640221", report.Region?.Code);
    }

    // The body's channels listed one clause each with the channel as the clause's subject: the portal without 信息 (其中，
    // 门户网站公开N条), the bare 微博 / 微信 opening the clause, an official account's items named before the verb. 微博、微信
    // together before one figure is their sum, no channel's.
    [Theory]
    [InlineData("2021年，通过青峦区官方网站公开信息3605条，微博公开信息650条，微信公开信息1246条。", "legacy.channel.weibo", 650)]
    [InlineData("2021年，通过青峦区官方网站公开信息3605条，微博公开信息650条，微信公开信息1246条。", "legacy.channel.wechat", 1246)]
    [InlineData("我镇公开政务信息的渠道主要包括政府门户网站和微信公众号等，其中，门户网站公开125条，微信公众号公开92条。", "legacy.channel.website", 125)]
    [InlineData("官方微博信息发布129条；官方微信公众号发布信息1208条。", "legacy.channel.weibo", 129)]
    [InlineData("官方微信信息发布77条。", "legacy.channel.wechat", 77)]
    [InlineData("2022年全年主动公开各类政府信息共计386条次。其中门户网站公开81条、微信发布146条、微博发布157条。", "legacy.channel.wechat", 146)]
    [InlineData("2022年全年主动公开各类政府信息共计386条次。其中门户网站公开81条、微信发布146条、微博发布157条。", "legacy.channel.weibo", 157)]
    [InlineData("2021年，通过微博、微信公开信息88条。", "legacy.channel.weibo", null)]
    [InlineData("2021年，通过微博、微信公开信息88条。", "legacy.channel.wechat", null)]
    public void Extract_ChannelsListedAsTheirClausesSubjects_AreTheirCounts(string sentence, string key, int? expected)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(expected, metrics.TryGetValue(key, out var value) ? (int)value : null);
    }

    // A county's short name opening a zone's name (X新区管委会) is the zone's own name: it places the body only where the
    // text names the county's city or province too (a zone of one province may be named like a county of another).
    [Theory]
    [InlineData("2025年，我办认真做好政府信息公开工作。", null)]
    [InlineData("2025年，我办按照宁夏回族自治区的部署认真做好政府信息公开工作。", "640221")]
    public void Extract_ZoneNamedLikeACounty_IsPlacedOnlyWithTheCountysCityOrProvince(string body, string? region)
    {
        var text = "2025年平罗新区管委会办公室政府信息公开工作年度报告\n本报告中所列数据统计期限自2025年1月1日起至2025年12月31日止。\n"
            + "一、总体情况\n" + body + "\n";

        var report = Extractor.Extract(text, "zone-named-like-county.txt");

        Assert.Equal("平罗新区管委会办公室", report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // A zone's title in short form (X高新区) and the page's 信息来源 naming its committee in full: the full name, which
    // holds the short one's characters in order; a committee of another kind (X高新区招商管理委员会) is not the zone's.
    [Theory]
    [InlineData("信息来源:石嘴山高新技术产业开发区管理委员会 发布时间:2022-01-20", "石嘴山高新技术产业开发区管理委员会")]
    [InlineData("信息来源:石嘴山高新区招商管理委员会 发布时间:2022-01-20", "石嘴山高新区")]
    public void Extract_ZoneTitledShort_TakesTheCommitteesFullNameThePagePrints(string header, string agency)
    {
        var text = "石嘴山高新区2021年度政府信息公开工作报告\n" + header + "\n\n2021年，高新区深入贯彻落实《中华人民共和国政府信息公开条例》，"
            + "印发了《关于加强高新区管委会文件公开工作的通知》。\n一、总体情况\n";

        var report = Extractor.Extract(text, "zone-titled-short.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // No title: the first sentence of the work names a zone's committee (2023年，X工业园区管委会严格按照…) and the report speaks
    // as a committee (我委): that committee, its designation spelt out, though no place starts its name.
    [Theory]
    [InlineData("2023年，我委通过门户网站主动公开信息20条。", "青石工业园区管理委员会")]
    [InlineData("2023年，通过门户网站主动公开信息20条。", null)]
    public void Extract_ZoneCommitteeOpeningTheWork_WhereTheReportSpeaksAsACommittee_IsTheBody(string sentence, string? agency)
    {
        var text = "本报告根据《中华人民共和国政府信息公开条例》编制。年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            + "一、总体情况\n2023年，青石工业园区管委会严格按照《条例》，坚持以公开为常态、不公开为例外的原则。\n(一)主动公开。\n" + sentence + "\n";

        var report = Extractor.Extract(text, "zone-committee-opening.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Null(report.Region);
    }

    // A report speaking as a township (我乡) with no title names its government in full once, where a clause begins
    // (截至…，X乡人民政府通过…): that government; not where the text prints another township's government too.
    [Theory]
    [InlineData("", "青石乡人民政府")]
    [InlineData("我乡配合白云乡人民政府开展联合公开。", null)]
    public void Extract_TownshipSpeakingAsItself_NamesItsGovernmentOnce_IsTheBody(string more, string? agency)
    {
        var text = "根据《中华人民共和国政府信息公开条例》的规定，编制2019年度我乡信息公开工作年度报告。统计时间段：2019年1月1日起至2019年12月31日止。\n"
            + "一、总体情况\n2019年我乡高度重视政府信息公开工作。" + more + "\n二、主动公开政府信息情况\n"
            + "截至2019年12月31日，青石乡人民政府通过信息平台公开信息，通过乡政府政务公开栏公开信息12期。\n";

        var report = Extractor.Extract(text, "township-speaking.txt");

        Assert.Equal(agency, report.Agency);
    }

    // Two accounts and their counts paired by 分别 (the first count the first account's); a third count makes the pairing
    // unsure. An official account's platform (微信公众平台) counted right after it, as an official weibo's is. Applications
    // received as a total (收到申请总数为N件).
    [Theory]
    [InlineData("2017年，通过“青石发布”政务微博、“青石发布”微信公众号分别公开发布各类信息120条、340条。", "legacy.channel.weibo=120;legacy.channel.wechat=340")]
    [InlineData("2017年，通过“青石发布”微信公众号、“青石发布”政务微博分别发布信息340条、120条。", "legacy.channel.wechat=340;legacy.channel.weibo=120")]
    [InlineData("2017年，通过政务微博、微信公众号分别发布信息120条、340条、56条。", "")]
    [InlineData("2017年，“青石气象”官方微信公众平台发布416条，“青石气象”官方微博发布1056条。", "legacy.channel.wechat=416;legacy.channel.weibo=1056")]
    [InlineData("2017年我局收到申请总数为3件。", "legacy.apply.received=3")]
    public void Extract_AccountsPairedAndApplicationsTotalled_AsRealReportsWordThem(string sentence, string expected)
    {
        var want = expected.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

        Assert.Equal(want, ProseMetrics(sentence));
    }
}
