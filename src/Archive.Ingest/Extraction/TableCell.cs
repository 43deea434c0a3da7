namespace Archive.Ingest.Extraction;

/// <summary>A value read from a table cell; <paramref name="Line"/> is the physical line holding it (the metric's source).</summary>
internal sealed record TableCell(string Key, decimal Value, string? Unit, int Line);
