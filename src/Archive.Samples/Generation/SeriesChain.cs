using Archive.Core.Agencies;
using Archive.Core.Regions;
using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>One report of a series body (series mode): everything it takes from its body and from its earlier years.</summary>
/// <param name="PlanSeed">Seed of the numbers (a report's numbers follow from its body's earlier years, so they are planned in a chain).</param>
/// <param name="OverviewSeed">Seed of the prose of 一、总体情况: the previous report's when it was copied.</param>
/// <param name="RestSeed">Seed of the other prose: the previous report's when all of it was copied.</param>
/// <param name="LateDays">Days after the legal deadline it is published (0: on time).</param>
internal sealed record SeriesSlot(
    int Body,
    int Year,
    ReportTemplate Template,
    AgencyIdentity Agency,
    MetricPlan Plan,
    string Site,
    ulong OverviewSeed,
    ulong RestSeed,
    int LateDays,
    SeriesTruth Truth)
{
    /// <summary>The topics its prose is written about: another body's when its prose was copied from there.</summary>
    public IReadOnlyList<string>? ProseTopics { get; init; }

    /// <summary>Seed of the house wording (<see cref="ProseStyle"/>): the body's own, its source's when its prose was copied from another body.</summary>
    public ulong StyleSeed { get; init; }
}

/// <summary>
/// Series mode (issue 24): body b reports on consecutive years (one missing for some), renamed in the 2018 机构改革
/// when its designation is a line of the rename table; report i is report <c>i % ReportsPerBody</c> of body
/// <c>i / ReportsPerBody</c>. Bodies of one run never share a region and designation, so each body is one series.
/// </summary>
internal static class SeriesChain
{
    /// <summary>The first year whose reports print the new designation (the 2018 机构改革 took effect in 2019's reports).</summary>
    private const int RenameYear = 2019;

    private const ulong BodyStream = 0x5E51E5UL;

    private static readonly string[] GenericTopics = ["政策文件", "办事指南", "行政许可", "财政资金", "民生实事"];

    private static readonly Lazy<Family[]> Families = new(BuildFamilies);

    /// <summary>A designation (renamed at <see cref="RenameYear"/> when <see cref="Old"/> is set).</summary>
    private sealed record Family(string? Old, string Current, IReadOnlyList<string> Topics, bool IsGovernment);

