using System.Globalization;
using Archive.Application.Querying;
using Archive.Core.Metrics;
using Archive.Core.Quality;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;

namespace Archive.Application.Quality;

/// <summary>
/// The checks evaluators and journalists make on one report (issue 24): timeliness, the template's tables and
/// sections, and the cross-year identities against the same series' report of the year before. A verdict needs its
/// evidence: a missing date, an unread or blank cell gives UNKNOWN, never PASS or FAIL.
/// </summary>
public static class QualityEvaluator
{
    /// <summary>The applicant columns of table 三 (metric-dictionary.md §4), in printed order.</summary>
    public static IReadOnlyList<string> ApplicantColumns { get; } = ["natural", "business", "research", "social_org", "legal_service", "other_org", "total"];

    /// <summary>The rows of table 二 (2021) with a 现行有效 count carried from year to year.</summary>
    public static IReadOnlyList<string> InForceRows { get; } = ["active.rules", "active.normative_docs"];

    private static readonly Dictionary<string, string> TableNames = new(StringComparer.Ordinal)
    {
        [StandardTables.ActiveTableId] = "二、主动公开政府信息情况",
        [StandardTables.ApplicationsTableId] = "三、收到和处理政府信息公开申请情况",
        [StandardTables.ReviewsTableId] = "四、政府信息公开行政复议、行政诉讼情况",
    };

    public static ReportQualityView Evaluate(QualityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new List<QualityCheckView> { Timeliness(input.Report) };
        var template = input.Report.Template;
        if (template is ReportTemplate.V2019 or ReportTemplate.V2021)
        {
            checks.AddRange(Tables(input));
            checks.AddRange(Sections(input));
            checks.AddRange(CarryOver(input));
        }

        if (template == ReportTemplate.V2021)
        {
            checks.AddRange(InForce(input));
        }

        checks.Add(CopiedFromPrevious(input));
        checks.Add(CopiedFromOther(input));

        return new ReportQualityView(ReportQualityView.ScoreOf(checks), checks);
    }

    private static QualityCheckView Timeliness(ReportView report)
    {
        var result = PublicationDeadlines.Evaluate(report.Year, report.AgencyKind ?? report.Agency?.Kind, report.Published);
        var verdict = result.Verdict switch
        {
            TimelinessVerdict.OnTime => QualityVerdict.Pass,
            TimelinessVerdict.Late => QualityVerdict.Fail,
            _ => QualityVerdict.Unknown,
        };
        IReadOnlyList<QualityEvidenceView> evidence = report.Published is { } published ? [new QualityEvidenceView(report.Id, null, published)] : [];
        return new QualityCheckView(QualityCheckKind.Timeliness, verdict, "published", result.Detail, result.DaysLate, evidence);
    }

    private static IEnumerable<QualityCheckView> Tables(QualityInput input)
    {
        foreach (var table in StandardTables.ForTemplate(input.Report.Template))
        {
            var name = TableNames.GetValueOrDefault(table.Id, table.Id);
            if (input.Cells is null)
            {
                const string NotRecorded = "cell states of this report are not recorded (ingest its file again)";
                yield return new QualityCheckView(QualityCheckKind.TablePresent, QualityVerdict.Unknown, table.Id, $"{name}: {NotRecorded}", null, []);
                yield return new QualityCheckView(QualityCheckKind.TableFilled, QualityVerdict.Unknown, table.Id, $"{name}: {NotRecorded}", null, []);
                continue;
            }

            var keys = table.Keys().ToHashSet(StringComparer.Ordinal);
            var cells = input.Cells.Where(c => keys.Contains(c.Key)).ToList();
            var unreadable = input.Flags.Any(f => f.Kind == FlagKind.TableUnreadable && f.Detail.StartsWith(table.Id + ":", StringComparison.Ordinal));
            var read = cells.Where(c => c.State != CellState.Unread).ToList();
            if (unreadable)
            {
                yield return new QualityCheckView(QualityCheckKind.TablePresent, QualityVerdict.Pass, table.Id, $"{name}: printed, but its cells run together", null, []);
                yield return new QualityCheckView(QualityCheckKind.TableFilled, QualityVerdict.Unknown, table.Id, $"{name}: no cell can be read", null, []);
                continue;
            }

            if (read.Count == 0)
            {
                yield return new QualityCheckView(QualityCheckKind.TablePresent, QualityVerdict.Fail, table.Id, $"{name}: not found in the report (none of its {keys.Count} cells read)", null, []);
                continue;
            }

            yield return new QualityCheckView(
                QualityCheckKind.TablePresent, QualityVerdict.Pass, table.Id, $"{name}: {read.Count} of {keys.Count} cells read", null, [new QualityEvidenceView(input.Report.Id, read[0], null)]);
            var filled = read.Where(c => c.State is CellState.Printed or CellState.NotApplicable or CellState.Text).ToList();
            if (filled.Count > 0)
            {
                yield return new QualityCheckView(
                    QualityCheckKind.TableFilled, QualityVerdict.Pass, table.Id, $"{name}: {filled.Count} cells filled", null, [new QualityEvidenceView(input.Report.Id, filled[0], null)]);
            }
            else
            {
                yield return new QualityCheckView(
                    QualityCheckKind.TableFilled, QualityVerdict.Fail, table.Id, $"{name}: wholly blank ({read.Count} cells read, every one blank)", null, [new QualityEvidenceView(input.Report.Id, read[0], null)]);
            }
        }
    }

