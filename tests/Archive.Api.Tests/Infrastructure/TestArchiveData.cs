using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Core.Agencies;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Storage;
using Archive.Storage.Entities;
using Archive.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>
/// The rows the API tests read: a small gazetteer (three provinces, their prefectures and counties), the five seeds
/// with the metadata, metrics and flags of their truth files, and 240 generated reports spread over regions,
/// years, agencies and templates, with metrics whose source spans point into the generated text.
/// </summary>
public static class TestArchiveData
{
    public const int GeneratedReports = 240;

    public static readonly (string Code, string Name, string? Parent, RegionLevel Level)[] Regions =
    [
        ("640000", "宁夏回族自治区", null, RegionLevel.Province),
        ("640100", "银川市", "640000", RegionLevel.Prefecture),
        ("640122", "贺兰县", "640100", RegionLevel.County),
        ("640200", "石嘴山市", "640000", RegionLevel.Prefecture),
        ("640221", "平罗县", "640200", RegionLevel.County),
        ("640500", "中卫市", "640000", RegionLevel.Prefecture),
        ("640502", "沙坡头区", "640500", RegionLevel.County),
        ("370000", "山东省", null, RegionLevel.Province),
        ("370100", "济南市", "370000", RegionLevel.Prefecture),
        ("370102", "历下区", "370100", RegionLevel.County),
        ("370800", "济宁市", "370000", RegionLevel.Prefecture),
        ("370826", "微山县", "370800", RegionLevel.County),
        ("440000", "广东省", null, RegionLevel.Province),
        ("440100", "广州市", "440000", RegionLevel.Prefecture),
        ("440103", "荔湾区", "440100", RegionLevel.County),
    ];

    private static readonly (string Suffix, AgencyKind Kind)[] Departments =
    [
        ("人民政府", AgencyKind.PeopleGovernment),
        ("工业和信息化局", AgencyKind.IndustryAndIt),
        ("教育局", AgencyKind.Education),
        ("财政局", AgencyKind.Finance),
    ];

    private static readonly string[] ApplicationPhrases =
    [
        "依申请公开工作办理及时",
        "其中不予公开2件",
        "依申请公开答复均在法定期限内完成，未发生行政诉讼",
        "办理结果均已按时答复",
    ];

    public static async Task AddAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        var existing = await db.Regions.Select(r => r.Code).ToListAsync(cancellationToken);
        db.Regions.AddRange(Regions.Where(r => !existing.Contains(r.Code))
            .Select(r => new RegionEntity { Code = r.Code, Name = r.Name, ParentCode = r.Parent, Level = r.Level }));
        await db.SaveChangesAsync(cancellationToken);

        var agencies = new Dictionary<(string Name, string Region), AgencyEntity>();
        AgencyEntity Agency(string name, string region, AgencyKind kind)
        {
            if (!agencies.TryGetValue((name, region), out var agency))
            {
                agency = db.Agencies.Local.FirstOrDefault(a => a.Name == name && a.RegionCode == region)
                    ?? db.Agencies.FirstOrDefault(a => a.Name == name && a.RegionCode == region)
                    ?? db.Agencies.Add(new AgencyEntity { Name = name, RegionCode = region, Kind = kind }).Entity;
                agencies[(name, region)] = agency;
            }

            return agency;
        }

