using Archive.Core.Agencies;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Ingest.Decoding;
using Archive.Ingest.Extraction;
using Archive.Testing;

namespace Archive.Ingest.Tests.Extraction;

public sealed class ValidationAndLayoutTests
{
    private static readonly ReportExtractor Extractor = new();

    private static string Seed(int index) => TextDecoder.Decode(File.ReadAllBytes(TestPaths.SeedFiles[index])).Text;

    [Fact]
    public void Extract_UnknownTableLayout_GivesMetadataAndNoInventedMetrics()
    {
        const string text = """
            平罗县交通运输局2018年政府信息公开工作年度报告

            2018年，我局认真做好政府信息公开工作。

            项目	数量	金额
            道路	12	300
            桥梁	3	45
            合计	15	345

            平罗县交通运输局

            2019年1月20日
            """;

        var report = Extractor.Extract(text, "unknown.txt");

        Assert.Empty(report.Metrics);
        Assert.Equal("平罗县交通运输局", report.Agency);
        Assert.Equal(AgencyKind.Transport, report.AgencyKind);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2018, report.Year);
        Assert.Equal("2019-01-20", report.Published);
        Assert.Equal(ReportTemplate.Pre2019, report.Template);
        Assert.Empty(report.Flags);
    }

    [Fact]
    public void Extract_TableCellsRunTogether_NoTableMetricsAndTableIncomplete()
    {
        var text = Seed(1).Replace("一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\t", "一、本年新收政府信息公开申请数量 0000000", StringComparison.Ordinal);

        var report = Extractor.Extract(text, "runs.txt");

        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.new.", StringComparison.Ordinal));
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.TableIncomplete && f.Detail.Contains("apply.new.natural", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TableThreeUnbalanced_FlagsBalanceAndRowTotal()
    {
        var text = Seed(1).Replace("一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\t", "一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\t", StringComparison.Ordinal);

        var report = Extractor.Extract(text, "unbalanced.txt");

        Assert.Equal(2, report.Metrics.Single(m => m.Key == "apply.new.natural").Value);
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.IdentityViolation && f.Detail == "apply.balance[natural]: 2 vs 0");
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.IdentityViolation && f.Detail == "apply.balance[total]: 2 vs 0");
        Assert.DoesNotContain(report.Flags, f => f.Detail.StartsWith("apply.row_total[new]", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NegativeCount_FlaggedButChangeColumnIsNot()
    {
        var text = Seed(1).Replace("规章\t0\t0\t0", "规章\t-1\t0\t0", StringComparison.Ordinal);

        var report = Extractor.Extract(text, "negative.txt");

        Assert.Equal(-1, report.Metrics.Single(m => m.Key == "active.rules.new").Value);
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.NegativeCount && f.Detail == "active.rules.new = -1");
        Assert.DoesNotContain(report.Flags, f => f.Detail.StartsWith("active.other_services.change", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ImpossibleOrLateDates_Flagged()
    {
        var invalid = Extractor.Extract(Seed(1).Replace("2020年1月26日", "2021年2月30日", StringComparison.Ordinal), "invalid.txt");
        Assert.Equal("2021-02-30", invalid.Published);
        Assert.Contains(invalid.Flags, f => f.Kind == FlagKind.PublishedDateInvalid);

        var late = Extractor.Extract(Seed(1).Replace("2020年1月26日", "2022年3月1日", StringComparison.Ordinal), "late.txt");
        Assert.Contains(late.Flags, f => f.Kind == FlagKind.PublishedLongAfter);

        var onTime = Extractor.Extract(Seed(1).Replace("2020年1月26日", "二〇二一年一月二十六日", StringComparison.Ordinal), "ontime.txt");
        Assert.Equal("2021-01-26", onTime.Published);
        Assert.DoesNotContain(onTime.Flags, f => f.Kind.StableId().StartsWith("published", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TitleYearDiffersFromStatisticsPeriod_Flagged()
    {
        var text = Seed(1).Replace("2020 年政府信息公开工作年度报告", "2019 年政府信息公开工作年度报告", StringComparison.Ordinal);

        var report = Extractor.Extract(text, "mismatch.txt");

        Assert.Equal(2020, report.Year);
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.YearTitleMismatch);
    }

    [Fact]
    public void Extract_ProseApproximationsAndCumulativeFigures_AreNotMetrics()
    {
        const string text = """
            某县2017年政府信息公开工作年度报告

            2017年，全年主动公开政府信息约300条，政府网站公开政府信息200余条。截至目前，累计受理政府信息公开申请12件。转发政策解读4条。
            """;

        var report = Extractor.Extract(text, "approx.txt");

        Assert.Empty(report.Metrics);
    }
}
