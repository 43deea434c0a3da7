using Archive.Core.Metrics;
using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>
/// Plausible numbers for every metric a report may print, satisfying every identity of metric-dictionary.md §9
/// (errors are put in later, on purpose, by <see cref="ErrorInjector"/>).
/// </summary>
internal static class NumberPlanner
{
    // Shares (per mille) of the result rows of table 三, in StandardTables row order after disclosed.
    private static readonly (string Row, int PerMille)[] ResultShares =
    [
        ("result.disclosed", 430),
        ("result.partial", 90),
        ("result.denied.state_secret", 4),
        ("result.denied.law_prohibited", 6),
        ("result.denied.security_stability", 4),
        ("result.denied.third_party", 20),
        ("result.denied.internal_affairs", 15),
        ("result.denied.process_info", 20),
        ("result.denied.enforcement_files", 8),
        ("result.denied.query_matters", 8),
        ("result.unable.not_held", 200),
        ("result.unable.needs_creation", 40),
        ("result.unable.unclear", 30),
        ("result.not_processed.petition", 35),
        ("result.not_processed.repeated", 30),
        ("result.not_processed.publications", 5),
        ("result.not_processed.mass_repeated", 8),
        ("result.not_processed.confirm_existing", 7),
    ];

    private static readonly string[] ApplicantColumns = ["natural", "business", "research", "social_org", "legal_service", "other_org"];

    public static MetricPlan Plan(SplitMix64 rng, AgencyIdentity agency, int year, ReportTemplate template, SeriesCarry? carry = null)
    {
        var plan = new MetricPlan();
        // Later years are busier: 0.6 in 2008 rising to 1.3 in 2025.
        var scale = agency.Scale * (0.6 + ((year - 2008) * 0.04));
        PlanLegacy(rng, plan, agency, scale);
        if (template == ReportTemplate.V2019)
        {
            PlanActive2019(rng, plan, agency, scale);
        }
        else if (template == ReportTemplate.V2021)
        {
            PlanActive2021(rng, plan, agency, scale, carry);
        }

        if (template != ReportTemplate.Pre2019)
        {
            PlanApplications(rng, plan, template, scale, carry);
            PlanReviews(rng, plan, scale);
        }

        return plan;
    }

    private static int Max(double scale, int perUnit) => Math.Max(1, (int)(scale * perUnit));

    private static void PlanActive2019(SplitMix64 rng, MetricPlan plan, AgencyIdentity agency, double scale)
    {
        var issuesRules = agency.IsGovernment && agency.Region.Level != Core.Regions.RegionLevel.County && rng.Chance(0.6);
        var rulesNew = issuesRules ? rng.Skewed(6) : 0;
        plan.SetCount("active.rules.new", rulesNew, "件");
        plan.SetCount("active.rules.published", rulesNew, "件");
        plan.SetCount("active.rules.total", issuesRules ? rulesNew + rng.Skewed(80) : 0, "件");
        var docsNew = rng.Skewed(Max(scale, 8));
        plan.SetCount("active.normative_docs.new", docsNew, "件");
        plan.SetCount("active.normative_docs.published", rng.Chance(0.85) ? docsNew : rng.Between(0, docsNew), "件");
        plan.SetCount("active.normative_docs.total", docsNew + rng.Skewed(Max(scale, 40)), "件");
        foreach (var (row, items, decisions) in new[] { ("licensing", 60, 1500), ("other_services", 40, 800), ("penalty", 150, 300), ("enforcement", 20, 40) })
        {
            var prev = rng.Chance(0.15) ? 0 : rng.Skewed(Max(scale, items));
            plan.SetCount($"active.{row}.prev_items", prev, "项");
            plan.Set($"active.{row}.change", Change(rng, prev));
            plan.SetCount($"active.{row}.decisions", prev == 0 && rng.Chance(0.7) ? 0 : rng.Skewed(Max(scale, decisions)), "件");
        }

        var feeItems = rng.Chance(0.5) ? 0 : rng.Skewed(12);
        plan.SetCount("active.fees.prev_items", feeItems, "项");
        plan.Set("active.fees.change", Change(rng, feeItems));
        var purchases = rng.Chance(0.3) ? 0 : rng.Skewed(Max(scale, 25));
        plan.SetCount("active.procurement.items", purchases, "项");
        plan.AmountStyle = (AmountStyle)rng.Next(4);
        var hundredths = purchases == 0 ? 0 : ((long)rng.Skewed(Max(scale, 60000)) * 100) + (rng.Chance(0.6) ? rng.Next(100) : 0);
        plan.Set("active.procurement.amount", Amount(hundredths, plan.AmountStyle));
    }

