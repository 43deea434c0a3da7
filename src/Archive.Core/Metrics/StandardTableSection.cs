namespace Archive.Core.Metrics;

/// <summary>
/// A block of a standard table that shares one header: table 二 has one section per 栏目 (第二十条第（一）项…),
/// tables 三 and 四 have a single section.
/// </summary>
/// <param name="Heading">The 栏目 line printed above the block (第二十条第（一）项), null when the table has none.</param>
/// <param name="RowHeader">The label of the row-label column (信息内容), null when the table prints none.</param>
public sealed record StandardTableSection(
    string? Heading,
    string? RowHeader,
    IReadOnlyList<StandardTableColumn> Columns,
    IReadOnlyList<StandardTableRow> Rows)
{
    /// <summary>The metric key of one cell.</summary>
    public static string KeyOf(StandardTableRow row, StandardTableColumn column) =>
        row.KeyPrefix.Length == 0 ? column.KeySuffix : row.KeyPrefix + "." + column.KeySuffix;

    /// <summary>Every cell key of the section, row by row, columns left to right.</summary>
    public IEnumerable<string> Keys()
    {
        foreach (var row in Rows)
        {
            foreach (var column in Columns)
            {
                yield return KeyOf(row, column);
            }
        }
    }
}