        await EnrichSeedsAsync(db, Agency, cancellationToken);
        AddGenerated(db, Agency);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Gives the ingested seeds the metadata, metrics and flags of their truth files.</summary>
    private static async Task EnrichSeedsAsync(ArchiveDbContext db, Func<string, string, AgencyKind, AgencyEntity> agency, CancellationToken cancellationToken)
    {
        // Every report here is a seed: their metrics are replaced (deleted first, so new rows may take the same ordinals).
        await db.Metrics.ExecuteDeleteAsync(cancellationToken);
        var seeds = await db.Reports.Include(r => r.Flags).ToListAsync(cancellationToken);
        foreach (var report in seeds)
        {
            var truthPath = Path.Combine(TestPaths.TruthDir, Path.ChangeExtension(report.FileName, ".json"));
            using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(truthPath, cancellationToken));
            var root = truth.RootElement;
            var region = root.GetProperty("region").GetProperty("code").GetString()!;
            report.Title = root.GetProperty("title").GetString();
            report.AgencyName = root.GetProperty("agency").GetString();
            report.AgencyKind = StableIds.Parse<AgencyKind>(root.GetProperty("agencyKind").GetString()!);
            report.Agency = agency(report.AgencyName!, region, report.AgencyKind.Value);
            SetRegion(report, region);
            report.Year = root.GetProperty("year").GetInt32();
            report.Published = root.GetProperty("published").GetString();
            report.PublishedDate = report.Published is null ? null : DateOnly.Parse(report.Published, CultureInfo.InvariantCulture);
            report.Template = StableIds.Parse<ReportTemplate>(root.GetProperty("template").GetString()!);

            db.QualityFlags.RemoveRange(report.Flags);
            report.Metrics.Clear();
            report.Flags.Clear();
            foreach (var metric in root.GetProperty("metrics").EnumerateArray())
            {
                var source = metric.GetProperty("source").GetString()!;
                var at = report.NormalizedText.IndexOf(source, StringComparison.Ordinal);
                if (at < 0)
                {
                    // The source is a span of the raw file; normalization may have joined its lines.
                    continue;
                }

                report.Metrics.Add(new MetricEntity
                {
                    Ordinal = report.Metrics.Count,
                    MetricKey = KeyOf(db, metric.GetProperty("key").GetString()!),
                    Value = metric.GetProperty("value").GetDouble(),
                    Unit = metric.GetProperty("unit").GetString(),
                    Origin = StableIds.Parse<MetricOrigin>(metric.GetProperty("origin").GetString()!),
                    SourceStart = at,
                    SourceEnd = at + source.Length,
                    SourceText = source,
                });
            }

            foreach (var flag in root.GetProperty("flags").EnumerateArray())
            {
                report.Flags.Add(new QualityFlagEntity { Kind = StableIds.Parse<FlagKind>(flag.GetProperty("kind").GetString()!), Detail = flag.GetProperty("detail").GetString()! });
            }
        }
    }

    private static void AddGenerated(ArchiveDbContext db, Func<string, string, AgencyKind, AgencyEntity> agency)
    {
        var random = new Random(20260101);
        var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < GeneratedReports; i++)
        {
            var region = Regions[random.Next(Regions.Length)];
            var (suffix, kind) = Departments[random.Next(Departments.Length)];
            var agencyName = region.Name + suffix;
            var year = 2012 + random.Next(12);
            var template = year <= 2018 ? ReportTemplate.Pre2019 : year <= 2020 ? ReportTemplate.V2019 : ReportTemplate.V2021;
            DateOnly? published = random.Next(5) == 0 ? null : new DateOnly(year + 1, 1 + random.Next(3), 1 + random.Next(28));
            var title = $"{agencyName}{year}年政府信息公开工作年度报告";

            var activeTotal = 20 + random.Next(500);
            var applications = random.Next(60);
            var reviews = random.Next(5);
            var procurement = 10 + random.Next(9000);
            var procurementUnit = random.Next(2) == 0 ? "万元" : "元";
            var phrase = ApplicationPhrases[random.Next(ApplicationPhrases.Length)];

            var text = new StringBuilder()
                .Append(title).Append("\n\n一、总体情况\n")
                .Append(year).Append("年，").Append(agencyName).Append("认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开。\n")
                .Append("二、主动公开政府信息情况\n全年主动公开政府信息").Append(activeTotal).Append("条，政府集中采购总金额").Append(procurement).Append(procurementUnit).Append("。\n")
                .Append("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t").Append(applications).Append('\n')
                .Append(phrase).Append("。\n")
                .Append("四、政府信息公开行政复议、行政诉讼情况\n行政复议总计\t").Append(reviews).Append('\n')
                .Append("五、存在的主要问题及改进情况\n信息公开的及时性有待提高。\n")
                .ToString();

            var report = new ReportEntity
            {
                ContentHash = $"generated-{i:D4}",
                SourcePath = $"generated/{i:D4}.txt",
                FileName = $"{i:D4}.txt",
                FileType = "txt",
                FileSize = Encoding.UTF8.GetByteCount(text),
                FileHash = $"generated-{i:D4}",
                Encoding = "utf-8",
                Title = title,
                AgencyName = agencyName,
                AgencyKind = kind,
                Agency = agency(agencyName, region.Code, kind),
                Year = year,
                Published = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                PublishedDate = published,
                Template = template,
                NormalizedText = text,
                IngestedAt = now,
                UpdatedAt = now,
                Indexed = true,
            };
            SetRegion(report, region.Code);

            if (template == ReportTemplate.Pre2019)
            {
                report.Metrics.Add(Metric(db, report, text, "legacy.active.total", activeTotal, "条", MetricOrigin.Prose, $"主动公开政府信息{activeTotal}条"));
                report.Metrics.Add(Metric(db, report, text, "legacy.apply.received", applications, "件", MetricOrigin.Table, $"一、本年新收政府信息公开申请数量\t{applications}"));
            }
            else
            {
                report.Metrics.Add(Metric(db, report, text, "apply.new.total", applications, "件", MetricOrigin.Table, $"一、本年新收政府信息公开申请数量\t{applications}"));
                report.Metrics.Add(Metric(db, report, text, "review.total", reviews, "件", MetricOrigin.Table, $"行政复议总计\t{reviews}"));
                if (template == ReportTemplate.V2019)
                {
                    report.Metrics.Add(Metric(db, report, text, "active.procurement.amount", procurement, procurementUnit, MetricOrigin.Prose, $"政府集中采购总金额{procurement}{procurementUnit}"));
                }
            }

            if (random.Next(7) == 0)
            {
                report.Flags.Add(new QualityFlagEntity { Kind = FlagKind.IdentityViolation, Detail = $"apply.balance[total]: {applications} vs {applications + 1}" });
            }

            if (random.Next(15) == 0)
            {
                report.Flags.Add(new QualityFlagEntity { Kind = FlagKind.TableIncomplete, Detail = "table4: blank cells review.upheld" });
            }

            db.Reports.Add(report);
        }
    }

    private static MetricEntity Metric(ArchiveDbContext db, ReportEntity report, string text, string key, double value, string? unit, MetricOrigin origin, string source)
    {
        var at = text.IndexOf(source, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"generated source '{source}' not in its text");
        }

        return new MetricEntity { Ordinal = report.Metrics.Count, MetricKey = KeyOf(db, key), Value = value, Unit = unit, Origin = origin, SourceStart = at, SourceEnd = at + source.Length, SourceText = source };
    }

    /// <summary>The stored key row of <paramref name="key"/>, added to the context when new.</summary>
    private static MetricKeyEntity KeyOf(ArchiveDbContext db, string key) =>
        db.MetricKeys.Local.FirstOrDefault(k => k.Key == key)
        ?? db.MetricKeys.FirstOrDefault(k => k.Key == key)
        ?? db.MetricKeys.Add(new MetricKeyEntity { Key = key }).Entity;

    /// <summary>Sets the region and the province/prefecture/county codes by walking the test gazetteer.</summary>
    private static void SetRegion(ReportEntity report, string code)
    {
        report.RegionCode = code;
        report.ProvinceCode = report.PrefectureCode = report.CountyCode = null;
        for (string? at = code; at is not null;)
        {
            var region = Regions.Single(r => r.Code == at);
            switch (region.Level)
            {
                case RegionLevel.Province:
                    report.ProvinceCode = region.Code;
                    break;
                case RegionLevel.Prefecture:
                    report.PrefectureCode = region.Code;
                    break;
                default:
                    report.CountyCode = region.Code;
                    break;
            }

            at = region.Parent;
        }
    }
}
