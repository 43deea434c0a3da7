namespace Archive.Ingest.Tests.Readers.Rendering;

/// <summary>A table cell of a test document; <paramref name="Key"/> names the metric a value cell holds.</summary>
public sealed record TestCell(string Text, int ColumnSpan = 1, int RowSpan = 1, string? Key = null);
