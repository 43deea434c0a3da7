namespace Archive.Ingest.Readers;

/// <summary>One cell of a table as a document declares it.</summary>
/// <param name="ColumnSpan">Grid columns the cell covers (colspan, gridSpan), at least 1.</param>
/// <param name="RowSpan">Rows the cell covers (rowspan), at least 1.</param>
public sealed record TableCellText(string Text, int ColumnSpan = 1, int RowSpan = 1);
