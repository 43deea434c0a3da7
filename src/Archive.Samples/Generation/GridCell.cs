namespace Archive.Samples.Generation;

/// <summary>One cell of a table as printed: a label, a header or a value.</summary>
/// <param name="Slot">The column slot the cell starts in.</param>
/// <param name="Span">How many slots it covers (spanning headers, row labels over the label columns).</param>
/// <param name="MetricKey">Set for value cells: the metric the cell prints.</param>
/// <param name="SplitAt">For labels printed over two lines: the index where the second line starts, or -1.</param>
internal sealed record GridCell(string Text, int Slot, int Span = 1, string? MetricKey = null, decimal Value = 0, string? Unit = null, int SplitAt = -1);
