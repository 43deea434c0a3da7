using Archive.Core.Agencies;
using Archive.Core.Vocabulary;

namespace Archive.Core.Quality;

/// <summary>What the deadline rule says about one report's publication date.</summary>
public enum TimelinessVerdict
{
    /// <summary>Published on or before the legal deadline.</summary>
    OnTime,

    /// <summary>Published after the legal deadline (<see cref="Timeliness.DaysLate"/> says by how much).</summary>
    Late,

    /// <summary>No verdict: no usable date, or no legal deadline is known for this body and year.</summary>
    Unknown,
}

/// <summary>The timeliness of one report: verdict, the deadline applied and why (never a verdict without a date).</summary>
public sealed record Timeliness(TimelinessVerdict Verdict, DateOnly? Deadline, int? DaysLate, string Detail);

/// <summary>
/// Legal deadlines for publishing an annual report (issue 24). Reports on 2008–2018 (2007 条例 art. 31): 3月31日 of
/// the next year for every body. From reports on 2019 (2019 条例 art. 49): departments of a 县级以上 government by
/// 1月31日, a government's own report (agency kind people_government) by 3月31日. Bodies the article does not name
/// (township, subdistrict, development-zone committees, other) get no deadline rather than a guessed one.
/// </summary>
public static class PublicationDeadlines
{
    public const int FirstRegulatedYear = 2008;
    public const int FirstYearOf2019Regulation = 2019;

    private static readonly HashSet<AgencyKind> NotDepartments =
    [
        AgencyKind.PeopleGovernment, AgencyKind.Township, AgencyKind.Subdistrict, AgencyKind.DevelopmentZone, AgencyKind.Other,
    ];

    /// <summary>The deadline for a report on <paramref name="year"/> by a body of <paramref name="agencyKind"/>, or null with the reason.</summary>
    public static (DateOnly? Deadline, string Rule) DeadlineFor(int? year, AgencyKind? agencyKind)
    {
        if (year is not { } y)
        {
            return (null, "reported year unknown");
        }

        if (y < FirstRegulatedYear)
        {
            return (null, $"no legal deadline for reports on {y} (the 条例 applies from 2008)");
        }

        if (y < FirstYearOf2019Regulation)
        {
            return (new DateOnly(y + 1, 3, 31), "2007 条例 art. 31: every body by 3月31日");
        }

        if (agencyKind == AgencyKind.PeopleGovernment)
        {
            return (new DateOnly(y + 1, 3, 31), "2019 条例 art. 49: a government's own report by 3月31日");
        }

        if (agencyKind is not { } kind || NotDepartments.Contains(kind))
        {
            return (null, $"2019 条例 art. 49 sets no deadline known for agency kind {agencyKind?.StableId() ?? "unknown"}");
        }

        return (new DateOnly(y + 1, 1, 31), "2019 条例 art. 49: a department of a 县级以上 government by 1月31日");
    }

    /// <summary>
    /// The verdict for a report. <paramref name="published"/> is the printed date as ISO digits, which may be no
    /// calendar date; a date on or before the end of the reported year is no evidence of publication either (it is
    /// the signature of another document or a misprint) and gives no verdict.
    /// </summary>
    public static Timeliness Evaluate(int? year, AgencyKind? agencyKind, string? published)
    {
        var (deadline, rule) = DeadlineFor(year, agencyKind);
        if (string.IsNullOrEmpty(published))
        {
            return new Timeliness(TimelinessVerdict.Unknown, deadline, null, $"no publication date printed; {rule}");
        }

        if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return new Timeliness(TimelinessVerdict.Unknown, deadline, null, $"published {published} is not a calendar date; {rule}");
        }

        if (deadline is not { } due)
        {
            return new Timeliness(TimelinessVerdict.Unknown, null, null, $"published {published}; {rule}");
        }

        if (date.Year <= year)
        {
            return new Timeliness(TimelinessVerdict.Unknown, due, null, $"published {published} is within the reported year {year}: not a publication date; {rule}");
        }

        var days = date.DayNumber - due.DayNumber;
        return days <= 0
            ? new Timeliness(TimelinessVerdict.OnTime, due, null, $"published {published} <= deadline {due:yyyy-MM-dd} ({rule})")
            : new Timeliness(TimelinessVerdict.Late, due, days, $"published {published}, {days} days after deadline {due:yyyy-MM-dd} ({rule})");
    }
}