    private static IEnumerable<QualityCheckView> Sections(QualityInput input)
    {
        foreach (var section in ReportSections.All)
        {
            var heading = $"{section.Number}、{section.Heading}";
            if (input.Text is null)
            {
                yield return new QualityCheckView(QualityCheckKind.SectionPresent, QualityVerdict.Unknown, section.Number, $"{heading}: text not stored", null, []);
                continue;
            }

            var at = ReportSections.Find(section, input.Text);
            if (at < 0)
            {
                yield return new QualityCheckView(QualityCheckKind.SectionPresent, QualityVerdict.Fail, section.Number, $"{heading}: heading not found", null, []);
                continue;
            }

            var end = Math.Min(input.Text.Length, at + 24);
            var shown = input.Text[at..end];
            var stop = shown.IndexOfAny(['\n', '\t', '。']);
            shown = stop > 0 ? shown[..stop] : shown;
            yield return new QualityCheckView(QualityCheckKind.SectionPresent, QualityVerdict.Pass, section.Number, $"{heading}: found at {at}", null, [new QualityEvidenceView(input.Report.Id, null, shown)]);
        }
    }

    private static IEnumerable<QualityCheckView> CarryOver(QualityInput input)
    {
        var previous = Predecessor(input, QualityCheckKind.CarryOver, "table 三", out var missing, ReportTemplate.V2019, ReportTemplate.V2021);
        if (previous is null)
        {
            yield return missing!;
            yield break;
        }

        foreach (var column in ApplicantColumns)
        {
            var before = Cell(previous.Value.Cells, "apply.carried_out." + column);
            var now = Cell(input.Cells, "apply.carried_in." + column);
            var evidence = Evidence(previous.Value.Report.Id, before).Concat(Evidence(input.Report.Id, now)).ToList();
            var label = $"结转下年度({input.Report.Year - 1}) = 上年结转({input.Report.Year}) [{column}]";
            if (Value(before) is not { } carriedOut || Value(now) is not { } carriedIn)
            {
                yield return new QualityCheckView(QualityCheckKind.CarryOver, QualityVerdict.Unknown, column, $"{label}: {Unprinted(before, now)}", null, evidence);
                continue;
            }

            var verdict = carriedOut == carriedIn ? QualityVerdict.Pass : QualityVerdict.Fail;
            yield return new QualityCheckView(
                QualityCheckKind.CarryOver,
                verdict,
                column,
                $"{label}: {Number(carriedOut)} (report {previous.Value.Report.Id}) vs {Number(carriedIn)} (report {input.Report.Id})",
                (double)(carriedOut - carriedIn),
                evidence);
        }
    }

