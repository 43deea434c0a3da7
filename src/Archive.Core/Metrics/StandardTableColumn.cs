namespace Archive.Core.Metrics;

/// <summary>One data column of a standard table.</summary>
/// <param name="KeySuffix">Appended to the row's key prefix to form the metric key (table 四: the whole key).</param>
/// <param name="Label">The column header as the template prints it.</param>
/// <param name="Group">A spanning header above this column (法人或其他组织, 行政复议, 未经复议直接起诉…), null if none.</param>
/// <param name="Unit">Canonical unit of the cells of this column; null for money printed without a unit.</param>
/// <param name="LabelVariants">Other spellings seen in real reports (社会组织 for 社会公益组织).</param>
public sealed record StandardTableColumn(
    string KeySuffix,
    string Label,
    string? Group,
    string? Unit,
    IReadOnlyList<string> LabelVariants);
