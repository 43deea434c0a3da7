namespace Archive.Core.Metrics;

/// <summary>
/// The identities (勾稽关系) of metric-dictionary.md §9 as data, one <see cref="MetricIdentity"/> per column/row instance.
/// An identity is evaluated only when all its terms are present, so the 2019 and 2021 variants of
/// apply.result_total select themselves by the keys a report has.
/// </summary>
public static class MetricIdentities
{
    /// <summary>The table 三 columns, in order.</summary>
    public static IReadOnlyList<string> ApplicantColumns { get; } =
        ["natural", "business", "research", "social_org", "legal_service", "other_org", "total"];

    private static readonly string[] ResultRows2019 = [.. CommonResultRows(), "result.other"];

    private static readonly string[] ResultRows2021 =
        [.. CommonResultRows(), "result.other.no_correction", "result.other.no_fee", "result.other.other"];

    public static IReadOnlyList<MetricIdentity> All { get; } = Build();

    /// <summary>Evaluates every applicable identity; returns the checks that ran (holding or not).</summary>
    public static IReadOnlyList<MetricIdentityCheck> Evaluate(IReadOnlyDictionary<string, decimal> values)
    {
        var checks = new List<MetricIdentityCheck>();
        foreach (var identity in All)
        {
            if (identity.Evaluate(values) is { } check)
            {
                checks.Add(check);
            }
        }

        return checks;
    }

    private static IEnumerable<string> CommonResultRows()
    {
        yield return "result.disclosed";
        yield return "result.partial";
        foreach (var reason in new[] { "state_secret", "law_prohibited", "security_stability", "third_party", "internal_affairs", "process_info", "enforcement_files", "query_matters" })
        {
            yield return "result.denied." + reason;
        }

        foreach (var reason in new[] { "not_held", "needs_creation", "unclear" })
        {
            yield return "result.unable." + reason;
        }

        foreach (var reason in new[] { "petition", "repeated", "publications", "mass_repeated", "confirm_existing" })
        {
            yield return "result.not_processed." + reason;
        }
    }

    private static List<MetricIdentity> Build()
    {
        var all = new List<MetricIdentity>();
        foreach (var column in ApplicantColumns)
        {
            all.Add(new MetricIdentity(
                "apply.balance",
                column,
                [$"apply.new.{column}", $"apply.carried_in.{column}"],
                IdentityRelation.Equal,
                [$"apply.result.total.{column}", $"apply.carried_out.{column}"]));
        }

        string[] rows = ["new", "carried_in", .. ResultRows2019, .. ResultRows2021.Except(ResultRows2019, StringComparer.Ordinal), "result.total", "carried_out"];
        foreach (var row in rows)
        {
            all.Add(new MetricIdentity(
                "apply.row_total",
                row,
                [$"apply.{row}.total"],
                IdentityRelation.Equal,
                [.. ApplicantColumns.Where(c => c != "total").Select(c => $"apply.{row}.{c}")]));
        }

        foreach (var column in ApplicantColumns)
        {
            foreach (var resultRows in new[] { ResultRows2019, ResultRows2021 })
            {
                all.Add(new MetricIdentity(
                    "apply.result_total",
                    column,
                    [$"apply.result.total.{column}"],
                    IdentityRelation.Equal,
                    [.. resultRows.Select(r => $"apply.{r}.{column}")]));
            }
        }

        foreach (var prefix in new[] { "review", "litigation.direct", "litigation.after_review" })
        {
            all.Add(Sum($"{prefix}.total", null, $"{prefix}.total", $"{prefix}.upheld", $"{prefix}.corrected", $"{prefix}.other", $"{prefix}.pending"));
        }

        all.Add(Sum("legacy.apply.received_channels", null, "legacy.apply.received", "legacy.apply.in_person", "legacy.apply.fax", "legacy.apply.online", "legacy.apply.letter"));
        all.Add(Sum("legacy.apply.closed_split", null, "legacy.apply.closed", "legacy.apply.on_time", "legacy.apply.extended"));
        all.Add(Sum(
            "legacy.apply.reply_kinds",
            null,
            "legacy.apply.replies",
            "legacy.apply.already_public",
            "legacy.apply.granted",
            "legacy.apply.partial",
            "legacy.apply.denied",
            "legacy.apply.not_held",
            "legacy.apply.not_exist",
            "legacy.apply.amend_requested",
            "legacy.apply.other_channels"));
        all.Add(Sum(
            "legacy.apply.denied_reasons",
            null,
            "legacy.apply.denied",
            "legacy.apply.denied.state_secret",
            "legacy.apply.denied.commercial_secret",
            "legacy.apply.denied.privacy",
            "legacy.apply.denied.security_stability",
            "legacy.apply.denied.not_government_info",
            "legacy.apply.denied.other_law"));
        all.Add(Sum("legacy.review.total", null, "legacy.review.total", "legacy.review.upheld", "legacy.review.corrected", "legacy.review.other"));
        all.Add(Sum("legacy.litigation.total", null, "legacy.litigation.total", "legacy.litigation.upheld", "legacy.litigation.corrected", "legacy.litigation.other"));
        all.Add(Sum("legacy.org.staff_split", null, "legacy.org.staff", "legacy.org.staff_full_time", "legacy.org.staff_part_time"));
        all.Add(Within("legacy.active.normative_within", "legacy.active.normative_docs", "legacy.active.total"));
        all.Add(Within("legacy.response.press_heads_within", "legacy.response.press_conferences_by_heads", "legacy.response.press_conferences"));
        all.Add(Within("legacy.response.interviews_heads_within", "legacy.response.interviews_by_heads", "legacy.response.interviews"));
        return all;
    }

    private static MetricIdentity Sum(string id, string? scope, string total, params string[] parts) =>
        new(id, scope, [total], IdentityRelation.Equal, parts);

    private static MetricIdentity Within(string id, string part, string whole) =>
        new(id, null, [part], IdentityRelation.AtMost, [whole]);
}
