namespace Archive.Samples.Generation;

/// <summary>A table before it is laid out as text: column slots with their display widths and the rows.</summary>
/// <param name="SlotWidths">Display columns per slot in the space-aligned layout (2 of them are the gap).</param>
/// <param name="LabelSlots">Slots before the first value slot (row labels); tab compaction removes empty ones.</param>
internal sealed record TableGrid(IReadOnlyList<int> SlotWidths, int LabelSlots, IReadOnlyList<GridRow> Rows);
