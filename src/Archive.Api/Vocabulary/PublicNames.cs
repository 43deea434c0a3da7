using System.Collections.Concurrent;
using System.Text;
using Archive.Application.Quality;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;

namespace Archive.Api.Vocabulary;

/// <summary>
/// One spelling per concept on every public surface (GraphQL, CSV, CLI JSON, the page), README "One vocabulary".
/// A domain enum has two spellings and each is written once: its stable id, the [StableId] attribute on the value in
/// Core (pre2019, table, province, identity_violation: stored in SQLite, the index, the §13 JSON, and served where
/// the schema types a kind as an id string), and its public enum name, which is not written anywhere but derived here
/// from the member name in CONSTANT_CASE, as GraphQL spells enum values (Pre2019 → PRE2019, NotApplicable →
/// NOT_APPLICABLE; an enum value cannot start with a digit, so V2019, not 2019). The attribute, not this class, holds
/// the stored spelling because Storage, Search and Ingest convert too and none of them references the API.
/// </summary>
public static class PublicNames
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    /// <summary>(template, Chinese label) of each template.</summary>
    public static IReadOnlyList<(ReportTemplate Template, string Label)> Templates { get; } =
    [
        (ReportTemplate.Pre2019, "2019年以前"),
        (ReportTemplate.V2019, "2019年版"),
        (ReportTemplate.V2021, "2021年版"),
    ];

    /// <summary>(origin, Chinese label) of each metric origin.</summary>
    public static IReadOnlyList<(MetricOrigin Origin, string Label)> Origins { get; } =
    [
        (MetricOrigin.Table, "表格"),
        (MetricOrigin.Prose, "正文"),
    ];

    /// <summary>(state, Chinese label) of each table-cell state.</summary>
    public static IReadOnlyList<(CellState State, string Label)> CellStates { get; } =
    [
        (CellState.Printed, "已填数字"),
        (CellState.Blank, "空白"),
        (CellState.NotApplicable, "不适用"),
        (CellState.Text, "文字"),
        (CellState.Unread, "未能读取"),
    ];

    /// <summary>(kind, public, Chinese label) of each quality check: the GraphQL <c>QualityCheckKind</c> names, the quality CSV's check column.</summary>
    public static IReadOnlyList<(QualityCheckKind Kind, string Public, string Label)> QualityChecks { get; } =
    [
        .. new (QualityCheckKind Kind, string Label)[]
        {
            (QualityCheckKind.Timeliness, "按时发布"),
            (QualityCheckKind.TablePresent, "表格齐全"),
            (QualityCheckKind.TableFilled, "表格填写"),
            (QualityCheckKind.SectionPresent, "章节齐全"),
            (QualityCheckKind.CarryOver, "结转衔接"),
            (QualityCheckKind.InForceBalance, "现行有效衔接"),
            (QualityCheckKind.CopiedFromPrevious, "照抄上年"),
            (QualityCheckKind.CopiedFromOther, "照抄其他机关"),
        }.Select(c => (c.Kind, Of(c.Kind), c.Label)),
    ];

    /// <summary>(verdict, public, Chinese label) of each check verdict: the GraphQL <c>QualityVerdict</c> names.</summary>
    public static IReadOnlyList<(QualityVerdict Verdict, string Public, string Label)> QualityVerdicts { get; } =
    [
        .. new (QualityVerdict Verdict, string Label)[]
        {
            (QualityVerdict.Pass, "通过"),
            (QualityVerdict.Fail, "未通过"),
            (QualityVerdict.Unknown, "无法判断"),
        }.Select(v => (v.Verdict, Of(v.Verdict), v.Label)),
    ];

    public static string Check(QualityCheckKind kind) => Of(kind);

    public static string Verdict(QualityVerdict verdict) => Of(verdict);

    /// <summary>The element every surface wraps a search match in (GraphQL html, CLI JSON snippets).</summary>
    public const string HighlightTag = "mark";

    /// <summary>The public (GraphQL enum) name of a value: its member name in CONSTANT_CASE.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => Names.GetOrAdd(value, v => ConstantCase(v.ToString()));

    /// <summary>The value whose public name is <paramref name="text"/> (case-insensitive), if any.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The public name of a template stored as <paramref name="stableId"/> (an index facet value); unknown ids as they are.</summary>
    public static string Template(string stableId) => StableIds.TryParse<ReportTemplate>(stableId, out var template) ? Of(template) : stableId;

    /// <summary>The template of a public or stored spelling, or null when it is neither.</summary>
    public static ReportTemplate? TemplateFromAny(string text)
    {
        if (TryParse<ReportTemplate>(text, out var template))
        {
            return template;
        }

        foreach (var candidate in StableIds.All<ReportTemplate>())
        {
            if (string.Equals(text, candidate.StableId(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The metric dictionary's "any" (pre-2019 table or prose, so any report) is every template.</summary>
    public static IReadOnlyList<ReportTemplate> DictionaryTemplates(IEnumerable<string> dictionaryTemplates) =>
        [.. dictionaryTemplates.SelectMany(t => t == "any" ? StableIds.All<ReportTemplate>() : [StableIds.Parse<ReportTemplate>(t)]).Distinct().Order()];

    private static string ConstantCase(string memberName)
    {
        var text = new StringBuilder(memberName.Length + 4);
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(memberName[i - 1]) && !char.IsDigit(memberName[i - 1]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }
}
