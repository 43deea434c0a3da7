using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Metadata of 2008–2018 report pages on fictional fixtures (nineteenth session): page furniture that is no part of the
/// title, compilers named without their place, quoted account names that are no place, bylines and contact lines.
/// </summary>
public sealed class OlderReportMetadataTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Body = """
        一、概述
        本年度，认真贯彻落实《中华人民共和国政府信息公开条例》，做好政府信息公开工作。
        二、存在的主要问题及改进措施
        公开内容还不够丰富，下一步将继续改进。
        """;

    [Theory]
    [InlineData("确定")]
    [InlineData("提交")]
    [InlineData("重置")]
    public void Extract_SearchBoxButtonAboveTheTitle_IsNoPartOfIt(string button)
    {
        var text = $"请输入关键字\n{button}\n您当前所在位置:首页 > 信息公开年报\n平罗县2017年政府信息公开年度报告\n" + Body;

        var report = Extractor.Extract(text, "button.txt");

        Assert.Equal("平罗县2017年政府信息公开年度报告", report.Title);
        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("  • 索 引 号:QS02100-0101-2019-00001\n  • 备注/文号:平青府〔2019〕1号\n  • 发布机构:青石镇人民政府\n\n")]
    [InlineData("  平青府〔2019〕1号\n\n")]
    [InlineData("  • 备注/文号:平青府〔2019〕1号\n\n  平青府[2019]1号\n\n")]
    public void Extract_DocumentNumberOrBulletedFieldAboveTheTitle_IsNoPartOfIt(string furniture)
    {
        var text = furniture + "  平罗县青石镇人民政府2018年政府信息公开工作年度报告\n\n" + Body;

        var report = Extractor.Extract(text, "docno.txt");

        Assert.Equal("平罗县青石镇人民政府2018年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("上载日期")]
    [InlineData("上传日期")]
    [InlineData("录入日期")]
    public void Extract_UploadDateUnderTheHeading_IsThePostingDate(string label)
    {
        var text = "中国政府网 某省政府网 English Русская версия 县人大 县政协\n首     页 政 务 公 开 网 上 办 事 互 动 交 流\n"
            + $"平罗县2016年政府信息公开工作年度报告\n{label}: 2017-03-23 来源: 县人民政府办公室\n\n"
            + "  本年度报告由县政府办公室综合各乡镇和县政府各部门的政府信息公开工作情况编制而成。\n" + Body;

        var report = Extractor.Extract(text, "upload.txt");

        Assert.Equal("平罗县2016年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal("2017-03-23", report.Published);
    }

    [Theory]
    [InlineData("由市政府办公厅编制。本年度报告的电子文本可在“石嘴山市政府公众信息网”上下载。", "2015年，我市各级按照工作部署做好政府信息公开工作。", "石嘴山市人民政府", "640200")]
    [InlineData("由市政府办公厅综合各县(区)人民政府和市政府各部门的年度报告编制而成。如有疑问，请与石嘴山市人民政府办公厅联系。", "2015年，全市政府信息公开工作稳步推进。", "石嘴山市人民政府", "640200")]
    [InlineData("由市政府办公厅编制。如有疑问，请与石嘴山市人民政府办公厅联系。", "2015年，政府信息公开工作稳步推进。", "石嘴山市人民政府办公厅", "640200")]
    [InlineData("由市政府办公厅编制。", "2015年，我市各级按照工作部署做好政府信息公开工作。", null, null)]
    public void Extract_CompilerNamedWithoutItsPlace_PlacedOnlyWhereTheReportPrintsItsGovernment(string compiler, string opening, string? agency, string? code)
    {
        var text = $"本年度报告根据《中华人民共和国政府信息公开条例》要求，{compiler}\n一、概述\n{opening}\n" + Body;

        var report = Extractor.Extract(text, "placeless.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }

    [Fact]
    public void Extract_QuotedAccountNameEndingInAPlacesShortName_IsNoPlace()
    {
        var text = "青石乡人民政府2015年政府信息公开工作年度报告\n一、概述\n2015年，我乡开通并完善“文旅平罗”微信公众号，及时发布政府信息。\n" + Body;

        var report = Extractor.Extract(text, "account.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_PageCutOffMidSentence_LastWordsAreNoSigner()
    {
        var text = "2018年，在县委县政府的正确领导下，我局认真做好政府信息公开工作。\n" + Body + "\n目前,我局";

        var report = Extractor.Extract(text, "cutoff.txt");

        Assert.Null(report.Agency);
    }

    [Fact]
    public void Extract_BracketedDateUnderTheTitle_IsTheReportsDateBeforeThePostingDate()
    {
        var text = "青石镇人民政府2013年政府信息公开年度报告\n索引号:      发布机构:     发布时间:2014-03-17 09:23:51\n\n"
            + "青石镇人民政府2013年政府信息公开年度报告\n\n（2014年2月7日）\n\n" + Body;

        var report = Extractor.Extract(text, "bracketed.txt");

        Assert.Equal("2014-02-07", report.Published);
    }

    [Fact]
    public void Extract_PlaceNamedAloneAsTheCompiler_IsItsGovernment()
    {
        var text = "本年报是根据《中华人民共和国政府信息公开条例》要求，由石嘴山市编制的2014年度政府信息公开年度报告。\n" + Body;

        var report = Extractor.Extract(text, "placecompiler.txt");

        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Theory]
    [InlineData("请与石嘴山市人民政府水利建设领导小组办公室综合科联系(电话:1234567)", "石嘴山市人民政府水利建设领导小组办公室", "640200")]
    [InlineData("请与平罗县财政局办公室联系(电话:1234567)", "平罗县财政局", "640221")]
    [InlineData("请与石嘴山市人民政府信息公开办公室联系(电话:1234567)", null, null)]
    [InlineData("请与平罗县政务公开办公室联系(电话:1234567)", null, null)]
    [InlineData("请与清溪镇人民政府联系(电话:1234567)", "清溪镇人民政府", null)]
    [InlineData("请与平罗县清溪镇政府综合督考办公室联系(电话:1234567)", "平罗县清溪镇人民政府", "640221")]
    [InlineData("请联系石嘴山市人民政府外事办公室综合处,地址:某路1号", "石嘴山市人民政府外事办公室", "640200")]
    public void Extract_BodyNamedOnlyInTheContactLine_IsTheAgencyWhereItIsNoDisclosureOffice(string contact, string? agency, string? code)
    {
        var text = $"本报告所列数据自2016年1月1日至2016年12月31日。如对本年报有疑问，{contact}。\n" + Body;

        var report = Extractor.Extract(text, "contact.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }

    [Fact]
    public void Extract_TownshipGovernmentInTheContactLineAndTheText_IsTheAgencyWithoutARegion()
    {
        var text = "本报告所列数据统计期限为2024年1月1日至2024年12月31日。如对本年度报告有疑问，请与清溪镇人民政府联系(电话:1234567)。\n"
            + "一、总体情况\n(一)主动公开情况。本年度清溪镇人民政府通过政府网站公开信息18条。\n" + Body;

        var report = Extractor.Extract(text, "towncontact.txt");

        Assert.Equal("清溪镇人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_NoticePublishingTheReport_ItsDateIsThePublicationDate()
    {
        var text = "石嘴山市人民政府办公室关于公布\n石嘴山市2009年度政府信息公开工作年度报告的通知\n(石政办发〔2010〕7号)\n各县(区)人民政府，市政府各部门：\n"
            + "我办编制了《石嘴山市2009年度政府信息公开工作年度报告》，现予公布。\n二〇一〇年二月三日\n石嘴山市2009年度政府信息公开工作年度报告\n" + Body;

        var report = Extractor.Extract(text, "notice.txt");

        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("2010-02-03", report.Published);
    }

    [Fact]
    public void Extract_YearEndCutOffAlone_GivesTheYear()
    {
        var text = "本年度报告由平罗县水务局编制。\n一、概述\n截至2016年底，本局政府信息公开工作运行正常。\n" + Body;

        var report = Extractor.Extract(text, "yearend.txt");

        Assert.Equal(2016, report.Year);
    }

    [Fact]
    public void Extract_OfficeSummingUpItsGovernmentsBodies_IsTheGovernmentsReport()
    {
        var text = "2016年3月1日\n引 言\n本年报由大武口区人民政府办公室综合区政府所属各行政机关的政府信息公开年度总结报告编制而成。"
            + "本年报中所列数据的统计期限自2015年1月1日起至12月31日止。\n" + Body;

        var report = Extractor.Extract(text, "sumsup.txt");

        Assert.Equal("大武口区人民政府", report.Agency);
        Assert.Equal("640202", report.Region?.Code);
    }

    [Fact]
    public void Extract_NumberedHeadingCutOffAtThePageEnd_IsNoSigner()
    {
        var text = "本年报由青石街道办事处编制。\n一、概述\n2014年，本街道继续开展政务信息公开工作。\n二、政府信息主动公开情况\n"
            + "2014年度，本街道主动公开政府信息40条。\n五、因政府\n";

        var report = Extractor.Extract(text, "cutheading.txt");

        Assert.Equal("青石街道办事处", report.Agency);
    }

    [Fact]
    public void Extract_ContactWithATownshipGovernmentsPartyOffice_NamesTheTownshipGovernment()
    {
        var text = "本年报中所列数据的统计期限自2012年1月1日起至2012年12月31日止。如对本年报有任何疑问，请与青石乡人民政府党政办联系(地址:青石乡前街8号)。\n" + Body;

        var report = Extractor.Extract(text, "township-contact.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
    }

    [Fact]
    public void Extract_ContactWithAStreetsAffairsOffice_NamesTheStreetOffice()
    {
        var text = "本年报的数据均为2014年1月1日—2014年12月31日统计数据。如对本年报有任何疑问，请与平罗县青石街道政务办公室联系(电话:0952-1234567)。\n" + Body;

        var report = Extractor.Extract(text, "street-contact.txt");

        Assert.Equal("平罗县青石街道办事处", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_TitlesShortStreetNameThatTheTextSpellsOut_IsTheStreetOffice()
    {
        var text = "平罗县青石街2014年政府信息公开年度报告\n2014年，青石街道认真贯彻落实《条例》。\n" + Body;

        var report = Extractor.Extract(text, "short-street.txt");

        Assert.Equal("平罗县青石街道办事处", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_BodysSelfReferenceBeforeTheYear_GivesTheYear()
    {
        var report = Extractor.Extract("在主动公开信息工作中，做好政府信息公开工作。\n本局2016年共受理信息公开申请3件。\n", "selfyear.txt");

        Assert.Equal(2016, report.Year);
    }

    [Theory]
    [InlineData("2015年3月6日\n", "2015-03-06")]
    [InlineData("\n2015年3月6日\n", "2015-03-06")]
    [InlineData("本报告由县政务服务中心编制。\n2015年3月6日\n", null)]
    public void Extract_DateAloneRightUnderTheTitle_IsThePublicationDate(string underTitle, string? published)
    {
        var text = "平罗县人民政府\n2014年信息公开年度报告\n" + underTitle + "本年报中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n" + Body;

        var report = Extractor.Extract(text, "date-under-title.txt");

        Assert.Equal(published, report.Published);
    }

    [Theory]
    [InlineData("平罗县政务公开领导小组办公室")]
    [InlineData("平罗县人民政府信息公开工作领导小组办公室")]
    public void Extract_CompiledByAPlacesDisclosureLeadingGroup_IsThePlacesGovernments(string compiler)
    {
        var text = $"编注：本年报根据《中华人民共和国政府信息公开条例》，由{compiler}编制。本年报中所列数据的统计期限自2012年1月1日至2012年12月31日止。\n" + Body;

        var report = Extractor.Extract(text, "leading-group.txt");

        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_CompilerPrintedWithAShortOffice_IsTheOfficeSpeltOut()
    {
        var text = "本报告是根据《条例》要求，由平罗县信访办编制的2012年度政府信息公开年度报告。\n" + Body;

        var report = Extractor.Extract(text, "short-office.txt");

        Assert.Equal("平罗县信访办公室", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("平罗县2010年政府信息公开工作年度报告（以下简称年报）根据《中华人民共和国政府信息公开条例》进行编制。", "平罗县人民政府")]
    [InlineData("平罗县档案局2010年度政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》相关规定编制而成。", "平罗县档案局")]
    public void Extract_ReportNamingItselfAsItsOpeningsSubject_NamesTheBody(string opening, string agency)
    {
        var report = Extractor.Extract(opening + "\n" + Body, "self-named.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2010, report.Year);
    }

    [Theory]
    [InlineData("我办把政府信息公开工作列入日常工作，成立了本办政府信息公开工作领导小组。", "平罗县人民政府办公室")]
    [InlineData("2013年，县政府办公室认真贯彻落实《条例》。", "平罗县人民政府办公室")]
    [InlineData("我县把政府信息公开工作列入日常工作。", null)]
    public void Extract_GovernmentsOfficeInTheContactLineThatSpeaksOfItself_IsTheOffice(string opening, string? agency)
    {
        var text = "本报告中所列数据的统计期限自2013年1月1日起至12月31日止。如对本报告有任何疑问，请与平罗县人民政府办公室文电科联系（电话:0952-1234567）。\n一、基本情况\n"
            + opening + "\n" + Body;

        var report = Extractor.Extract(text, "office-contact.txt");

        Assert.Equal(agency, report.Agency);
    }

    // The same office named bare (请与X人民政府办公室联系): the office where the report speaks as it, else its government.
    [Theory]
    [InlineData("我办把政府信息公开工作列入日常工作，成立了本办政府信息公开工作领导小组。", "平罗县人民政府办公室")]
    [InlineData("2013年，县政府办公室认真贯彻落实《条例》。", "平罗县人民政府办公室")]
    [InlineData("我县把政府信息公开工作列入日常工作。", "平罗县人民政府")]
    [InlineData("我办汇总各乡镇、各部门年度报告编制本报告。", "平罗县人民政府")]
    public void Extract_GovernmentsOfficeNamedBareInTheContactLine_IsTheOfficeWhereItSpeaksOfItself(string opening, string agency)
    {
        var text = "本报告中所列数据的统计期限自2013年1月1日起至12月31日止。如对本报告有任何疑问，请与平罗县人民政府办公室联系（电话:0952-1234567）。\n一、基本情况\n"
            + opening + "\n" + Body;

        var report = Extractor.Extract(text, "bare-office-contact.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_TitlesCultureAndPressBureauShortName_IsSpeltOut()
    {
        var report = Extractor.Extract("平罗县文广新局2013年度信息公开工作\n年度报告\n" + Body, "culture-short.txt");

        Assert.Equal("平罗县文化广电新闻出版局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    [InlineData("即墨市统计局2012年政府信息公开工作年度报告", null)]
    [InlineData("即墨区统计局2022年政府信息公开工作年度报告", "370215")]
    public void Extract_CityNamedByAShortNameOnlyADistrictNowBears_HasNoRegion(string title, string? code)
    {
        var report = Extractor.Extract(title + "\n" + Body, "former-city.txt");

        Assert.Equal(code, report.Region?.Code);
    }

    [Fact]
    public void Extract_TitleNamingOnlyADesignation_HasNoAgency()
    {
        var report = Extractor.Extract("统计局2008年政府信息公开年度报告\n现将我单位2008年度政府信息公开工作情况报告如下：\n" + Body, "designation.txt");

        Assert.Null(report.Agency);
        Assert.Null(report.Region);
    }

    [Theory]
    [InlineData("发布时间:2017-02-10 09:30 | 来源:司法局\n\n", "2017-02-10")]
    [InlineData("", null)]
    public void Extract_PeriodDateInsideAFlattenedSentence_IsNoSignatureDate(string pageRow, string? published)
    {
        // A long line with spaces is read as a flattened page's pieces; the period's end date without its 至 is then a
        // piece of its own, and the sentence goes on after it (。本报告…).
        var text = "平罗县司法局2016年度政府信息公开年度报告\n\n" + pageRow
            + "根据《中华人民共和国政府信息公开条例》的要求，由平罗县司法局办公室编制完成本报告。本报告由概述、主动公开政府信息的情况、依申请公开政府信息办理情况、"
            + "政府信息公开的收费及减免情况、因政府信息公开申请行政复议、提起行政诉讼情况、存在的主要问题及改进情况共六个部分组成。本报告中所列数据的统计时限自 "
            + "2016年1月1日 2016年12月31日 。本报告在平罗县人民政府网站公布，欢迎查阅，如有疑问请与本局办公室联系。\n\n一、概述\n\n2016年，我局认真贯彻落实《条例》。\n";

        var report = Extractor.Extract(text, "flatperiod.txt");

        Assert.Equal(2016, report.Year);
        Assert.Equal(published, report.Published);
    }

    [Fact]
    public void Extract_SignatureMonthWithoutItsDay_IsNoPublishedDate()
    {
        var text = "安平县统计局2016年政府信息公开工作年度报告\n\n" + Body + "\n\n安平县统计局\n2017年3月\n";

        var report = Extractor.Extract(text, "month.txt");

        Assert.Equal("安平县统计局", report.Agency);
        Assert.Null(report.Published);
    }

    [Theory]
    [InlineData("本报告的电子版可在平罗县人民政府网站(www.example.gov.cn)下载。", "640221")]
    [InlineData("本年报通过石嘴山市人民政府网站——政府信息公开专栏向社会公开。", "640200")]
    [InlineData("报告可在平罗县人民政府门户(www.example.gov.cn)下载。", "640221")]
    [InlineData("本报告的电子版可在本单位网站下载。", null)]
    public void Extract_ReportNamingNoBodyButTheGovernmentSiteItIsPublishedOn_IsThatPlaces(string site, string? code)
    {
        var text = "2016年政府信息公开工作年度报告\n本报告所列数据自2016年1月1日至2016年12月31日。" + site + "\n" + Body;

        var report = Extractor.Extract(text, "site.txt");

        Assert.Null(report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }

    [Fact]
    public void Extract_ZoneWithoutItsPlacePublishedOnAGovernmentSite_IsThatPlaces()
    {
        var text = "2016年政府信息公开工作年度报告\n本报告所列数据自2016年1月1日至2016年12月31日，报告可在平罗县人民政府门户网站下载。\n"
            + "一、总体情况\n经济开发区管委会严格按照《条例》要求做好政府信息公开工作。\n" + Body;

        var report = Extractor.Extract(text, "zone-site.txt");

        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_NamedTownshipPublishedOnItsPrefecturesSite_TakesNoRegionFromTheSite()
    {
        var text = "清溪镇人民政府2016年政府信息公开工作年度报告\n本报告的电子版可在石嘴山市人民政府网站下载。\n" + Body;

        var report = Extractor.Extract(text, "town-site.txt");

        Assert.Equal("清溪镇人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_ReportCompiledFromItsDepartmentsAndDistrictsReports_IsTheGovernments()
    {
        var text = "本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)以及2015年度石嘴山市政府各部门和各县(区)政府的信息公开工作年度报告编制。"
            + "本年度报告中所列数据的统计期限自2015年1月1日至2015年12月31日。如对本报告有任何疑问，请与市政府信息公开办公室联系。\n" + Body;

        var report = Extractor.Extract(text, "compiled.txt");

        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // 由X(Y)编制的…: the body's second name in brackets after its own is the same body (tenth round, r48).
    [Fact]
    public void Extract_CompilerWithItsSecondNameInBrackets_IsTheCompiler()
    {
        var text = "本年报是根据《中华人民共和国政府信息公开条例》要求,由鹿城区行政审批服务管理办公室(公共资源交易管理委员会办公室)编制的2016年度政府信息公开工作年度报告。\n" + Body;

        var report = Extractor.Extract(text, "bracketed.txt");

        Assert.Equal("鹿城区行政审批服务管理办公室", report.Agency);
    }

    // A casino's name in place of the county before 卫计局: a short designation alone names no body.
    [Fact]
    public void Extract_ShortDesignationAloneInTheTitle_NamesNoBody()
    {
        var text = "某某娱乐城_【官网平台】卫计局2016年度政府信息公开工作年度报告\n发布单位:县卫生和计划生育局\n" + Body;

        var report = Extractor.Extract(text, "spam.txt");

        Assert.Null(report.Agency);
    }

    // 我镇…在“X市Y区政府门户网站”上发布 / 我局以Y区政府信息公开网站为平台 / 我街道依托Y区政府门户网站发布: a body that names no
    // place publishes through its place's site.
    [Theory]
    [InlineData("二、主动公开情况\n我镇政府信息公开主要采用网络形式,在“温州市鹿城区政府门户网站”上发布公开信息。\n")]
    [InlineData("二、主动公开情况\n2016年我局以鹿城区政府信息公开网站为平台,主动公开机构职能等信息。\n")]
    [InlineData("二、主动公开情况\n本年度我街道主要依托鹿城区政府门户网站发布公开政务信息,具体报告如下:\n")]
    public void Extract_BodyPublishingOnItsPlacesGovernmentSite_BelongsToThatPlace(string section)
    {
        var text = "根据《中华人民共和国政府信息公开条例》,特向社会公布2016年度政府信息公开年度报告。\n" + section + Body;

        var report = Extractor.Extract(text, "own-information-site.txt");

        Assert.Equal("330302", report.Region?.Code);
    }

    // 2010年，县X局政府信息公开工作在…: a department the opening names by its level alone is the body, placed by the one
    // county the text names (twelfth round, r59); with no county named it stays unnamed.
    [Theory]
    [InlineData("按照平罗县政府《关于做好政府信息公开工作的通知》要求", "平罗县粮食局", "640221")]
    [InlineData("按照上级的统一部署", null, null)]
    public void Extract_DepartmentTheOpeningNamesByItsLevel_IsPlacedByTheCountyTheTextNames(string clause, string? agency, string? region)
    {
        var text = $"2012年，县粮食局政府信息公开工作在县委、县政府的领导下，{clause}，切实抓好了本单位政府信息公开工作。\n"
            + "现将我局2012年度政府信息公开工作年度报告如下：\n" + Body;

        var report = Extractor.Extract(text, "by-level.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // …规定,X镇政府结合实际工作,认真编制了2016年度…报告: a clause of how it went about it after the compiler's name (r59).
    [Fact]
    public void Extract_CompilerFollowedByHowItWentAboutIt_IsTheCompiler()
    {
        var text = "根据《中华人民共和国政府信息公开条例》第三十二条规定,青石镇政府结合实际工作,认真编制了2016年度政府信息公开年度报告。"
            + "如对本报告有任何疑问,请与我镇联系,地址:平罗县青石镇振兴路8号。\n" + Body;

        var report = Extractor.Extract(text, "manner.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // 依据《条例》…之规定,结合工作实际,由X局制作本报告: 制作 is 编制 in a city bureau's words (thirteenth round, r66).
    [Fact]
    public void Extract_CompilerWhoMadeTheReport_IsTheCompiler()
    {
        var text = "依据《中华人民共和国政府信息公开条例》第五十条之规定,结合工作实际,由平罗县生态环境局制作本报告。\n"
            + "2021年,我局认真执行《中华人民共和国政府信息公开条例》。\n" + Body;

        var report = Extractor.Extract(text, "made.txt");

        Assert.Equal("平罗县生态环境局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // X县人民政府机关2020年…报告 (县政府及其办公室, 统称县政府机关): the government's report (thirteenth round, r66).
    [Fact]
    public void Extract_AGovernmentsOrgansInTheTitle_AreTheGovernment()
    {
        var text = "平罗县人民政府机关\n2020年政府信息公开工作年度报告\n"
            + "本报告对以平罗县人民政府及其办公室名义(以下统称县政府机关)开展政府信息公开工作的情况进行报告。\n" + Body;

        var report = Extractor.Extract(text, "organs.txt");

        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // A district office's report that names itself 区政府办 in its year's figures and its district only in the quoted site
    // it is published on (本报告在“X市Y区”政府门户网站公布): the office, placed by that site (thirteenth round, r66).
    [Fact]
    public void Extract_AnOfficeByItsShortNameAndItsQuotedSite_IsThatDistrictsOffice()
    {
        var text = "本报告中所列数据的统计期限自2017年1月1日起至12月31日止。本报告在“柳州市城中区”政府门户网站(www.example.gov.cn)公布。"
            + "如对本年度报告有任何疑问,请联系:城中区人民政府办公室,联系电话:0000-1234567。\n"
            + "(一)主动公开政府信息情况\n2017年区政府办主动公开信息61条,其中:政府网站发布信息20条,微信公众号发布信息41条。\n"
            + "(二)依申请公开情况\n2017年,区政府办共受理政府信息公开申请2件。\n";

        var report = Extractor.Extract(text, "office-site.txt");

        Assert.Equal("城中区人民政府办公室", report.Agency);
        Assert.Equal("450202", report.Region?.Code);
        Assert.Contains(report.Metrics, m => m.Key == "legacy.apply.received" && m.Value == 2);
    }

    // A side menu's links broken over short lines above the title (政府信息 / 公开指南 / 政府信息 / 公开制度, a mirror's page):
    // furniture, the title below them (fourteenth round, r72).
    [Fact]
    public void Extract_MenuLinksBrokenOverShortLinesAboveTheTitle_AreNoPartOfIt()
    {
        var text = "政府信息\n公开指南\n\n政府信息\n公开制度\n\n平罗县人民政府\n2020年政府信息公开工作年度报告\n\n" + Body;

        var report = Extractor.Extract(text, "menu.txt");

        Assert.Equal("平罗县人民政府2020年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // A mirror's site name glued before the place in the title (某某娱乐网平罗县2021年度…报告), the text naming the place
    // again: the place's government (fourteenth round, r72).
    [Fact]
    public void Extract_WordsGluedBeforeThePlaceInTheTitle_AreNoPartOfTheName()
    {
        var text = "某某娱乐网平罗县2021年度政府信息公开工作年度报告\n"
            + "根据《中华人民共和国政府信息公开条例》,编制形成平罗县2021年政府信息公开工作年度报告。\n" + Body;

        var report = Extractor.Extract(text, "glued.txt");

        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // A 旗 by its short name in the title (阿鲁旗2021年…报告) that the text prints in full (阿鲁科尔沁旗): that 旗's
    // government (fourteenth round, r72). A short name the text never spells out stays unplaced.
    [Theory]
    [InlineData("向社会公布2021年阿鲁科尔沁旗政府信息公开工作年度报告。", "阿鲁科尔沁旗人民政府", "150421")]
    [InlineData("向社会公布2021年本旗政府信息公开工作年度报告。", null, null)]
    public void Extract_ABannersShortNameInTheTitle_IsTheFullNameTheTextPrints(string opening, string? agency, string? region)
    {
        var text = "阿鲁旗2021年政府信息公开工作年度报告\n" + opening + "\n" + Body;

        var report = Extractor.Extract(text, "short.txt");

        Assert.Equal(region, report.Region?.Code);
        if (agency is not null)
        {
            Assert.Equal(agency, report.Agency);
        }
    }

    // X市人民政府根据全市2021年度…情况,编制本报告: the compiler named with the year its clause goes by (fourteenth round, r72).
    [Fact]
    public void Extract_CompilerWhoseClauseNamesTheYear_IsTheCompiler()
    {
        var text = "根据《中华人民共和国政府信息公开条例》要求,石嘴山市人民政府根据全市2021年度政府信息公开工作开展情况,编制本报告。"
            + "本报告中所列数据统计期限为2021年1月1日至12月31日。\n" + Body;

        var report = Extractor.Extract(text, "compiler.txt");

        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // A city's summary report with no title, the city as its opening's subject (2021年，X市坚持…) and the set phrase
    // 本地区本部门 in its prose: no department speaks of itself there, so the place speaks for its government (fourteenth
    // round, r72). A department's 我局 still makes it no government's report.
    [Theory]
    [InlineData("通过政策栏目集中公开本地区本部门规范性文件和其他应公开文件。", "石嘴山市人民政府", "640200")]
    [InlineData("我局通过政策栏目集中公开规范性文件和其他应公开文件。", null, null)]
    public void Extract_ACitysOpeningWithEveryAreasAndDepartmentsOwn_IsTheCitysGovernment(string clause, string? agency, string? region)
    {
        var text = "本报告所列数据来自全市编制发布政府信息公开工作年度报告的单位,统计期限自2021年1月1日起至2021年12月31日止。\n"
            + "一、总体情况\n2021年,石嘴山市坚持以习近平新时代中国特色社会主义思想为指导,全面推进政务公开。\n" + clause + "\n";

        var report = Extractor.Extract(text, "summary.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }
}
