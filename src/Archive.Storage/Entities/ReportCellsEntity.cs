namespace Archive.Storage.Entities;

/// <summary>
/// Every template cell of one report with its state (issue 19), as one compact blob (<see cref="Cells.TableCellCodec"/>):
/// cells are always read together, per report, and nobody filters on them in SQL — the metric rows stay relational for
/// that. No row: the report was stored before cell states were recorded (or no table was looked for).
/// </summary>
public sealed class ReportCellsEntity
{
    public long ReportId { get; set; }
    public ReportEntity? Report { get; set; }

    /// <summary>How many cells <see cref="Data"/> holds (for counts without decoding).</summary>
    public int CellCount { get; set; }

    /// <summary>The cells, encoded by <see cref="Cells.TableCellCodec"/>; printed characters are offsets into the report's text.</summary>
    public required byte[] Data { get; set; }
}