    private static IEnumerable<QualityCheckView> InForce(QualityInput input)
    {
        var previous = Predecessor(input, QualityCheckKind.InForceBalance, "table 二 (2021 template)", out var missing, ReportTemplate.V2021);
        if (previous is null)
        {
            yield return missing!;
            yield break;
        }

        foreach (var row in InForceRows)
        {
            var before = Cell(previous.Value.Cells, row + ".in_force");
            var issued = Cell(input.Cells, row + ".issued");
            var repealed = Cell(input.Cells, row + ".repealed");
            var now = Cell(input.Cells, row + ".in_force");
            var evidence = Evidence(previous.Value.Report.Id, before).Concat(Evidence(input.Report.Id, issued))
                .Concat(Evidence(input.Report.Id, repealed)).Concat(Evidence(input.Report.Id, now)).ToList();
            var label = $"现行有效({input.Report.Year - 1}) + 本年制发 − 本年废止 = 现行有效({input.Report.Year}) [{row}]";
            if (Value(before) is not { } a || Value(issued) is not { } b || Value(repealed) is not { } c || Value(now) is not { } d)
            {
                yield return new QualityCheckView(QualityCheckKind.InForceBalance, QualityVerdict.Unknown, row, $"{label}: {Unprinted(before, issued, repealed, now)}", null, evidence);
                continue;
            }

            var lhs = a + b - c;
            yield return new QualityCheckView(
                QualityCheckKind.InForceBalance,
                lhs == d ? QualityVerdict.Pass : QualityVerdict.Fail,
                row,
                $"{label}: {Number(a)} + {Number(b)} − {Number(c)} = {Number(lhs)} vs {Number(d)} (reports {previous.Value.Report.Id}, {input.Report.Id})",
                (double)(lhs - d),
                evidence);
        }
    }

    /// <summary>Copied thresholds (issue 24): half the prose repeated is copying; nine tenths is the report copied nearly whole.</summary>
    public const double CopiedShare = 0.5;

    public const double CopiedWholeShare = 0.9;

    private static QualityCheckView CopiedFromPrevious(QualityInput input)
    {
        const string Subject = "previous";
        var previous = Predecessor(input, QualityCheckKind.CopiedFromPrevious, "text", out var missing, [.. StableIds.All<ReportTemplate>()]);
        if (previous is null)
        {
            return missing! with { Subject = Subject };
        }

        var before = previous.Value.Report;
        if (input.Text is null || input.PreviousTexts.GetValueOrDefault(before.Id) is not { } previousText)
        {
            return new QualityCheckView(QualityCheckKind.CopiedFromPrevious, QualityVerdict.Unknown, Subject, $"text of report {(input.Text is null ? input.Report.Id : before.Id)} not stored", null, []);
        }

        var prose = ReportProse.Of(input.Text);
        if (prose.Shingles.Length < ReportProse.MinimumShingles)
        {
            return new QualityCheckView(
                QualityCheckKind.CopiedFromPrevious, QualityVerdict.Unknown, Subject, $"too little prose to compare ({prose.Shingles.Length} shingles, {ReportProse.MinimumShingles} needed)", null, []);
        }

        var (share, shared, passages) = prose.RepeatedFrom(ReportProse.Of(previousText).ShingleSet());
        var percent = Math.Round(share * 100, 1, MidpointRounding.AwayFromZero);
        var level = share >= CopiedWholeShare ? "≥ 90%: copied nearly whole" : share >= CopiedShare ? "≥ 50%: copied" : "below 50%";
        var evidence = passages.Take(3).Select(p => new QualityEvidenceView(input.Report.Id, null, p.Length > 200 ? p[..200] + "…" : p)).ToList();
        if (evidence.Count > 0)
        {
            // The longest passage is in the earlier report too (as its words: figures may differ).
            evidence.Insert(0, evidence[0] with { ReportId = before.Id });
        }

        return new QualityCheckView(
            QualityCheckKind.CopiedFromPrevious,
            share >= CopiedShare ? QualityVerdict.Fail : QualityVerdict.Pass,
            Subject,
            string.Create(CultureInfo.InvariantCulture, $"{percent}% of the prose ({shared} of {prose.Shingles.Length} shingles of {ReportProse.ShingleLength} characters) repeats report {before.Id} ({before.Year}), {level}; {passages.Count} shared passages"),
            (double)percent,
            evidence);
    }

