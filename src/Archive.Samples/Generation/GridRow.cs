namespace Archive.Samples.Generation;

/// <summary>One row of a table: header rows have no values.</summary>
internal sealed record GridRow(IReadOnlyList<GridCell> Cells, bool IsHeader = false);
