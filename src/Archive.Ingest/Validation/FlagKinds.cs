namespace Archive.Ingest.Validation;

/// <summary>Quality flag kinds of metric-dictionary.md §10.</summary>
public static class FlagKinds
{
    public const string IdentityViolation = "identity_violation";
    public const string NegativeCount = "negative_count";
    public const string PublishedBeforePeriodEnd = "published_before_period_end";
    public const string PublishedLongAfter = "published_long_after";
    public const string PublishedDateInvalid = "published_date_invalid";
    public const string YearTitleMismatch = "year_title_mismatch";
    public const string TableIncomplete = "table_incomplete";

    /// <summary>Chinese text that never speaks of information disclosure (stored, but not a report of this kind).</summary>
    public const string NotAReport = "not_a_report";
}
