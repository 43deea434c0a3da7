using System.Text.RegularExpressions;

namespace Archive.Core.Quality;

/// <summary>One of the six section headings the 2019 and 2021 templates share (metric-dictionary.md §2).</summary>
/// <param name="Number">The heading's numeral, 一 … 六.</param>
/// <param name="Heading">The official heading text.</param>
public sealed record TemplateSection(string Number, string Heading);

/// <summary>Finds the six template section headings in a report's text (issue 24, completeness).</summary>
public static partial class ReportSections
{
    public static IReadOnlyList<TemplateSection> All { get; } =
    [
        new("一", "总体情况"),
        new("二", "主动公开政府信息情况"),
        new("三", "收到和处理政府信息公开申请情况"),
        new("四", "政府信息公开行政复议、行政诉讼情况"),
        new("五", "存在的主要问题及改进情况"),
        new("六", "其他需要报告的事项"),
    ];

    // A numeral, its 、 (or ．/.) and, within a short run of non-sentence characters, the heading's key words
    // (五、政府信息公开工作存在的主要问题及改进情况 is the same heading). Any numeral: a real report converted from PDF
    // numbers them 一…五 after one heading was lost in the conversion, and a section is there
    // whatever its number. Section 五 may also show only through its sub-headings （一）主要问题 （二）改进情况.
    // Table 三's own rows (一、本年新收…, 四、结转下年度…) carry none of these words; the opening sentence that lists
    // the six sections has no numerals before them.
    private static readonly Dictionary<string, Regex> Patterns = new(StringComparer.Ordinal)
    {
        ["一"] = One(),
        ["二"] = Two(),
        ["三"] = Three(),
        ["四"] = Four(),
        ["五"] = Five(),
        ["六"] = Six(),
    };

    /// <summary>Where the section's heading starts in <paramref name="text"/>, or -1 when it is not found.</summary>
    public static int Find(TemplateSection section, string text)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(text);
        var match = Patterns[section.Number].Match(text);
        return match.Success ? match.Index : -1;
    }

    [GeneratedRegex(@"[一二三四五六七八]\s*[、．.]\s*[^。；;\n]{0,12}?(?:总体情况|概述|概况)")]
    private static partial Regex One();

    [GeneratedRegex(@"[一二三四五六七八]\s*[、．.]\s*[^。；;\n]{0,12}?主动公开")]
    private static partial Regex Two();

    [GeneratedRegex(@"[一二三四五六七八]\s*[、．.]\s*[^。；;\n]{0,12}?(?:收到和处理|依申请)")]
    private static partial Regex Three();

    [GeneratedRegex(@"[一二三四五六七八]\s*[、．.]\s*[^。；;\n]{0,16}?(?:行政复议|行政诉讼)")]
    private static partial Regex Four();

    [GeneratedRegex(@"[一二三四五六七八]\s*[、．.]\s*[^。；;\n]{0,16}?(?:存在的主要问题|主要问题|存在的问题|存在问题)|[（(]一[）)]\s*(?:存在的)?主要问题")]
    private static partial Regex Five();

    [GeneratedRegex(@"[一二三四五六七八]\s*[、．.]\s*[^。；;\n]{0,12}?其他需要(?:报告|说明)")]
    private static partial Regex Six();
}