    private static QualityCheckView CopiedFromOther(QualityInput input)
    {
        const string Subject = "other";
        if (input.SimilarOther is not { } result)
        {
            return new QualityCheckView(QualityCheckKind.CopiedFromOther, QualityVerdict.Unknown, Subject, "not compared with other agencies' reports", null, []);
        }

        if (!result.Comparable)
        {
            return new QualityCheckView(QualityCheckKind.CopiedFromOther, QualityVerdict.Unknown, Subject, result.Reason ?? "not comparable", null, []);
        }

        if (result.Nearest is not { } nearest)
        {
            return new QualityCheckView(
                QualityCheckKind.CopiedFromOther,
                QualityVerdict.Pass,
                Subject,
                $"no report of another agency in {input.Report.Year} shares a band of its MinHash signature (a report with half its prose from one of the same length is found with probability above 0.999)",
                0,
                []);
        }

        var percent = Math.Round(nearest.Share * 100, 1, MidpointRounding.AwayFromZero);
        var level = nearest.Share >= CopiedWholeShare ? "≥ 90%: copied nearly whole" : nearest.Share >= CopiedShare ? "≥ 50%: copied" : "below 50%";
        var evidence = nearest.Passages.Take(3).Select(p => new QualityEvidenceView(input.Report.Id, null, p.Length > 200 ? p[..200] + "…" : p)).ToList();
        if (evidence.Count > 0)
        {
            // The longest passage is in the other agency's report too (as its words).
            evidence.Insert(0, evidence[0] with { ReportId = nearest.OtherId });
        }

        return new QualityCheckView(
            QualityCheckKind.CopiedFromOther,
            nearest.Share >= CopiedShare ? QualityVerdict.Fail : QualityVerdict.Pass,
            Subject,
            string.Create(CultureInfo.InvariantCulture, $"{percent}% of the prose ({nearest.Shared} of {nearest.Shingles} shingles of {ReportProse.ShingleLength} characters) is in report {nearest.OtherId} of another agency ({input.Report.Year}), {level}; {nearest.Passages.Count} shared passages"),
            (double)percent,
            evidence);
    }

    /// <summary>The one comparable report of the year before, or null with the UNKNOWN check that says why.</summary>
    private static (ReportView Report, IReadOnlyList<TableCellView>? Cells)? Predecessor(
        QualityInput input, QualityCheckKind kind, string what, out QualityCheckView? missing, params ReportTemplate[] templates)
    {
        missing = null;
        var year = input.Report.Year;
        var comparable = input.PreviousYear.Where(p => templates.Contains(p.Report.Template)).ToList();
        string? why = null;
        if (year is null)
        {
            why = "the reported year is unknown";
        }
        else if (input.PreviousYear.Count == 0)
        {
            why = $"the series has no report on {year - 1}";
        }
        else if (input.PreviousYear.Count > 1)
        {
            why = $"the series has {input.PreviousYear.Count} reports on {year - 1} (reports {string.Join(", ", input.PreviousYear.Select(p => p.Report.Id))}): which one counts is not known";
        }
        else if (comparable.Count == 0)
        {
            why = $"the {year - 1} report (template {input.PreviousYear[0].Report.Template}) has no {what}";
        }

        if (why is not null)
        {
            missing = new QualityCheckView(kind, QualityVerdict.Unknown, "previous", why, null, []);
            return null;
        }

        return comparable[0];
    }

    private static TableCellView? Cell(IReadOnlyList<TableCellView>? cells, string key) => cells?.FirstOrDefault(c => c.Key == key);

    private static decimal? Value(TableCellView? cell) => cell is { State: CellState.Printed, Cell.Value: { } value } ? value : null;

    private static IEnumerable<QualityEvidenceView> Evidence(long reportId, TableCellView? cell) =>
        cell is null ? [] : [new QualityEvidenceView(reportId, cell, null)];

    private static string Unprinted(params TableCellView?[] cells) =>
        "not printed in both reports: " + string.Join(", ", cells.Where(c => c is not { State: CellState.Printed })
            .Select(c => c is null ? "cell states not recorded" : $"{c.Key} of report {c.ReportId} is {c.State.ToString().ToUpperInvariant()}"));

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