    private static void PlanActive2021(SplitMix64 rng, MetricPlan plan, AgencyIdentity agency, double scale, SeriesCarry? carry)
    {
        var issuesRules = agency.IsGovernment && agency.Region.Level != Core.Regions.RegionLevel.County && rng.Chance(0.6);
        var rulesIssued = issuesRules ? rng.Skewed(6) : 0;
        plan.SetCount("active.rules.issued", rulesIssued, "件");
        var rulesRepealed = issuesRules ? rng.Skewed(3) : 0;
        var rulesInForce = issuesRules ? rulesIssued + rng.Skewed(90) : 0;
        if (carry?.RulesInForce is { } rulesBefore)
        {
            // A series: this year's 现行有效 follows from last year's (nothing repealed that was not in force).
            rulesRepealed = (int)Math.Min(rulesRepealed, rulesBefore + rulesIssued);
            rulesInForce = (int)(rulesBefore + rulesIssued - rulesRepealed);
        }

        plan.SetCount("active.rules.repealed", rulesRepealed, "件");
        plan.SetCount("active.rules.in_force", rulesInForce, "件");
        var docsIssued = rng.Skewed(Max(scale, 8));
        plan.SetCount("active.normative_docs.issued", docsIssued, "件");
        var docsRepealed = rng.Chance(0.6) ? 0 : rng.Skewed(Max(scale, 4));
        var docsInForce = docsIssued + rng.Skewed(Max(scale, 50));
        if (carry?.DocsInForce is { } docsBefore)
        {
            docsRepealed = (int)Math.Min(docsRepealed, docsBefore + docsIssued);
            docsInForce = (int)Math.Max(0, docsBefore + docsIssued - docsRepealed + carry.DocsInForceDelta);
        }

        plan.SetCount("active.normative_docs.repealed", docsRepealed, "件");
        plan.SetCount("active.normative_docs.in_force", docsInForce, "件");
        plan.SetCount("active.licensing.decisions", rng.Chance(0.2) ? 0 : rng.Skewed(Max(scale, 2000)), "件");
        plan.SetCount("active.penalty.decisions", rng.Chance(0.3) ? 0 : rng.Skewed(Max(scale, 300)), "件");
        plan.SetCount("active.enforcement.decisions", rng.Chance(0.6) ? 0 : rng.Skewed(Max(scale, 40)), "件");
        var fees = rng.Chance(0.75) ? 0 : ((long)rng.Skewed(Max(scale, 500)) * 100) + rng.Next(100);
        plan.Set("active.fees.amount", new PlannedValue(ParseAmount(PrintForms.Amount(fees)), PrintForms.Amount(fees), "万元"));
    }

