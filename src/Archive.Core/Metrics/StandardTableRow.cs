namespace Archive.Core.Metrics;

/// <summary>One data row of a standard table.</summary>
/// <param name="KeyPrefix">Metric key prefix of the row's cells (apply.result.disclosed); empty for table 四 whose column suffixes are whole keys.</param>
/// <param name="Label">The row label as the template prints it (for sub-rows without the group label: 1.属于国家秘密).</param>
/// <param name="Group">The spanning row label this row sits under (（三）不予公开, 三、本年度办理结果), null if none.</param>
/// <param name="LabelVariants">Other spellings seen in real reports (规范性文件 / 行政规范性文件).</param>
public sealed record StandardTableRow(
    string KeyPrefix,
    string Label,
    string? Group,
    IReadOnlyList<string> LabelVariants);
