using Archive.Core.Vocabulary;

namespace Archive.Core.Reports;

/// <summary>Quality flag kinds of metric-dictionary.md §10 (and issue 19's unreadable table).</summary>
public enum FlagKind
{
    [StableId("identity_violation")]
    IdentityViolation,

    [StableId("negative_count")]
    NegativeCount,

    [StableId("published_before_period_end")]
    PublishedBeforePeriodEnd,

    [StableId("published_long_after")]
    PublishedLongAfter,

    [StableId("published_date_invalid")]
    PublishedDateInvalid,

    [StableId("year_title_mismatch")]
    YearTitleMismatch,

    [StableId("table_incomplete")]
    TableIncomplete,

    /// <summary>A table is printed but its cells run together: no cell of it is read (issue 19).</summary>
    [StableId("table_unreadable")]
    TableUnreadable,

    /// <summary>Chinese text that never speaks of information disclosure (stored, but not a report of this kind).</summary>
    [StableId("not_a_report")]
    NotAReport,
}
