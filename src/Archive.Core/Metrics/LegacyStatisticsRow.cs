namespace Archive.Core.Metrics;

/// <summary>One row of the 2015–2018 政府信息公开情况统计表 (统计指标 / 单位 / 统计数).</summary>
/// <param name="Key">The metric key, or null for a heading row (printed with —— as unit and value).</param>
/// <param name="Label">统计指标 as printed in the national table.</param>
/// <param name="Unit">单位 as printed; "——" for headings.</param>
/// <param name="Level">0 = section (一、), 1 = item (（一）), 2 = sub-item (1.), 3 = 其中 detail rows.</param>
/// <param name="LabelVariants">Other wordings that mean the same concept (older/provincial versions).</param>
public sealed record LegacyStatisticsRow(string? Key, string Label, string Unit, int Level, IReadOnlyList<string> LabelVariants);