    private static void PlanApplications(SplitMix64 rng, MetricPlan plan, ReportTemplate template, double scale, SeriesCarry? carry)
    {
        var quiet = rng.Chance(0.35 / Math.Max(1.0, scale));
        int[] columnBases =
        [
            quiet ? 0 : rng.Skewed(Max(scale, 25)),
            quiet ? 0 : rng.Skewed(Max(scale, 6)),
            quiet || !rng.Chance(0.1) ? 0 : rng.Skewed(3),
            quiet || !rng.Chance(0.1) ? 0 : rng.Skewed(3),
            quiet || !rng.Chance(0.15) ? 0 : rng.Skewed(4),
            quiet || !rng.Chance(0.2) ? 0 : rng.Skewed(4),
        ];
        var otherRows = template == ReportTemplate.V2019
            ? new[] { ("result.other", 40) }
            : new[] { ("result.other.no_correction", 25), ("result.other.no_fee", 2), ("result.other.other", 13) };
        var rows = ResultShares.Concat(otherRows).ToArray();
        var totalShare = rows.Sum(r => r.Item2);
        var columns = ApplicantColumns.Length;
        var resultCells = new long[rows.Length, columns];
        var totals = new Dictionary<string, long[]>(StringComparer.Ordinal)
        {
            ["new"] = new long[columns],
            ["carried_in"] = new long[columns],
            ["result.total"] = new long[columns],
            ["carried_out"] = new long[columns],
        };
        for (var c = 0; c < columns; c++)
        {
            for (var unit = 0; unit < columnBases[c]; unit++)
            {
                var pick = rng.Next(totalShare);
                var r = 0;
                while (pick >= rows[r].Item2)
                {
                    pick -= rows[r].Item2;
                    r++;
                }

                resultCells[r, c]++;
            }

            var handled = columnBases[c];
            long carriedIn;
            if (carry?.CarriedIn is { } carried)
            {
                // A series: 上年结转 is last year's 结转下年度 (off on purpose in one column when asked).
                carriedIn = Math.Max(0, carried[c] + (c == carry.CarriedInColumn ? carry.CarriedInDelta : 0));
                for (; handled < carriedIn; handled++)
                {
                    // New applications cannot be negative: the carried-in ones are handled this year at the least.
                    resultCells[0, c]++;
                }
            }
            else
            {
                carriedIn = handled > 0 && rng.Chance(0.3) ? rng.Skewed(Math.Max(1, handled / 3)) : 0;
            }

            var carriedOut = handled > 0 && rng.Chance(0.3) ? rng.Skewed(Math.Max(1, handled / 3)) : 0;
            totals["result.total"][c] = handled;
            totals["carried_in"][c] = carriedIn;
            totals["carried_out"][c] = carriedOut;
            totals["new"][c] = handled + carriedOut - carriedIn;
        }

        SetApplicantRow(plan, "new", totals["new"]);
        SetApplicantRow(plan, "carried_in", totals["carried_in"]);
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = new long[columns];
            for (var c = 0; c < columns; c++)
            {
                cells[c] = resultCells[r, c];
            }

            SetApplicantRow(plan, rows[r].Item1, cells);
        }