    public static SeriesSlot Slot(GeneratorOptions options, SeriesOptions series, int index)
    {
        var body = index / series.ReportsPerBody;
        var k = index % series.ReportsPerBody;
        var (bodySeed, region, family, years, missing) = Body(options, series, body);
        var siteRng = new SplitMix64(SplitMix64.Derive(bodySeed, 2));
        MetricPlan? previousPlan = null;
        IReadOnlyList<string>? proseTopics = null;
        var copiedOther = false;
        ulong overviewSeed = 0, restSeed = 0;
        SeriesSlot? slot = null;
        for (var j = 0; j <= k; j++)
        {
            var year = years[j];
            var template = TemplateOf(year);
            var agency = Agency(region, family, year);
            var consecutive = j > 0 && years[j - 1] == year - 1;
            ReportTemplate? previousTemplate = j > 0 ? TemplateOf(years[j - 1]) : null;
            var faults = new List<SeriesFault>();
            var rng = new SplitMix64(SplitMix64.Derive(bodySeed, 100 + (ulong)j));

            var carriedIn = consecutive && template != ReportTemplate.Pre2019 && previousTemplate != ReportTemplate.Pre2019;
            var inForce = consecutive && template == ReportTemplate.V2021 && previousTemplate == ReportTemplate.V2021;
            var (column, delta) = carriedIn && rng.Chance(series.CarryOverErrorRate) ? (rng.Next(6), (long)rng.Between(1, 3)) : (-1, 0L);
            var docsDelta = inForce && rng.Chance(series.InForceErrorRate) ? rng.Between(1, 3) : 0;
            var copyRoll = rng.NextDouble();
            var mayCopy = consecutive && template == previousTemplate && template != ReportTemplate.Pre2019 && !copiedOther;
            var copyAll = mayCopy && copyRoll < series.CopyAllRate;
            var copyOverview = mayCopy && !copyAll && copyRoll < series.CopyAllRate + series.CopyOverviewRate;
            // All the prose from another body's report of the same year (its topics too, names made its own). The
            // report after it writes its own prose (no copy of the year before), so a copy never crosses agencies in a later year.
            var otherRoll = new SplitMix64(SplitMix64.Derive(bodySeed, 500 + (ulong)j)).NextDouble();
            var source = !copyAll && !copyOverview && template != ReportTemplate.Pre2019 && otherRoll < series.CopyOtherRate
                ? SourceOf(options, series, body, year, family.IsGovernment)
                : null;
            var late = rng.Chance(series.LateRate) ? rng.Between(1, 60) : 0;

            SeriesCarry? carry = null;
            if (previousPlan is not null && (carriedIn || inForce))
            {
                carry = new SeriesCarry(
                    carriedIn ? [.. Applicants.Select(a => previousPlan.Count($"apply.carried_out.{a}"))] : null,
                    inForce ? previousPlan.Count("active.rules.in_force") : null,
                    inForce ? previousPlan.Count("active.normative_docs.in_force") : null,
                    column,
                    delta,
                    docsDelta);
            }

            var plan = NumberPlanner.Plan(new SplitMix64(SplitMix64.Derive(bodySeed, 200 + (ulong)j)), agency, year, template, carry);
            overviewSeed = source is not null ? source.OverviewSeed : copyAll || copyOverview ? overviewSeed : SplitMix64.Derive(bodySeed, 300 + (ulong)year);
            restSeed = source is not null ? source.RestSeed : copyAll ? restSeed : SplitMix64.Derive(bodySeed, 400 + (ulong)year);
            var topics = source is not null ? source.ProseTopics ?? source.Agency.Topics : copyAll || copyOverview ? proseTopics : null;
            var site = j == 0 ? PickSite(siteRng, agency) : slot!.Site;
            var styleSeed = source is not null ? source.StyleSeed : SplitMix64.Derive(bodySeed, 600);
            if (j < k)
            {
                previousPlan = plan;
                proseTopics = topics;
                copiedOther = source is not null;
                slot = new SeriesSlot(body, year, template, agency, plan, site, overviewSeed, restSeed, 0, new SeriesTruth(body, string.Empty, null, [])) { StyleSeed = styleSeed };
                continue;
            }

            if (missing is { } gap && j > 0 && years[j - 1] < gap && gap < year)
            {
                faults.Add(new SeriesFault(SeriesFaultKind.MissingYear, gap.ToString(System.Globalization.CultureInfo.InvariantCulture), gap));
            }

            if (j > 0 && slot!.Agency.Name != agency.Name)
            {
                faults.Add(new SeriesFault(SeriesFaultKind.Renamed, $"{slot.Agency.Name} → {agency.Name}", 0));
            }

            if (late > 0)
            {
                faults.Add(new SeriesFault(SeriesFaultKind.PublishedLate, "published", late));
            }

            if (column >= 0 && carry?.CarriedIn is not null)
            {
                faults.Add(new SeriesFault(SeriesFaultKind.CarryOverMismatch, Applicants[column], delta));
            }

            if (docsDelta != 0 && carry?.DocsInForce is not null)
            {
                faults.Add(new SeriesFault(SeriesFaultKind.InForceMismatch, "active.normative_docs", docsDelta));
            }

            if (copyAll || copyOverview)
            {
                faults.Add(new SeriesFault(SeriesFaultKind.CopiedFromPrevious, copyAll ? "all" : "overview", 0));
            }
            else if (consecutive && source is not null && slot!.OverviewSeed == overviewSeed && slot.StyleSeed == styleSeed
                && (proseTopics ?? slot.Agency.Topics).SequenceEqual(topics ?? agency.Topics))
            {
                // Copied from another body two years running, from that body's reports whose 总体情况 is one text (it
                // copied its own the year before): this report's 总体情况 is then its previous report's, word for word
                // (e.g. at 10,000 reports, 2334 from 2326 and 2333 from 2325, 2326 copying 2325's 总体情况: 78% repeated).
                faults.Add(new SeriesFault(SeriesFaultKind.CopiedFromPrevious, slot.RestSeed == restSeed ? "all" : "overview", 0));
            }

            if (source is not null)
            {
                faults.Add(new SeriesFault(SeriesFaultKind.CopiedFromOther, source.Agency.Name, source.Index));
            }

            var bodyName = Agency(region, family, years[^1]).Name;
            var previousIndex = j > 0 ? index - 1 : (int?)null;
            return new SeriesSlot(body, year, template, agency, plan, site, overviewSeed, restSeed, late, new SeriesTruth(body, bodyName, previousIndex, faults)) { ProseTopics = topics, StyleSeed = styleSeed };
        }

        throw new InvalidOperationException("unreachable");
    }

    private static (ulong Seed, RegionInfo Region, Family Family, int[] Years, int? Missing) Body(GeneratorOptions options, SeriesOptions series, int body)
    {
        var bodySeed = SplitMix64.Derive(SplitMix64.Derive(options.Seed, BodyStream), (ulong)body);
        var regions = AgencyCatalog.Default.SeriesRegions;
        var regionIndex = (int)((long)body * Stride(regions.Count) % regions.Count);
        var region = regions[regionIndex];
        // The family depends on the region and the lap only, so two bodies of one region never share a designation.
        var families = Families.Value;
        var lap = body / regions.Count;
        var familyRoll = new SplitMix64(SplitMix64.Derive(SplitMix64.Derive(options.Seed, BodyStream + 1), (ulong)regionIndex)).Next(families.Length);
        var family = families[(familyRoll + lap) % families.Length];
        var years = Years(new SplitMix64(SplitMix64.Derive(bodySeed, 1)), series, out var missing);
        return (bodySeed, region, family, years, missing);
    }

