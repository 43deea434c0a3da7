using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Prose and metadata rules that pre-2019 report pages (2008–2018) showed in the twentieth round (thirty-third
/// session), on small fictional texts: each fails without its rule, and the guards keep what must stay unread.
/// </summary>
public sealed class OlderPageListAndNameRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static int? Value(Dictionary<string, decimal> metrics, string key) => metrics.TryGetValue(key, out var value) ? (int)value : null;

    [Theory]
    [InlineData("2014年度,我局主动在某某市政务信息公开网上公开政府信息51条,其中:工作动态47条。", 51)]
    [InlineData("一、概述\n2015年,我街道扎实推进政府信息公开工作。全年街道本级信息公开网站共发布政府信息60条,涉及各类政府文件。", 60)]
    // A site listed with an account shares one count; a higher body's site is sent to, not published on.
    [InlineData("2014年度,我局通过某某市信息公开网、某某局微信公众号公开信息43条。", null)]
    [InlineData("一、概述\n2015年,我街道扎实推进政府信息公开工作。全年向上级信息公开网站报送政府信息60条。", null)]
    public void Extract_DisclosureSiteCalledItsWangOrItsSubject_IsTheWebsite(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某市某某局2014年政府信息公开年度报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.channel.website"));
    }

    [Theory]
    [InlineData("2016年度,我局收到公民或社会组织提出申请公开信息2条,经审查均已答复。", 2)]
    [InlineData("2016年度,我局收到公民、法人或其他组织提交的政府信息公开申请3件。", 3)]
    // Summed since a date: no year's count.
    [InlineData("截至目前累计收到公民提出申请公开信息6条。", null)]
    public void Extract_ApplicantsNamedBeforeWhatTheyAskedFor_IsTheApplicationsReceived(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某市某某局2016年政府信息公开工作报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.apply.received"));
    }

    [Theory]
    [InlineData("本局2017年共受理信息公开申请10件。在已经答复的9件申请中,“同意公开”的7件。", 9)]
    [InlineData("本局2017年共受理信息公开申请10件。在已答复的9件申请中,“同意公开”的7件。", 9)]
    // Closed is not answered.
    [InlineData("本局2017年共受理信息公开申请10件。在已经办结的9件申请中,“同意公开”的7件。", null)]
    public void Extract_ApplicationsAnsweredBeforeTheirKinds_AreTheReplies(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某市某某局2017年政府信息公开工作报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.apply.replies"));
    }

    [Theory]
    [InlineData("“信息不存在”的1件,占总数的10%。主要是因为至今未实现;\n\n“非本机关政府信息”的1件,占总数的10%。", 1)]
    // Summed up to now: no year's count.
    [InlineData("自2008年以来至今,“非本机关政府信息”的3件。", null)]
    [InlineData("至今,“非本机关政府信息”的3件。", null)]
    public void Extract_WhatHasNotHappenedSoFar_SetsNoScope(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某市某某局2017年政府信息公开工作报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.apply.not_held"));
    }

    // An answer kind named after others with no count of their own (非政府信息、政府信息不存在、非本机关政府信息114件) shares
    // the count with them: no one kind's; after a counted kind (政府信息不存在的2件、非本机关政府信息3件) it is its own.
    [Theory]
    [InlineData("本年度答复中,非政府信息、政府信息不存在、非本机关政府信息114件,占9.6%。", null)]
    [InlineData("本年度答复中,信息不存在的2件、非本机关政府信息3件。", 3)]
    public void Extract_AnswerKindListedAfterUncountedKinds_SharesTheirCount(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某省人民政府2011年政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.apply.not_held"));
    }

    [Theory]
    [InlineData("本局2017年度依申请公开收取的费用(检索费、邮寄费、复制费等)为0元。", 0)]
    // A sum other than nothing needs its row's unit printed as the row's own wording reads it.
    [InlineData("本局2017年度依申请公开收取的费用(检索费、邮寄费等)为120元。", null)]
    public void Extract_FeeOfNothingWithItsKindsInBrackets_IsTheFees(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某市某某局2017年政府信息公开工作报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.fees"));
    }

    [Theory]
    [InlineData("根据《条例》要求,现将鸡西市人民政府研究室2011年政府信息公开工作年度报告向社会公布。", "鸡西市人民政府研究室")]
    // The short form is all the text prints: the place completes it as printed.
    [InlineData("根据《条例》要求,现将鸡西市政府研究室2011年政府信息公开工作年度报告向社会公布。", "鸡西市政府研究室")]
    public void Extract_GovernmentsBodyByTheGovernmentsShortForm_IsNamedAsPrintedInFull(string sentence, string agency)
    {
        var report = Extractor.Extract("市政府研究室2011年政府信息公开工作年度报告\n\n" + sentence + "\n", "page.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("230300", report.Region?.Code);
    }

    [Theory]
    [InlineData("根据《中华人民共和国政府信息公开条例》、鸡东人民政府《关于进一步推行政务公开的意见》文件的要求,我乡积极开展政府信息公开工作。", "230321")]
    // A short name opening another word after a clause mark is no place.
    [InlineData("根据《中华人民共和国政府信息公开条例》、鸡东片区《关于进一步推行政务公开的意见》文件的要求,我乡积极开展政府信息公开工作。", null)]
    public void Extract_CountyGovernmentCitedWithoutItsDesignation_PlacesTheTownship(string sentence, string? code)
    {
        var report = Extractor.Extract("满某乡2008年政府信息公开工作年度报告\n\n" + sentence + "\n", "page.txt");

        Assert.Equal("满某乡人民政府", report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }
}
