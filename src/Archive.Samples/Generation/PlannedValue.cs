namespace Archive.Samples.Generation;

/// <summary>A metric value as it will be printed (ASCII form; full-width is applied when rendering).</summary>
/// <param name="Printed">The characters printed for the value (12.5, -1, +4, 251000元).</param>
/// <param name="Unit">The truth unit: the key's canonical unit, or the printed unit for money (null if none printed).</param>
internal readonly record struct PlannedValue(decimal Value, string Printed, string? Unit);