        SetApplicantRow(plan, "result.total", totals["result.total"]);
        SetApplicantRow(plan, "carried_out", totals["carried_out"]);
    }

    private static void SetApplicantRow(MetricPlan plan, string row, long[] cells)
    {
        long total = 0;
        for (var c = 0; c < cells.Length; c++)
        {
            plan.SetCount($"apply.{row}.{ApplicantColumns[c]}", cells[c], "件");
            total += cells[c];
        }

        plan.SetCount($"apply.{row}.total", total, "件");
    }

    private static void PlanReviews(SplitMix64 rng, MetricPlan plan, double scale)
    {
        foreach (var (prefix, chance) in new[] { ("review", 0.35), ("litigation.direct", 0.2), ("litigation.after_review", 0.1) })
        {
            var active = rng.Chance(Math.Min(0.9, chance * Math.Max(1.0, scale / 2)));
            long total = 0;
            foreach (var part in new[] { "upheld", "corrected", "other", "pending" })
            {
                var value = active ? rng.Skewed(part == "upheld" ? Max(scale, 4) : Max(scale, 2)) : 0;
                plan.SetCount($"{prefix}.{part}", value, "件");
                total += value;
            }

            plan.SetCount($"{prefix}.total", total, "件");
        }
    }

    private static void PlanLegacy(SplitMix64 rng, MetricPlan plan, AgencyIdentity agency, double scale)
    {
        var total = 10 + rng.Skewed(Max(scale, 1500));
        plan.SetCount("legacy.active.total", total, "条");
        var normative = rng.Skewed(Math.Min(total, Max(scale, 15)));
        plan.SetCount("legacy.active.normative_docs", normative, "条");
        plan.SetCount("legacy.active.normative_docs_issued", normative + rng.Skewed(3), "件");
        var gazette = agency.IsGovernment && agency.Region.Level != Core.Regions.RegionLevel.County ? rng.Skewed(total / 5) : 0;
        plan.SetCount("legacy.channel.gazette", gazette, "条");
        plan.SetCount("legacy.channel.website", (total * (60 + rng.Next(41))) / 100, "条");
        plan.SetCount("legacy.channel.weibo", rng.Chance(0.2) ? 0 : rng.Skewed(total / 2), "条");
        plan.SetCount("legacy.channel.wechat", rng.Chance(0.2) ? 0 : rng.Skewed(total / 2), "条");
        plan.SetCount("legacy.channel.other", rng.Chance(0.4) ? 0 : rng.Skewed(total / 3), "条");

        plan.SetCount("legacy.response.hot_topics", rng.Skewed(Max(scale, 20)), "次");
        var press = rng.Skewed(Max(scale, 10));
        plan.SetCount("legacy.response.press_conferences", press, "次");
        plan.SetCount("legacy.response.press_conferences_by_heads", rng.Between(0, press), "次");
        var interviews = rng.Skewed(Max(scale, 6));
        plan.SetCount("legacy.response.interviews", interviews, "次");
        plan.SetCount("legacy.response.interviews_by_heads", rng.Between(0, interviews), "次");
        plan.SetCount("legacy.response.interpretations", rng.Skewed(Max(scale, 30)), "篇");
        plan.SetCount("legacy.response.weibo_wechat_events", rng.Skewed(Max(scale, 10)), "次");
        plan.SetCount("legacy.response.other_events", rng.Skewed(Max(scale, 5)), "次");

        var quiet = rng.Chance(0.35 / Math.Max(1.0, scale));
        long inPerson = quiet ? 0 : rng.Skewed(Max(scale, 8));
        long fax = quiet || !rng.Chance(0.1) ? 0 : rng.Skewed(2);
        long online = quiet ? 0 : rng.Skewed(Max(scale, 15));
        long letter = quiet ? 0 : rng.Skewed(Max(scale, 4));
        var received = inPerson + fax + online + letter;
        plan.SetCount("legacy.apply.in_person", inPerson, "件");
        plan.SetCount("legacy.apply.fax", fax, "件");
        plan.SetCount("legacy.apply.online", online, "件");
        plan.SetCount("legacy.apply.letter", letter, "件");
        plan.SetCount("legacy.apply.received", received, "件");
        var extended = received > 0 && rng.Chance(0.2) ? rng.Between(0, (int)Math.Min(received, 3)) : 0;
        var closed = received - (received > 0 && rng.Chance(0.2) ? rng.Between(0, (int)Math.Min(received - extended, 2)) : 0);
        plan.SetCount("legacy.apply.closed", closed, "件");
        plan.SetCount("legacy.apply.on_time", closed - extended, "件");
        plan.SetCount("legacy.apply.extended", extended, "件");
        plan.SetCount("legacy.apply.replies", closed, "件");
        string[] kinds = ["already_public", "granted", "partial", "denied", "not_held", "not_exist", "amend_requested", "other_channels"];
        int[] kindShares = [200, 380, 60, 60, 150, 80, 30, 40];
        var replyCounts = Distribute(rng, closed, kindShares);
        for (var k = 0; k < kinds.Length; k++)
        {
            plan.SetCount($"legacy.apply.{kinds[k]}", replyCounts[k], "件");
        }

        string[] reasons = ["state_secret", "commercial_secret", "privacy", "security_stability", "not_government_info", "other_law"];
        var reasonCounts = Distribute(rng, replyCounts[3], [80, 150, 250, 60, 300, 160]);
        for (var k = 0; k < reasons.Length; k++)
        {
            plan.SetCount($"legacy.apply.denied.{reasons[k]}", reasonCounts[k], "件");
        }

        foreach (var group in new[] { "review", "litigation" })
        {
            long sum = 0;
            foreach (var part in new[] { "upheld", "corrected", "other" })
            {
                var value = received > 0 && rng.Chance(0.15) ? rng.Skewed(3) : 0;
                plan.SetCount($"legacy.{group}.{part}", value, "件");
                sum += value;
            }

            plan.SetCount($"legacy.{group}.total", sum, "件");
        }

        plan.SetCount("legacy.complaints", rng.Chance(0.8) ? 0 : rng.Skewed(5), "件");
        var fees = rng.Chance(0.9) ? 0 : rng.Skewed(30);
        plan.Set("legacy.fees", new PlannedValue(ParseAmount(PrintForms.Amount(fees)), PrintForms.Amount(fees), "万元"));
        plan.SetCount("legacy.org.units", rng.Between(agency.IsGovernment ? 1 : 0, 2), "个");
        plan.SetCount("legacy.org.reading_points", rng.Between(1, agency.IsGovernment ? 12 : 3), "个");
        var fullTime = rng.Between(agency.IsGovernment ? 2 : 0, Max(scale, 3));
        var partTime = rng.Between(1, Max(scale, 8));
        plan.SetCount("legacy.org.staff_full_time", fullTime, "人");
        plan.SetCount("legacy.org.staff_part_time", partTime, "人");
        plan.SetCount("legacy.org.staff", fullTime + partTime, "人");
        var budget = rng.Chance(0.7) ? 0 : rng.Skewed(Max(scale, 2000));
        plan.Set("legacy.org.budget", new PlannedValue(ParseAmount(PrintForms.Amount(budget)), PrintForms.Amount(budget), "万元"));
        plan.SetCount("legacy.meetings", rng.Between(1, Max(scale, 6)), "次");
        var trainings = rng.Between(0, Max(scale, 5));
        plan.SetCount("legacy.trainings", trainings, "次");
        plan.SetCount("legacy.trainees", trainings == 0 ? 0 : trainings * rng.Between(8, 60), "人次");
    }

    /// <summary>本年增/减: mostly 0, sometimes a gain (printed +N now and then) or a loss not below zero items.</summary>
    private static PlannedValue Change(SplitMix64 rng, long previous)
    {
        var roll = rng.Next(10);
        if (roll < 6)
        {
            return new PlannedValue(0, "0", "项");
        }

        if (roll < 8 || previous == 0)
        {
            var gain = rng.Between(1, 8);
            var printed = rng.Chance(0.3) ? "+" + gain.ToString(System.Globalization.CultureInfo.InvariantCulture) : gain.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new PlannedValue(gain, printed, "项");
        }

        var loss = rng.Between(1, (int)Math.Min(previous, 5));
        return new PlannedValue(-loss, "-" + loss.ToString(System.Globalization.CultureInfo.InvariantCulture), "项");
    }

    private static PlannedValue Amount(long hundredths, AmountStyle style)
    {
        if (style == AmountStyle.CellYuan)
        {
            // 元 amounts are printed as whole yuan: 万元 hundredths × 100.
            var yuan = hundredths * 100;
            var printed = yuan.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new PlannedValue(yuan, printed + "元", "元");
        }

        var text = PrintForms.Amount(hundredths);
        return style switch
        {
            AmountStyle.CellWanYuan => new PlannedValue(ParseAmount(text), text + "万元", "万元"),
            AmountStyle.HeaderWanYuan => new PlannedValue(ParseAmount(text), text, "万元"),
            _ => new PlannedValue(ParseAmount(text), text, null),
        };
    }

    private static decimal ParseAmount(string printed) =>
        decimal.Parse(printed, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture);

    private static long[] Distribute(SplitMix64 rng, long count, int[] shares)
    {
        var result = new long[shares.Length];
        var total = shares.Sum();
        for (long unit = 0; unit < count; unit++)
        {
            var pick = rng.Next(total);
            var k = 0;
            while (pick >= shares[k])
            {
                pick -= shares[k];
                k++;
            }

            result[k]++;
        }

        return result;
    }
}
