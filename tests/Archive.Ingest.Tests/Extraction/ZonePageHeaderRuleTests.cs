using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off real zone pages (eighteenth round), on fictional fixtures: a zone named after its city's and its
/// county's short names where the city's short name is also other places', a page date run into the report's first
/// sentence, and a zone committee's office in the page's 发布机构 over the committee's own report.
/// </summary>
public sealed class ZonePageHeaderRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    // 大同 is a city and another province's district; 广灵 after it is a county of the city only: the zone lies in that county. A
    // name after it that is a county of none of them leaves the short name ambiguous (no region).
    [Theory]
    [InlineData("大同广灵青峦旅游开发区管理委员会", "140223")]
    [InlineData("大同青峦旅游开发区管理委员会", null)]
    public void Extract_ZoneNamedAfterAmbiguousCityAndItsCounty_TakesTheCounty(string body, string? region)
    {
        var text = "本报告依据《中华人民共和国政府信息公开条例》编制。现将" + body + "2024年度政府信息公开工作情况报告如下:\n"
            + "一、总体情况\n2024年，开发区积极推进政务公开。\n";

        var report = Extractor.Extract(text, "zone-city-county.txt");

        Assert.Equal(body, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // The page's date run into the first sentence (the line break lost): the posting date. A period statement that
    // opens the text is no date of the page.
    [Theory]
    [InlineData("2019年3月26日本年度报告根据《中华人民共和国政府信息公开条例》要求，由石嘴山青峦开发区管委会编制。", "2019-03-26")]
    [InlineData("2018年1月1日至2018年12月31日，石嘴山青峦开发区管委会认真开展政府信息公开工作。", null)]
    public void Extract_DateRunIntoTheFirstSentence_IsThePostingDate(string opening, string? published)
    {
        var text = opening + "\n一、概述\n我单位领导高度重视信息公开工作。\n二、主动公开政府信息情况\n全年公开政务信息27条。\n";

        var report = Extractor.Extract(text, "run-in-date.txt");

        Assert.Equal(published, report.Published);
    }

    // 发布机构 X管理委员会办公室 over a report with no title that speaks of the zone and never names an office: the
    // committee's report. Where the report speaks as the office, the office keeps it.
    [Theory]
    [InlineData("高新区管委会认真开展政府信息公开工作", "平罗青峦高新技术产业开发区管理委员会")]
    [InlineData("高新区管委会办公室认真开展政府信息公开工作", "平罗青峦高新技术产业开发区管理委员会办公室")]
    public void Extract_CommitteeOfficeAsPublisher_ReportSpeaksForTheZone_IsTheCommittees(string sentence, string agency)
    {
        var text = "- 索 引 号:QX01-0100-2020-00001\n- 发布机构:平罗青峦高新技术产业开发区管理委员会办公室\n- 公文生成日期:2020-01-02\n"
            + "一、总体情况\n(一)主动公开情况\n2019年，" + sentence + "，主动公开政府信息12条。\n";

        var report = Extractor.Extract(text, "committee-office.txt");

        Assert.Equal(agency, report.Agency);
    }
}
