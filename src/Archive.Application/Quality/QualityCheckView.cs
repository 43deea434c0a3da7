using Archive.Application.Querying;

namespace Archive.Application.Quality;

/// <summary>What a quality check looks at (issue 24).</summary>
public enum QualityCheckKind
{
    /// <summary>Published by the legal deadline for its body and year.</summary>
    Timeliness,

    /// <summary>A standard table of the 2019/2021 template is in the report.</summary>
    TablePresent,

    /// <summary>A standard table present in the report has at least one cell filled (not wholly blank).</summary>
    TableFilled,

    /// <summary>One of the six template sections (一 … 六) has its heading in the text.</summary>
    SectionPresent,

    /// <summary>结转下年度 of the previous year's report equals this report's 上年结转, per applicant column of table 三.</summary>
    CarryOver,

    /// <summary>现行有效(Y−1) + 本年制发(Y) − 本年废止(Y) = 现行有效(Y), for 规章 and 行政规范性文件 (2021 template).</summary>
    InForceBalance,

    /// <summary>Share of the prose repeated from the series' report of the year before (<see cref="ReportProse"/>): FAIL at ≥ 50%.</summary>
    CopiedFromPrevious,

    /// <summary>Share of the prose found in the nearest report of another agency in the same year (MinHash/LSH, then exact): FAIL at ≥ 50%.</summary>
    CopiedFromOther,
}

/// <summary>A check's outcome. Unknown is never counted as a pass or a fail.</summary>
public enum QualityVerdict
{
    Pass,
    Fail,
    Unknown,
}

/// <summary>A cell, a date or a span the verdict rests on, in one report.</summary>
/// <param name="ReportId">The report the evidence is in.</param>
/// <param name="Cell">The table cell, when the evidence is one.</param>
/// <param name="Text">The characters (a date, a heading), when the evidence is not a cell.</param>
public sealed record QualityEvidenceView(long ReportId, TableCellView? Cell, string? Text);

/// <summary>One check on a report.</summary>
/// <param name="Subject">What exactly was checked: a table id, a section numeral, a column or a row key.</param>
/// <param name="Amount">The size of a failure: days late, or lhs − rhs of a cross-year identity.</param>
public sealed record QualityCheckView(
    QualityCheckKind Kind,
    QualityVerdict Verdict,
    string Subject,
    string Detail,
    double? Amount,
    IReadOnlyList<QualityEvidenceView> Evidence);

/// <summary>A report's checks and their score (README: "Report quality").</summary>
/// <param name="Score">round(100 × passed ÷ (passed + failed)); null when no check has a PASS or FAIL verdict.</param>
public sealed record ReportQualityView(int? Score, IReadOnlyList<QualityCheckView> Checks)
{
    public static int? ScoreOf(IReadOnlyList<QualityCheckView> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var passed = checks.Count(c => c.Verdict == QualityVerdict.Pass);
        var failed = checks.Count(c => c.Verdict == QualityVerdict.Fail);
        return passed + failed == 0 ? null : (int)Math.Round(100.0 * passed / (passed + failed), MidpointRounding.AwayFromZero);
    }
}