    /// <summary>The report of the nearest earlier body (of the same kind: government or department) on <paramref name="year"/>, or null.</summary>
    private static (SeriesSlot Slot, int Index)? SourceSlot(GeneratorOptions options, SeriesOptions series, int body, int year, bool isGovernment)
    {
        for (var other = body - 1; other >= Math.Max(0, body - 8); other--)
        {
            var (_, _, family, years, _) = Body(options, series, other);
            var k = Array.IndexOf(years, year);
            if (family.IsGovernment == isGovernment && k >= 0)
            {
                var index = (other * series.ReportsPerBody) + k;
                return (Slot(options, series, index), index);
            }
        }

        return null;
    }

    private static CopySource? SourceOf(GeneratorOptions options, SeriesOptions series, int body, int year, bool isGovernment) =>
        SourceSlot(options, series, body, year, isGovernment) is { } found
            ? new CopySource(found.Slot.Agency, found.Slot.OverviewSeed, found.Slot.RestSeed, found.Slot.ProseTopics, found.Slot.StyleSeed, found.Index)
            : null;

    private sealed record CopySource(AgencyIdentity Agency, ulong OverviewSeed, ulong RestSeed, IReadOnlyList<string>? ProseTopics, ulong StyleSeed, int Index);

    private static readonly string[] Applicants = ["natural", "business", "research", "social_org", "legal_service", "other_org"];

    private static ReportTemplate TemplateOf(int year) => year < 2019 ? ReportTemplate.Pre2019 : year < 2021 ? ReportTemplate.V2019 : ReportTemplate.V2021;

    private static AgencyIdentity Agency(RegionInfo region, Family family, int year) =>
        AgencyCatalog.Default.SeriesAgency(region, family.Old is not null && year < RenameYear ? family.Old : family.Current, family.Topics, family.IsGovernment);

    private static string PickSite(SplitMix64 rng, AgencyIdentity agency) =>
        rng.Pick(ProseBank.SiteForms).Replace("{prefix}", agency.RegionPrefix, StringComparison.Ordinal).Replace("{agency}", agency.Printed, StringComparison.Ordinal);

    /// <summary>The body's years: <see cref="SeriesOptions.ReportsPerBody"/> of them, consecutive but for one missing inside for some.</summary>
    private static int[] Years(SplitMix64 rng, SeriesOptions series, out int? missing)
    {
        var count = series.ReportsPerBody;
        var gap = count >= 2 && rng.Chance(series.MissingYearRate);
        var span = count + (gap ? 1 : 0);
        var start = rng.Between(SeriesOptions.FirstYear, SeriesOptions.LastYear - span + 1);
        missing = gap ? start + rng.Between(1, span - 2) : null;
        var skipped = missing;
        return [.. Enumerable.Range(start, span).Where(y => y != skipped)];
    }

    // A step coprime with the count visits every region once before any repeats.
    private static long Stride(int count)
    {
        long stride = 7919;
        while (Gcd(stride, count) != 1)
        {
            stride += 2;
        }

        return stride;
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    private static Family[] BuildFamilies()
    {
        var families = new List<Family> { new(null, "人民政府", ["财政预决算", "重大建设项目", "政策文件", "民生实事", "营商环境"], IsGovernment: true) };
        // The 2018 机构改革 lines of the rename table, where both names classify as the same department.
        foreach (var rename in AgencyNameNormalizer.Default.Renames.Where(r => r.Why.Contains("机构改革", StringComparison.Ordinal)).OrderBy(r => r.From, StringComparer.Ordinal))
        {
            var kind = AgencyKinds.Classify(rename.To);
            if (kind == AgencyKind.Other || kind != AgencyKinds.Classify(rename.From) || families.Any(f => f.Current == rename.To))
            {
                continue;
            }

            families.Add(new Family(rename.From, rename.To, TopicsOf(kind), IsGovernment: false));
        }

        foreach (var steady in new[] { "财政局", "民政局", "司法局", "审计局", "统计局", "商务局", "交通运输局", "公安局" })
        {
            families.Add(new Family(null, steady, TopicsOf(AgencyKinds.Classify(steady)), IsGovernment: false));
        }

        return [.. families];
    }

    private static IReadOnlyList<string> TopicsOf(AgencyKind kind) =>
        AgencyCatalog.Departments.FirstOrDefault(d => d.Kind == kind)?.Topics ?? GenericTopics;
}
