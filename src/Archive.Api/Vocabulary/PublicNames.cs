using Archive.Application.Quality;
using Archive.Core.Reports;

namespace Archive.Api.Vocabulary;

/// <summary>
/// One spelling per concept on every public surface (GraphQL, CSV, CLI JSON, the page), README "One vocabulary".
/// Enums are spelled as GraphQL must spell them (an enum value cannot start with a digit, so V2019, not 2019):
/// template PRE2019 | V2019 | V2021, origin TABLE | PROSE. The database and the metric dictionary's §13 JSON
/// (`archive extract --json`, the scorer's exchange shape) keep the dictionary's own strings (pre2019, table).
/// Ids (agency kinds, flag kinds, metric keys, region codes) are the dictionary's snake/dotted ids everywhere.
/// </summary>
public static class PublicNames
{
    /// <summary>(stored, public, Chinese label) of each template.</summary>
    public static IReadOnlyList<(string Stored, string Public, string Label)> Templates { get; } =
    [
        (ReportTemplates.Pre2019, "PRE2019", "2019年以前"),
        (ReportTemplates.V2019, "V2019", "2019年版"),
        (ReportTemplates.V2021, "V2021", "2021年版"),
    ];

    /// <summary>(stored, public, Chinese label) of each metric origin.</summary>
    public static IReadOnlyList<(string Stored, string Public, string Label)> Origins { get; } =
    [
        (MetricOrigins.Table, "TABLE", "表格"),
        (MetricOrigins.Prose, "PROSE", "正文"),
    ];

    /// <summary>The element every surface wraps a search match in (GraphQL html, CLI JSON snippets).</summary>
    public const string HighlightTag = "mark";

    public static string Template(string stored) => Lookup(Templates, stored);

    public static string Origin(string stored) => Lookup(Origins, stored);

    /// <summary>(state, public, Chinese label) of each table-cell state: the GraphQL <c>CellState</c> names.</summary>
    public static IReadOnlyList<(CellState State, string Public, string Label)> CellStates { get; } =
    [
        (CellState.Printed, "PRINTED", "已填数字"),
        (CellState.Blank, "BLANK", "空白"),
        (CellState.NotApplicable, "NOT_APPLICABLE", "不适用"),
        (CellState.Text, "TEXT", "文字"),
        (CellState.Unread, "UNREAD", "未能读取"),
    ];

    public static string State(CellState state) => CellStates.First(s => s.State == state).Public;

    /// <summary>(kind, public, Chinese label) of each quality check: the GraphQL <c>QualityCheckKind</c> names, the quality CSV's check column.</summary>
    public static IReadOnlyList<(QualityCheckKind Kind, string Public, string Label)> QualityChecks { get; } =
    [
        (QualityCheckKind.Timeliness, "TIMELINESS", "按时发布"),
        (QualityCheckKind.TablePresent, "TABLE_PRESENT", "表格齐全"),
        (QualityCheckKind.TableFilled, "TABLE_FILLED", "表格填写"),
        (QualityCheckKind.SectionPresent, "SECTION_PRESENT", "章节齐全"),
        (QualityCheckKind.CarryOver, "CARRY_OVER", "结转衔接"),
        (QualityCheckKind.InForceBalance, "IN_FORCE_BALANCE", "现行有效衔接"),
        (QualityCheckKind.CopiedFromPrevious, "COPIED_FROM_PREVIOUS", "照抄上年"),
        (QualityCheckKind.CopiedFromOther, "COPIED_FROM_OTHER", "照抄其他机关"),
    ];

    /// <summary>(verdict, public, Chinese label) of each check verdict: the GraphQL <c>QualityVerdict</c> names.</summary>
    public static IReadOnlyList<(QualityVerdict Verdict, string Public, string Label)> QualityVerdicts { get; } =
    [
        (QualityVerdict.Pass, "PASS", "通过"),
        (QualityVerdict.Fail, "FAIL", "未通过"),
        (QualityVerdict.Unknown, "UNKNOWN", "无法判断"),
    ];

    public static string Check(QualityCheckKind kind) => QualityChecks.First(c => c.Kind == kind).Public;

    public static string Verdict(QualityVerdict verdict) => QualityVerdicts.First(v => v.Verdict == verdict).Public;

    /// <summary>The stored value of a public or stored template spelling, or null when it is neither.</summary>
    public static string? TemplateFromAny(string text)
    {
        foreach (var (stored, name, _) in Templates)
        {
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase) || string.Equals(text, stored, StringComparison.OrdinalIgnoreCase))
            {
                return stored;
            }
        }

        return null;
    }

    /// <summary>The metric dictionary's "any" (pre-2019 table or prose, so any report) is every template.</summary>
    public static IReadOnlyList<string> DictionaryTemplates(IEnumerable<string> dictionaryTemplates) =>
        [.. dictionaryTemplates.SelectMany(t => t == "any" ? Templates.Select(x => x.Stored) : [t]).Distinct(StringComparer.Ordinal)
            .OrderBy(t => Templates.ToList().FindIndex(x => x.Stored == t))];

    private static string Lookup(IReadOnlyList<(string Stored, string Public, string Label)> table, string stored)
    {
        foreach (var (s, p, _) in table)
        {
            if (s == stored)
            {
                return p;
            }
        }

        return stored;
    }
}
