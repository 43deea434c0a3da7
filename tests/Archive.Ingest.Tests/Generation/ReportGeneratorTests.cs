using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Core.Agencies;
using Archive.Core.Metrics;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Ingest.Decoding;
using Archive.Samples.Generation;
using Archive.Testing;

namespace Archive.Ingest.Tests.Generation;

public sealed class ReportGeneratorTests(GeneratedSample sample) : IClassFixture<GeneratedSample>
{
    [Fact]
    public async Task WriteAsync_SameSeedTwice_WritesByteIdenticalFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var options = new GeneratorOptions(60, 7);

        await ReportGenerator.WriteAsync(first.Path, options, null, CancellationToken.None);
        await ReportGenerator.WriteAsync(second.Path, options, null, CancellationToken.None);

        var names = Directory.GetFiles(first.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(120, names.Count);
        Assert.Equal(names, Directory.GetFiles(second.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, name!)), File.ReadAllBytes(Path.Combine(second.Path, name!)));
        }
    }

    [Fact]
    public async Task WriteAsync_ParallelFiles_EqualTheSequentialGeneration()
    {
        using var directory = new TempDirectory();
        var options = new GeneratorOptions(40, 11);

        var count = await ReportGenerator.WriteAsync(directory.Path, options, null, CancellationToken.None);

        Assert.Equal(40, count);
        foreach (var report in ReportGenerator.Generate(options))
        {
            Assert.Equal(report.Bytes, File.ReadAllBytes(Path.Combine(directory.Path, report.FileName)));
            Assert.Equal(TruthJson.Serialize(report.Truth), File.ReadAllBytes(Path.Combine(directory.Path, report.TruthFileName)));
        }
    }

    [Fact]
    public void Generate_ReportIndex_DoesNotDependOnCountOrStart()
    {
        var whole = ReportGenerator.Generate(new GeneratorOptions(30, 5)).ToList();
        var tail = ReportGenerator.Generate(new GeneratorOptions(10, 5) { FirstIndex = 20 }).ToList();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(whole[20 + i].FileName, tail[i].FileName);
            Assert.Equal(whole[20 + i].Bytes, tail[i].Bytes);
        }
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentReports()
    {
        var a = ReportGenerator.Generate(new GeneratorOptions(20, 1)).ToList();
        var b = ReportGenerator.Generate(new GeneratorOptions(20, 2)).ToList();

        Assert.Empty(a.Select(r => r.FileName).Intersect(b.Select(r => r.FileName), StringComparer.Ordinal));
        Assert.All(a.Zip(b), pair => Assert.NotEqual(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void Generate_Identities_HoldExceptInDeliberateErrorReports()
    {
        var withErrors = 0;
        foreach (var report in sample.Reports)
        {
            var failing = MetricIdentities.Evaluate(Values(report.Truth)).Where(c => !c.Holds).Select(c => c.Detail).ToList();
            var flagged = report.Truth.Flags.Where(f => f.Kind == FlagKind.IdentityViolation).Select(f => f.Detail).ToList();
            if (report.Traits.DeliberateErrors.Count == 0)
            {
                Assert.True(failing.Count == 0, $"{report.FileName}: unexpected failing identities {string.Join("; ", failing)}");
            }
            else
            {
                withErrors++;
                Assert.True(failing.Count > 0, $"{report.FileName}: deliberate error {report.Traits.DeliberateErrors[0]} breaks no identity");
            }

            Assert.Equal(failing, flagged);
        }

        // 5% of 300: a sample with none or nearly all would mean the rate is not applied.
        Assert.InRange(withErrors, 4, 40);
    }

    [Fact]
    public void Generate_ErrorRateOne_FlagsEveryReport()
    {
        foreach (var report in ReportGenerator.Generate(new GeneratorOptions(40, 3, ErrorRate: 1)))
        {
            Assert.Contains(report.Truth.Flags, f => f.Kind == FlagKind.IdentityViolation);
        }
    }

    [Fact]
    public void Generate_ErrorAndAnomalyRatesZero_GiveNoFlags()
    {
        foreach (var report in ReportGenerator.Generate(new GeneratorOptions(60, 3, ErrorRate: 0) { AnomalyRate = 0 }))
        {
            // Blank cells are a shape, not an error: their table_incomplete flag names exactly the blank cells.
            var blank = report.Truth.Cells.Where(c => c.State == CellState.Blank).Select(c => c.Key).ToList();
            Assert.DoesNotContain(report.Truth.Flags, f => f.Kind != FlagKind.TableIncomplete);
            Assert.Equal(blank, report.Truth.Flags.SelectMany(f => f.Detail[(f.Detail.IndexOf(": cells without value: ", StringComparison.Ordinal) + 23)..].Split(", ")));
        }
    }

    [Fact]
    public void Generate_Sample_CoversEveryTemplateAndTextShape()
    {
        var traits = sample.Reports.Select(r => r.Traits).ToList();

        Assert.Equal(StableIds.All<ReportTemplate>().Order(), traits.Select(t => t.Template).Distinct().Order());
        Assert.Equal(Enum.GetValues<TextLayout>(), traits.Select(t => t.Layout).Distinct().Order());
        Assert.Contains(traits, t => t.Encoding == "gb18030");
        Assert.Contains(traits, t => t.Encoding == "utf-8");
        Assert.Contains(traits, t => t.FullWidthDigits);
        Assert.Contains(traits, t => t.CrLf);
        Assert.Contains(traits, t => t.WrappedProse);
        Assert.Contains(traits, t => t.DoubleSpaced);
        Assert.Contains(traits, t => t.SplitLabels);
        Assert.Contains(traits, t => t.HasStatisticsTable);
        Assert.Contains(traits, t => t.Template == ReportTemplate.Pre2019 && !t.HasStatisticsTable);
        foreach (var kind in new[] { FlagKind.PublishedBeforePeriodEnd, FlagKind.PublishedLongAfter, FlagKind.PublishedDateInvalid, FlagKind.YearTitleMismatch })
        {
            Assert.Contains(sample.Reports, r => r.Truth.Flags.Any(f => f.Kind == kind));
        }
    }

    [Fact]
    public void Generate_Sample_UsesEveryAgencyKindGroup()
    {
        var kinds = sample.Reports.Select(r => r.Truth.AgencyKind).ToHashSet();

        foreach (var kind in new AgencyKind?[] { AgencyKind.PeopleGovernment, AgencyKind.GovernmentOffice, AgencyKind.Township, AgencyKind.Subdistrict, AgencyKind.DevelopmentZone, AgencyKind.IndustryAndIt, AgencyKind.Education, AgencyKind.PublicSecurity })
        {
            Assert.Contains(kind, kinds);
        }
    }

    [Fact]
    public void Generate_RealPageShapes_ChromeShortZoneNamesAndTownshipsAloneOccur()
    {
        // Issue 19: the large generated tests cover page chrome and bodies named as real reports name them.
        var chrome = sample.Reports.Where(r => r.Traits.PageChrome).ToList();
        Assert.InRange(chrome.Count, sample.Reports.Count / 8, sample.Reports.Count / 2);
        Assert.All(chrome, r => Assert.Contains("时间：", r.Text, StringComparison.Ordinal));
        Assert.Contains(chrome, r => r.Text.Contains("发布机构：", StringComparison.Ordinal));
        Assert.Contains(sample.Reports, r => r.Truth.AgencyKind == AgencyKind.DevelopmentZone && r.Text.Contains("管委会" + r.Truth.Year, StringComparison.Ordinal));
        Assert.Contains(sample.Reports, r => r.Truth.AgencyKind == AgencyKind.Township && !r.Truth.Agency!.Contains(r.Truth.Region!.Name, StringComparison.Ordinal));
        Assert.All(sample.Reports.Where(r => r.Truth.AgencyKind == AgencyKind.DevelopmentZone), r => Assert.EndsWith("管理委员会", r.Truth.Agency, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Metadata_IsConsistentWithGazetteerAndAgencyKinds()
    {
        var gazetteer = RegionGazetteer.Default;
        foreach (var report in sample.Reports)
        {
            var truth = report.Truth;
            Assert.NotNull(truth.Agency);
            Assert.Equal(AgencyKinds.Classify(truth.Agency), truth.AgencyKind);
            Assert.NotNull(truth.Region);
            Assert.True(gazetteer.TryGet(truth.Region.Code, out var region), $"{report.FileName}: region {truth.Region.Code} not in the gazetteer");
            Assert.Equal(region.Name, truth.Region.Name);
            Assert.Equal(region.Level, truth.Region.Level);
            Assert.Equal(gazetteer.PathOf(region.Code).Select(r => r.Name), truth.Region.Path);
            // A township or street may print its name alone; the report then names its county right before it.
            var placedInText = truth.AgencyKind is AgencyKind.Township or AgencyKind.Subdistrict
                && Squeeze(report.Text).Contains(region.Name + truth.Agency, StringComparison.Ordinal);
            Assert.True(truth.Agency.Contains(region.Name, StringComparison.Ordinal) || placedInText, $"{report.FileName}: {truth.Agency} not placed in {region.Name}");
            Assert.InRange(truth.Year!.Value, 2008, 2025);
            var expectedTemplate = truth.Year <= 2018 ? ReportTemplate.Pre2019 : truth.Year <= 2020 ? ReportTemplate.V2019 : ReportTemplate.V2021;
            Assert.Equal(expectedTemplate, truth.Template);
            Assert.Equal(report.FileName, truth.File);
            if (truth.Title is not null)
            {
                Assert.Contains(truth.Title, Squeeze(report.Text), StringComparison.Ordinal);
                Assert.Contains("报告", truth.Title, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Generate_Dates_AreMostlyInTheFirstQuarterAfterTheYearAndFlaggedOtherwise()
    {
        var inFirstQuarter = 0;
        foreach (var report in sample.Reports)
        {
            var truth = report.Truth;
            var dateFlags = truth.Flags.Where(f => f.Kind.StableId().StartsWith("published_", StringComparison.Ordinal)).ToList();
            if (truth.Published is null)
            {
                Assert.Empty(dateFlags);
                continue;
            }

            var valid = DateOnly.TryParseExact(truth.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            if (!valid)
            {
                Assert.Equal(FlagKind.PublishedDateInvalid, Assert.Single(dateFlags).Kind);
                continue;
            }

            var periodEnd = new DateOnly(truth.Year!.Value, 12, 31);
            if (date <= periodEnd)
            {
                Assert.Equal(FlagKind.PublishedBeforePeriodEnd, Assert.Single(dateFlags).Kind);
            }
            else if (date > periodEnd.AddYears(1))
            {
                Assert.Equal(FlagKind.PublishedLongAfter, Assert.Single(dateFlags).Kind);
            }
            else
            {
                Assert.Empty(dateFlags);
                inFirstQuarter += date.Year == truth.Year + 1 && date.Month <= 3 ? 1 : 0;
            }
        }

        Assert.True(inFirstQuarter > sample.Reports.Count / 2, $"only {inFirstQuarter} reports published in Jan–Mar of the next year");
    }

    [Fact]
    public void Generate_MetricSources_AreExactSpansOfTheDecodedText()
    {
        foreach (var report in sample.Reports)
        {
            var decoded = TextDecoder.Decode(report.Bytes);
            Assert.Equal(report.Text, decoded.Text);
            Assert.Equal(report.Traits.Encoding, decoded.Encoding);
            foreach (var metric in report.Truth.Metrics)
            {
                Assert.Equal(metric.Source, report.Text[metric.Start..metric.End]);
                Assert.DoesNotContain('\n', metric.Origin == MetricOrigin.Table ? metric.Source : string.Empty);
                Assert.Contains(Digits(metric.Value), Fold(metric.Source), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Generate_Metrics_AreDictionaryKeysOncePerReportWithCanonicalUnits()
    {
        foreach (var report in sample.Reports)
        {
            var keys = report.Truth.Metrics.Select(m => m.Key).ToList();
            Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
            foreach (var metric in report.Truth.Metrics)
            {
                Assert.True(MetricDictionary.TryGet(metric.Key, out var definition), metric.Key);
                if (!MetricDictionary.IsMoney(metric.Key))
                {
                    Assert.Equal(definition.Unit, metric.Unit);
                }

                var templates = definition.Templates;
                Assert.True(templates.Contains(MetricDictionary.AnyTemplate) || templates.Contains(report.Truth.Template.StableId()), $"{metric.Key} in a {report.Truth.Template} report");
                Assert.True(metric.Value >= 0 || MetricDictionary.MayBeNegative(metric.Key), $"{metric.Key} = {metric.Value}");
            }

            if (report.Truth.Template != ReportTemplate.Pre2019)
            {
                var tableKeys = StandardTables.ForTemplate(report.Truth.Template).SelectMany(t => t.Keys()).ToHashSet(StringComparer.Ordinal);
                tableKeys.ExceptWith(report.Truth.Cells.Where(c => c.State == CellState.Blank).Select(c => c.Key));
                Assert.Subset(keys.ToHashSet(StringComparer.Ordinal), tableKeys);
            }
        }
    }

    [Fact]
    public void TruthJson_Serialize_HasTheDictionaryShape()
    {
        var report = sample.Reports.First(r => r.Truth.Published is not null && r.Truth.Metrics.Count > 0);

        var bytes = TruthJson.Serialize(report.Truth);
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;

        Assert.Equal(report.FileName, root.GetProperty("file").GetString());
        Assert.Equal(report.Truth.AgencyKind?.StableId(), root.GetProperty("agencyKind").GetString());
        Assert.Equal(report.Truth.Region!.Code, root.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal(report.Truth.Year, root.GetProperty("year").GetInt32());
        Assert.Equal(report.Truth.Template.StableId(), root.GetProperty("template").GetString());
        var first = root.GetProperty("metrics")[0];
        Assert.Equal(report.Truth.Metrics[0].Key, first.GetProperty("key").GetString());
        Assert.Equal(report.Truth.Metrics[0].Value, first.GetProperty("value").GetDecimal());
        Assert.Equal(report.Truth.Metrics[0].Source, first.GetProperty("source").GetString());
        Assert.Contains(report.Truth.Agency!, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratorOptions_NegativeCount_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportGenerator.Generate(new GeneratorOptions(-1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportGenerator.Generate(new GeneratorOptions(1, 1, ErrorRate: 1.5)));
    }

    private static Dictionary<string, decimal> Values(ExtractedReport report) =>
        report.Metrics.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    private static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static string Digits(decimal value) => Math.Abs(value).ToString(CultureInfo.InvariantCulture);

    private static string Fold(string text) => new([.. text.Select(c => c is >= '\uFF10' and <= '\uFF19' ? (char)(c - '\uFF10' + '0') : c == '．' ? '.' : c)]);
}
