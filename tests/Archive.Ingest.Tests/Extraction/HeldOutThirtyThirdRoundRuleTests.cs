using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Wordings met on held-out real pages (thirty-third round). Figures that are not what they seem: a staff part counted
/// inside a bracket of the split, received applications that hold the carried-over ones, answers summed two kinds at a
/// time, 不予公开 of documents, closed letters, reviews or the on-time ones. Figures read in new words: the staff counted with 有 or by the
/// area without it, the split by kind alone, the answers granted in full or in part in the newer tables' words, the closed as a later clause
/// of the applications' sentence, the ways in a bracket after the count, applications counted in 宗. Metadata: a place
/// masked where the body is printed.
/// </summary>
public sealed class HeldOutThirtyThirdRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Figures(string section, string sentence, int year = 2013, string body = "某某县某某局") =>
        ExtractionFixtures.SectionMetrics(section, sentence, year, body);

    [Fact]
    public void Extract_StaffCountedWith有_SplitByKindAlone_ThePartOutsideTheBracket()
    {
        var figures = Figures("一、概述", "全市设有政府信息公开工作专门机构659个。从事政府信息公开工作人员有961人,其中,专职280人(包括市政府本级专职工作人员9名),占29%,兼职681人,占71%。", body: "某某市人民政府");
        Assert.Equal(961m, figures["legacy.org.staff"]);
        Assert.Equal(280m, figures["legacy.org.staff_full_time"]);
        Assert.Equal(681m, figures["legacy.org.staff_part_time"]);
    }

    [Fact]
    public void Extract_AreasStaffWithout有_IsTheStaff_NotThoseSentToTraining()
    {
        var staffed = Figures("一、概述", "加强队伍建设。据统计,全区政府信息公开工作人员共50人,其中专职人员1人,兼职人员49人。", 2011, "某某区人民政府");
        var trained = Figures("一、概述", "加强队伍建设。全区政府信息公开工作人员32人参加了市里组织的培训。", 2011, "某某区人民政府");

        Assert.Equal(50m, staffed["legacy.org.staff"]);
        Assert.Equal(1m, staffed["legacy.org.staff_full_time"]);
        Assert.Equal(49m, staffed["legacy.org.staff_part_time"]);
        Assert.False(trained.ContainsKey("legacy.org.staff"));
    }

    [Fact]
    public void Extract_ReceivedCountHoldingTheCarriedOverOnes_IsNotTheYearsReceived()
    {
        var figures = Figures("(二)依申请公开方面", "本年度共收到依申请公开事项5件(其中1件为上年结转政府信息公开申请),4件为自然人申请,1件为科研机构申请。", 2023, "某某县人民政府办公室");
        Assert.False(figures.ContainsKey("legacy.apply.received"));
    }

    [Theory]
    [InlineData("2023年,共受理政府信息公开申请8件,经审查,予以公开1件,部分公开1件,不予处理1件,因“属于国家秘密”等原因不予公开4件,无法提供1件,均已在法定期限内办结答复。", 1, 1)]
    [InlineData("2023年,全市各级政府及部门共收到政府信息公开申请486件。办理结果为:予以公开260件,部分公开15件,不予公开21件,无法提供113件。", 260, 15)] // the list opening the next sentence
    public void Extract_AnswersInTheNewTablesWords_AreGrantedAndPartial_不予公开IsNotTheOldDenied(string sentence, int granted, int partial)
    {
        var figures = Figures("(二)依申请公开情况", sentence, 2023, "某某市人民政府");
        Assert.Equal(granted, figures["legacy.apply.granted"]);
        Assert.Equal(partial, figures["legacy.apply.partial"]);
        Assert.False(figures.ContainsKey("legacy.apply.denied"));
    }

    [Fact]
    public void Extract_AnswersSummedTwoKindsAtATime_AreNeitherPart()
    {
        var joined = Figures("(二)依申请公开情况", "2024年全市新受理政府信息公开申请1681件,答复政府信息公开申请1641件,其中予以公开及部分公开845件,不予公开121件,不予处理41件。", 2024, "某某市人民政府");
        var either = Figures("(二)依申请公开情况", "共受理信息公开申请64件。其中,公开或部分公开18件;不予公开0件;无法提供、不予处理及其他处理46件。", 2024, "某某区卫生健康委员会");

        Assert.False(joined.ContainsKey("legacy.apply.granted"));
        Assert.False(joined.ContainsKey("legacy.apply.partial"));
        Assert.False(either.ContainsKey("legacy.apply.partial"));
    }

    [Fact]
    public void Extract_DocumentsSortedByDisclosure_AreNoAnswers()
    {
        var figures = Figures("(一)主动公开", "全年制发公文220件,其中主动公开26件,依申请公开191件,部分公开3件,不予公开2件。", 2022);
        Assert.False(figures.ContainsKey("legacy.apply.partial"));
    }

    [Fact]
    public void Extract_ClosedAsALaterClauseOfTheApplicationsSentence_IsTheClosed()
    {
        var carried = Figures("(二)政府信息依申请公开情况", "全年收政府信息公开申请464件,结转上年度政府信息公开申请3件,本年度办结441件,剩余26件结转下年度办理。", 2024, "某某市公安局");
        var ways = Figures("(二)依申请公开", "2023年,全年共收到依申请公开14件(其中信件申请10件,网络申请4件),已办结12件,2件结转下年办理。", 2023, "某某县人民政府办公室");

        Assert.Equal(441m, carried["legacy.apply.closed"]);
        Assert.Equal(12m, ways["legacy.apply.closed"]);
        Assert.Equal(10m, ways["legacy.apply.letter"]);
    }

    [Fact]
    public void Extract_ClosedLettersReviewsOrOnTime_AreNoClosedApplications()
    {
        var letters = Figures("(二)依申请公开", "依法办理政府信息公开申请。全年受理网民来信1933件,办结1930件。", 2023, "某某市人民政府");
        var reviews = Figures("(四)行政复议", "全年收到行政复议申请3件,办结3件。", 2023, "某某市人民政府");
        var onTime = Figures("三、依申请公开情况", "2017年,受理公民、法人和其他组织提出的政府信息公开申请2件,按时办结2件,出具依申请答复书2件。", 2017, "某某县人民政府");

        Assert.False(letters.ContainsKey("legacy.apply.closed"));
        Assert.False(reviews.ContainsKey("legacy.apply.closed"));
        Assert.False(onTime.ContainsKey("legacy.apply.closed"));
    }

    [Fact]
    public void Extract_WaysInABracketAfterTheCount_AreTheChannels()
    {
        var figures = Figures("(二)依申请公开", "优化依申请工作流程。共处理政府信息公开申请247件(网络申请195件、信函邮寄31件、邮箱申请15件、现场申请6件),均按时答复。", 2024, "某某区人民政府");
        Assert.Equal(31m, figures["legacy.apply.letter"]);
        Assert.Equal(6m, figures["legacy.apply.in_person"]);
    }

    [Fact]
    public void Extract_ApplicationsFromTheApplicantsCountedIn宗_AreTheReceived()
    {
        var figures = Figures("(二)依申请公开情况", "2021年,我局受理公民、法人提出的政府信息公开申请235宗,均在法定期限内答复。", 2021, "某某市住房保障和房屋管理局");
        Assert.Equal(235m, figures["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_PlaceMaskedWhereTheBodyIsPrinted_IsNotCompletedWithAnotherPlace()
    {
        const string text = """
            **市监察局2014年政府信息公开工作年度报告
            本年报是根据《中华人民共和国政府信息公开条例》、《营口市人民政府信息公开规定》、《**市人民政府关于进一步加强政务公开工作的通知》要求,由**市监察局编制。
            二、政府信息主动公开情况
            2014年度共主动公开政府信息287条。
            """;

        var report = Extractor.Extract(text, "bureau.txt");

        Assert.Null(report.Agency);
        Assert.Null(report.Region);
    }
}
