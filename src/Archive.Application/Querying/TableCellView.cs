using Archive.Core.Reports;
using Archive.Storage.Cells;

namespace Archive.Application.Querying;

/// <summary>One template cell of a stored report with its state; offsets index the report's normalized text.</summary>
public sealed record TableCellView(long ReportId, StoredCell Cell)
{
    public string Key => Cell.Key;

    public CellState State => Cell.State;
}
