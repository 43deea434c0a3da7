namespace Archive.Samples.Generation;

/// <summary>A fault of a series report put in on purpose (issue 24).</summary>
public enum SeriesFaultKind
{
    /// <summary>Published after the legal deadline; <see cref="SeriesFault.Amount"/> is the days late.</summary>
    PublishedLate,

    /// <summary>上年结转 of one applicant column differs from last year's 结转下年度 (its column and the total then differ).</summary>
    CarryOverMismatch,

    /// <summary>现行有效 行政规范性文件 ≠ last year's + 本年制发 − 本年废止.</summary>
    InForceMismatch,

    /// <summary>The prose is (nearly) all the previous report's: <see cref="SeriesFault.Subject"/> is "all" (≥ 90%) or "overview" (≥ 50%).</summary>
    CopiedFromPrevious,

    /// <summary>
    /// All the prose is another body's report of the same year (its topics too, the names this body's):
    /// <see cref="SeriesFault.Subject"/> is that body's name, <see cref="SeriesFault.Amount"/> the index of its report.
    /// </summary>
    CopiedFromOther,

    /// <summary>The body published nothing on <see cref="SeriesFault.Amount"/> (recorded on its next report).</summary>
    MissingYear,

    /// <summary>Not a fault: the body was renamed; its report prints the new name (<see cref="SeriesFault.Subject"/> old → new).</summary>
    Renamed,
}

/// <summary>One fault of a report, as its generator put it in.</summary>
/// <param name="Subject">What it is in: an applicant column (natural … other_org), a table 二 row, a copy extent, a rename.</param>
/// <param name="Amount">Days late, the delta put in, or the missing year.</param>
public sealed record SeriesFault(SeriesFaultKind Kind, string Subject, long Amount);

/// <summary>The series truth of one generated report.</summary>
/// <param name="Body">The body's index in the run (reports of one body share it).</param>
/// <param name="BodyName">The body's current (latest) name.</param>
/// <param name="PreviousIndex">Index of the body's report of the previous year (null when none).</param>
public sealed record SeriesTruth(int Body, string BodyName, int? PreviousIndex, IReadOnlyList<SeriesFault> Faults);
