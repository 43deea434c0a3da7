using System.Globalization;
using System.Text;
using Archive.Core.Metrics;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;

namespace Archive.Samples.Generation;

/// <summary>Composes one synthetic report (text, bytes and truth) from the run seed and its index.</summary>
internal static class ReportComposer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        // GB18030 ships in the code-pages provider, not in the core runtime's encodings.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    private static readonly string[] Pre2019Headings =
    [
        "一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、政府信息公开的收费及减免情况",
        "五、因政府信息公开申请提起行政复议、行政诉讼的情况", "六、存在的主要问题及改进措施", "七、其他需要报告的事项",
    ];

    private static readonly string[] Pre2019HeadingVariants =
    [
        "一、政府信息公开工作概述", "二、政府信息主动公开情况", "三、政府信息依申请公开情况", "四、政府信息公开收费及减免情况",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "六、政府信息公开工作存在的主要问题和改进措施", "七、其他需要报告的事项",
    ];

    private static readonly string[] Breadcrumbs =
    [
        "当前位置：首页 > 政务公开 > 政府信息公开年报", "您现在的位置：首页 >> 信息公开 >> 年度报告", "首页 > 政府信息公开 > 政府信息公开年度报告",
        "当前位置：首页>政府信息公开>年报",
    ];

    private static readonly string[] ShareLines = ["分享到：微信 微博 QQ空间", "【打印本页】【关闭窗口】", "【字体：大 中 小】 打印 关闭"];

    private static readonly string[] TemplateHeadings =
    [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
    ];

    public static GeneratedReport Compose(GeneratorOptions options, int index)
    {
        var rng = new SplitMix64(SplitMix64.Derive(options.Seed, (ulong)index));
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{index:D6}_{rng.NextUInt64():x16}.txt");
        var series = options.Series is { } seriesOptions ? SeriesChain.Slot(options, seriesOptions, index) : null;
        ReportTemplate template;
        int year;
        AgencyIdentity agency;
        if (series is null)
        {
            var templateRoll = rng.Next(100);
            template = templateRoll < 40 ? ReportTemplate.Pre2019 : templateRoll < 62 ? ReportTemplate.V2019 : ReportTemplate.V2021;
            year = template switch
            {
                ReportTemplate.Pre2019 => rng.Between(2008, 2018),
                ReportTemplate.V2019 => rng.Between(2019, 2020),
                _ => rng.Between(2021, 2025),
            };
            agency = AgencyCatalog.Choose(rng, year);
        }
        else
        {
            (template, year, agency) = (series.Template, series.Year, series.Agency);
        }

        var layoutRoll = rng.Next(100);
        var layout = layoutRoll < 40 ? TextLayout.Tabbed : layoutRoll < 75 ? TextLayout.SpaceAligned : layoutRoll < 90 ? TextLayout.CellPerLine : TextLayout.Markdown;
        var fullWidth = rng.Chance(0.12);
        var encodingName = rng.Chance(0.15) ? "gb18030" : "utf-8";
        var crlf = rng.Chance(0.1);
        var wrapped = layout == TextLayout.SpaceAligned || (layout == TextLayout.Tabbed && rng.Chance(0.15));
        var doubleSpaced = wrapped && rng.Chance(0.3);
        var splitLabels = rng.Chance(0.4);
        var compactTabs = rng.Chance(0.5);
        var spacedNumbers = rng.Chance(0.3);

        var plan = series?.Plan ?? NumberPlanner.Plan(rng, agency, year, template);
        var hasTable = template == ReportTemplate.Pre2019 && year >= 2015 && rng.Chance(0.5);
        var tableKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in StandardTables.ForTemplate(template))
        {
            tableKeys.UnionWith(table.Keys());
        }

        if (hasTable)
        {
            tableKeys.UnionWith(StandardTables.LegacyStatistics.Where(r => r.Key is not null).Select(r => r.Key!));
        }
        else if (template != ReportTemplate.Pre2019)
        {
            // A template report's 收到…申请 sentence states table 三's new applications.
            plan.Set("legacy.apply.received", plan["apply.new.total"] with { Unit = "件" });
        }

        var proseKeys = ChooseProseKeys(rng, template, agency);
        if (series is not null && template != ReportTemplate.Pre2019)
        {
            // A series report's prose states no figures, so that prose copied from last year's report reads the same.
            proseKeys.Clear();
        }

        var errors = new List<string>();
        if (rng.Chance(options.ErrorRate))
        {
            var printed = new HashSet<string>(tableKeys, StringComparer.Ordinal);
            printed.UnionWith(proseKeys);
            var description = ErrorInjector.Inject(rng, plan, printed);
            if (description is null)
            {
                // A prose-only report gets the staff sentence so that it has an identity to break.
                string[] staff = ["legacy.org.staff", "legacy.org.staff_full_time", "legacy.org.staff_part_time"];
                proseKeys.UnionWith(staff);
                printed.UnionWith(staff);
                description = ErrorInjector.Inject(rng, plan, printed);
            }

            if (description is not null)
            {
                errors.Add(description);
            }
        }

        // Metadata: title, period statement, date, anomalies.
        // A series report's date is its timeliness (on time or late on purpose), never a metadata anomaly.
        var anomaly = series is null && rng.Chance(options.AnomalyRate) ? rng.Next(4) : -1;
        var titleYear = anomaly == 3 ? year - 1 : year;
        var titleRoll = rng.Next(100);
        var titleForm = anomaly == 3 ? 0 : titleRoll < 60 ? 0 : titleRoll < 85 ? 1 : titleRoll < 95 ? 2 : 3;
        if (titleForm == 2 && !agency.IsGovernment)
        {
            titleForm = 0;
        }

        var withPeriod = anomaly == 3 || titleForm == 3 || rng.Chance(0.8);
        var withSignature = titleForm >= 2 || rng.Chance(0.9);
        var withDate = anomaly is 0 or 1 or 2 || rng.Chance(0.88) || series is { LateDays: > 0 };
        var (printedDate, published, dateFlags) = series is null ? ChooseDate(rng, year, anomaly, withDate) : SeriesDate(rng, year, agency, series.LateDays, withDate);

        var site = rng.Pick(ProseBank.SiteForms).Replace("{prefix}", agency.RegionPrefix, StringComparison.Ordinal).Replace("{agency}", agency.Printed, StringComparison.Ordinal);
        site = series?.Site ?? site;
        // A copied report writes about its source's topics (under its own name).
        var proseAgency = series?.ProseTopics is { } topics ? agency with { Topics = topics } : agency;
        var prose = new ProseComposer(new ProseContext(
            series is null ? rng : new SplitMix64(series.RestSeed), proseAgency, year, template, plan, site, fullWidth, spacedNumbers, tableKeys, proseKeys)
        {
            Style = series is null ? null : ProseStyle.Of(series.StyleSeed),
        });
        // A series report's 一、总体情况 has a stream of its own: the previous report's when it was copied from there.
        var overviewProse = series is null
            ? prose
            : new ProseComposer(new ProseContext(new SplitMix64(series.OverviewSeed), proseAgency, year, template, plan, site, fullWidth, spacedNumbers, tableKeys, proseKeys)
            {
                Style = ProseStyle.Of(series.StyleSeed),
            });

        var newLine = crlf ? "\r\n" : "\n";
        var output = new ReportTextBuilder(newLine);
        var style = new ParagraphStyle(
            wrapped ? (layout == TextLayout.SpaceAligned ? "        " : "　　") : (rng.Chance(0.5) ? "　　" : string.Empty),
            wrapped ? rng.Between(70, 86) : 0,
            doubleSpaced ? newLine + newLine : newLine,
            rng.Chance(0.75),
            layout == TextLayout.SpaceAligned);
        var writer = new DocumentWriter(output, rng, style, series is null ? null : ProseStyle.Of(series.StyleSeed));

        // Title.
        string? title = null;
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        var titleYearText = titleYear.ToString(CultureInfo.InvariantCulture);
        var yearGap = rng.Chance(0.3) ? " " : string.Empty;
        var titleTail = rng.Next(10) switch
        {
            < 7 => $"{titleYearText}{yearGap}年政府信息公开工作年度报告",
            < 9 => $"{titleYearText}{yearGap}年政府信息公开年度报告",
            _ => $"{titleYearText}{yearGap}年度政府信息公开工作报告",
        };
        var centre = layout == TextLayout.SpaceAligned ? new string(' ', rng.Between(12, 30)) : string.Empty;
        // Page chrome (issue 19): a quarter are saved as report pages are — breadcrumb, 索引号/发布机构 rows, the page's
        // heading, 来源/时间 line and buttons above the report, a footer below. The page's date stands in for a missing
        // printed date; its heading for a missing title line.
        var chrome = rng.Chance(0.25);
        string? pageHeading = null;
        if (chrome)
        {
            var pageDate = $"{year + 1:D4}-{rng.Between(1, 3):D2}-{rng.Between(1, 28):D2}";
            if (series is not null)
            {
                // The page's date is the report's own, or one on time: a page date must not make a report late by accident.
                pageDate = published ?? SeriesDate(rng, year, agency, 0, withDate: true).Iso!;
            }

            output.Line(rng.Pick(Breadcrumbs));
            if (rng.Chance(0.5))
            {
                output.Line($"索引号：{rng.Between(10000000, 99999999)}/{year + 1}-{rng.Between(10000, 99999)}\t主题分类：政务公开");
                output.Line($"发布机构：{agency.Printed}\t发文日期：{pageDate}");
            }

            pageHeading = (titleForm == 2 ? agency.RegionPrefix : agency.Printed) + titleTail.Replace(" ", string.Empty, StringComparison.Ordinal);
            output.Line(pageHeading);
            output.Line($"来源：{(rng.Chance(0.5) ? agency.Printed : agency.RegionPrefix + "人民政府")}　时间：{pageDate} {rng.Between(8, 18):D2}:{rng.Between(0, 59):D2}　浏览次数：{rng.Between(20, 3000)}");
            output.Line(rng.Pick(ShareLines));
            published ??= pageDate;
        }

        output.BlankLine();
        switch (titleForm)
        {
            case 0:
                output.Line(centre + agency.Printed + titleTail);
                title = agency.Printed + titleTail;
                break;
            case 1:
                output.Line(centre + agency.Printed);
                output.Line(centre + titleTail);
                title = agency.Printed + titleTail;
                break;
            case 2:
                output.Line(centre + agency.RegionPrefix + titleTail);
                title = agency.RegionPrefix + titleTail;
                break;
        }

        title = (title ?? pageHeading)?.Replace(" ", string.Empty, StringComparison.Ordinal);
        output.BlankLine();

        writer.Paragraph([ProseSegment.Plain(Intro(rng, agency, template, year, withPeriod, site))]);

        var grids = new StandardTableGrids(rng, plan, fullWidth, splitLabels, layout);
        // A series report prints every cell: a blank one would leave a cross-year fault put in on purpose without evidence.
        var tables = new TableRenderer(output, rng, layout, compactTabs, mayLeaveBlanks: errors.Count == 0 && series is null);
        if (template == ReportTemplate.Pre2019)
        {
            var headings = rng.Chance(0.6) ? Pre2019Headings : Pre2019HeadingVariants;
            writer.Heading(headings[0]);
            foreach (var paragraph in prose.OverviewPre2019())
            {
                writer.Paragraph(paragraph);
            }

            writer.Heading(headings[1]);
            foreach (var paragraph in prose.ActivePre2019())
            {
                writer.Paragraph(paragraph);
            }

            writer.Heading(headings[2]);
            writer.Paragraph(prose.ApplicationsPre2019());
            writer.Heading(headings[3]);
            writer.Paragraph(prose.FeesPre2019());
            writer.Heading(headings[4]);
            writer.Paragraph(prose.ReviewsPre2019(hasTable));
            writer.Heading(headings[5]);
            foreach (var paragraph in prose.ProblemsAndImprovements())
            {
                writer.Paragraph(paragraph);
            }

            writer.Heading(headings[6]);
            writer.Paragraph(prose.OtherMatters());
            if (hasTable)
            {
                writer.Paragraph([ProseSegment.Plain("附件：政府信息公开情况统计表")]);
            }
        }
        else
        {
            writer.Heading(TemplateHeadings[0]);
            foreach (var (heading, paragraph) in overviewProse.Overview2019())
            {
                if (heading is not null)
                {
                    writer.Heading(heading);
                }

                writer.Paragraph(paragraph);
            }

            var templateTables = StandardTables.ForTemplate(template);
            writer.Heading(TemplateHeadings[1]);
            tables.Render(grids.Active(templateTables[0]));
            output.BlankLine();
            writer.Heading(TemplateHeadings[2]);
            tables.Render(grids.Applications(templateTables[1]));
            output.BlankLine();
            writer.Heading(TemplateHeadings[3]);
            tables.Render(grids.Reviews(templateTables[2]));
            output.BlankLine();
            writer.Heading(TemplateHeadings[4]);
            foreach (var paragraph in prose.ProblemsAndImprovements())
            {
                writer.Paragraph(paragraph);
            }

            writer.Heading(TemplateHeadings[5]);
            writer.Paragraph(prose.OtherMatters());
        }

        var signatureIndent = layout == TextLayout.SpaceAligned ? new string(' ', rng.Between(40, 60)) : string.Empty;
        if (withSignature)
        {
            output.BlankLine();
            output.Line(signatureIndent + agency.Printed + (agency.Kind == Core.Agencies.AgencyKind.DevelopmentZone && rng.Chance(0.3) ? "（代章）" : string.Empty));
        }

        if (printedDate is not null)
        {
            output.BlankLine();
            output.Line(signatureIndent + printedDate);
        }

        if (withSignature && rng.Chance(0.2))
        {
            output.BlankLine();
            output.Line("（此件公开发布）");
        }

        if (hasTable)
        {
            output.BlankLine();
            output.Line("附件：");
            output.BlankLine();
            output.Line(centre + yearText + (rng.Chance(0.5) ? " " : string.Empty) + "年度政府信息公开情况统计表");
            output.BlankLine();
            output.Line("填报单位（盖章）：" + (rng.Chance(0.5) ? agency.Printed : string.Empty));
            output.BlankLine();
            tables.Render(grids.Statistics());
            output.BlankLine();
            output.Line("单位负责人：" + PersonName(rng));
            output.Line("审核人：" + PersonName(rng));
            output.Line("填报人：" + PersonName(rng));
            output.Line("联系电话：" + Phone(rng));
            if (printedDate is not null)
            {
                output.Line("填报日期：" + printedDate.TrimStart());
            }
        }

        if (chrome && !hasTable)
        {
            output.BlankLine();
            output.Line(rng.Pick(ShareLines));
            output.Line($"版权所有：{agency.RegionPrefix}人民政府　网站标识码：{rng.Between(1000000000, 2000000000)}");
        }

        var text = output.ToString();
        var bytes = encodingName == "gb18030" ? Gb18030.Value.GetBytes(text) : Utf8.GetBytes(text);
        var flags = new List<ReportFlag>(dateFlags);
        if (titleYear != year && title is not null)
        {
            flags.Add(new ReportFlag(FlagKind.YearTitleMismatch, $"title {titleYearText}, statistics period {yearText}"));
        }

        var anomalies = flags.Select(f => f.Kind).ToList();
        var traits = new ReportTraits(template, layout, encodingName, fullWidth, crlf, wrapped, doubleSpaced, grids.SplitAny, hasTable, errors, anomalies, chrome);
        var metadata = new ExtractedReport
        {
            File = fileName,
            Title = title,
            Agency = agency.Name,
            AgencyKind = agency.Kind,
            Region = agency.RegionRef,
            Year = year,
            Published = published,
            Template = template,
            Notes = Notes(traits),
        };
        var truth = TruthAssembler.Assemble(metadata, output.Metrics, flags, output.BlankCells);
        return new GeneratedReport(fileName, bytes, text, truth, traits) { Series = series?.Truth };
    }

    private static HashSet<string> ChooseProseKeys(SplitMix64 rng, ReportTemplate template, AgencyIdentity agency)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Maybe(double chance, params string[] chosen)
        {
            if (rng.Chance(chance))
            {
                keys.UnionWith(chosen);
            }
        }

        if (template == ReportTemplate.Pre2019)
        {
            Maybe(0.7, "legacy.active.total");
            Maybe(0.6, "legacy.channel.website");
            Maybe(0.35, "legacy.channel.weibo");
            Maybe(0.35, "legacy.channel.wechat");
            Maybe(agency.IsGovernment && agency.Region.Level != RegionLevel.County ? 0.5 : 0, "legacy.channel.gazette");
            Maybe(0.25, "legacy.channel.other");
            Maybe(0.4, "legacy.response.interpretations");
            Maybe(0.15, "legacy.response.hot_topics");
            Maybe(0.15, "legacy.response.press_conferences");
            Maybe(0.1, "legacy.response.interviews");
            Maybe(0.6, "legacy.apply.received");
            if (keys.Contains("legacy.apply.received"))
            {
                Maybe(0.15, "legacy.apply.in_person", "legacy.apply.online", "legacy.apply.letter", "legacy.apply.fax");
            }

            Maybe(0.35, "legacy.org.staff", "legacy.org.staff_full_time", "legacy.org.staff_part_time");
            Maybe(0.25, "legacy.org.reading_points");
            Maybe(0.3, "legacy.meetings");
            Maybe(0.3, "legacy.trainings");
        }
        else
        {
            Maybe(0.35, "legacy.active.total");
            Maybe(0.2, "legacy.channel.website");
            Maybe(0.12, "legacy.channel.weibo");
            Maybe(0.12, "legacy.channel.wechat");
            Maybe(0.25, "legacy.response.interpretations");
            Maybe(0.25, "legacy.apply.received");
            Maybe(0.15, "legacy.meetings");
            Maybe(0.15, "legacy.trainings");
        }

        if (keys.Contains("legacy.trainings"))
        {
            Maybe(0.7, "legacy.trainees");
        }

        return keys;
    }

    private static string Intro(SplitMix64 rng, AgencyIdentity agency, ReportTemplate template, int year, bool withPeriod, string site)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        if (template == ReportTemplate.Pre2019)
        {
            builder.Append(rng.Chance(0.5)
                ? $"本报告根据《中华人民共和国政府信息公开条例》（国务院令第492号，以下简称《条例》）要求，由{agency.Printed}编制。"
                : $"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，{agency.Printed}编制本年度报告。");
            builder.Append("全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请提起行政复议和行政诉讼的情况、存在的主要问题及改进措施、其他需要报告的事项。");
        }
        else
        {
            var notice = template == ReportTemplate.V2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
            builder.Append($"本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（{notice}）要求，由{agency.Printed}编制。");
            builder.Append("报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成。");
        }

        if (withPeriod)
        {
            builder.Append(rng.Next(3) switch
            {
                0 => $"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
                1 => $"本报告所列数据的统计期限自{y}年1月1日起，至{y}年12月31日止。",
                _ => $"本报告中所列数据的统计期限自 {y} 年 1 月 1 日起，至 {y} 年 12 月 31 日止。",
            });
        }

        builder.Append($"本报告电子版可在{site}查阅或下载。如对本报告有疑问，请与{agency.Located}办公室联系（电话：{Phone(rng)}）。");
        return builder.ToString();
    }

    /// <summary>
    /// A series report's date: on time, or <paramref name="lateDays"/> after the legal deadline (3月31日 for reports on
    /// 2008–2018 and for a government's own; 1月31日 for departments from 2019).
    /// </summary>
    private static (string? Printed, string? Iso, List<ReportFlag> Flags) SeriesDate(SplitMix64 rng, int year, AgencyIdentity agency, int lateDays, bool withDate)
    {
        var januaryDeadline = year >= 2019 && !agency.IsGovernment;
        var deadline = januaryDeadline ? new DateOnly(year + 1, 1, 31) : new DateOnly(year + 1, 3, 31);
        var date = lateDays > 0
            ? deadline.AddDays(lateDays)
            : januaryDeadline ? new DateOnly(year + 1, 1, rng.Between(5, 31)) : new DateOnly(year + 1, rng.Between(1, 3), rng.Between(1, 28));
        if (!withDate)
        {
            return (null, null, []);
        }

        var padded = rng.Chance(0.15);
        var month = padded ? date.Month.ToString("D2", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        var day = padded ? date.Day.ToString("D2", CultureInfo.InvariantCulture) : date.Day.ToString(CultureInfo.InvariantCulture);
        var printed = rng.Chance(0.15) ? $"{date.Year} 年 {month} 月 {day} 日" : $"{date.Year}年{month}月{day}日";
        return (printed, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), []);
    }

    /// <summary>The printed signature date, the truth's ISO date, and the date flags it implies.</summary>
    private static (string? Printed, string? Iso, List<ReportFlag> Flags) ChooseDate(SplitMix64 rng, int year, int anomaly, bool withDate)
    {
        var flags = new List<ReportFlag>();
        if (!withDate)
        {
            return (null, null, flags);
        }

        int y, m, d;
        switch (anomaly)
        {
            case 0:
                (y, m, d) = (year, rng.Between(1, 11), rng.Between(1, 28));
                break;
            case 1:
                (y, m, d) = (year + 2, rng.Between(1, 6), rng.Between(1, 28));
                break;
            case 2:
                (y, m, d) = rng.Chance(0.5) ? (year + 1, 2, rng.Between(30, 31)) : (year + 1, rng.Pick([4, 6]), 31);
                break;
            default:
                m = rng.Between(1, 3);
                (y, d) = (year + 1, rng.Between(1, m == 2 ? 28 : 31));
                break;
        }

        var padded = rng.Chance(0.15);
        var spaced = rng.Chance(0.15);
        var month = padded ? m.ToString("D2", CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture);
        var day = padded ? d.ToString("D2", CultureInfo.InvariantCulture) : d.ToString(CultureInfo.InvariantCulture);
        var yearText = y.ToString(CultureInfo.InvariantCulture);
        var printed = spaced ? $"{yearText} 年 {month} 月 {day} 日" : $"{yearText}年{month}月{day}日";
        var iso = string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}");
        var periodEnd = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-12-31");
        if (d > DateTime.DaysInMonth(y, m))
        {
            flags.Add(new ReportFlag(FlagKind.PublishedDateInvalid, $"{iso} is not a date"));
        }
        else if (string.CompareOrdinal(iso, periodEnd) <= 0)
        {
            flags.Add(new ReportFlag(FlagKind.PublishedBeforePeriodEnd, $"published {iso} <= period end {periodEnd}"));
        }
        else if (string.CompareOrdinal(iso, string.Create(CultureInfo.InvariantCulture, $"{year + 1:D4}-12-31")) > 0)
        {
            flags.Add(new ReportFlag(FlagKind.PublishedLongAfter, $"published {iso} > {periodEnd} + 1 year"));
        }

        return (printed, iso, flags);
    }

    private static string PersonName(SplitMix64 rng)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = rng.Pick(ProseBank.Surnames) + rng.Pick(ProseBank.GivenNames);
            if (attempt > 10 || !AgencyCatalog.Default.ContainsPlaceName(name))
            {
                return name;
            }
        }
    }

    private static string Phone(SplitMix64 rng) =>
        string.Create(CultureInfo.InvariantCulture, $"0{rng.Between(100, 999)}-{rng.Between(2000000, 8999999)}");

    private static string Notes(ReportTraits traits)
    {
        var notes = new StringBuilder("synthetic; layout ")
            .Append(traits.Layout.ToString())
            .Append(", ").Append(traits.Encoding);
        if (traits.FullWidthDigits)
        {
            notes.Append(", full-width digits");
        }

        if (traits.CrLf)
        {
            notes.Append(", CRLF");
        }

        if (traits.WrappedProse)
        {
            notes.Append(traits.DoubleSpaced ? ", wrapped double-spaced prose" : ", wrapped prose");
        }

        if (traits.SplitLabels)
        {
            notes.Append(", split labels");
        }

        if (traits.HasStatisticsTable)
        {
            notes.Append(", 统计表");
        }

        foreach (var error in traits.DeliberateErrors)
        {
            notes.Append("; deliberate error ").Append(error);
        }

        foreach (var anomaly in traits.Anomalies)
        {
            notes.Append("; deliberate ").Append(anomaly.StableId());
        }

        return notes.ToString();
    }
}
