namespace Archive.Ingest.Extraction;

/// <summary>What a table reader found: the cells it could place and the template cells it could not.</summary>
internal sealed record TableReading(string TableName, IReadOnlyList<TableCell> Cells, IReadOnlyList<string> MissingKeys, string? Note);
