using Archive.Core.Reports;

namespace Archive.Storage.Cells;

/// <summary>
/// One template cell as stored: like <see cref="TableCell"/>, but the printed characters are cut from the report's
/// normalized text on demand (<see cref="TableCellCodec.PrintedText"/>); only a cell whose printed characters differ
/// from that cut keeps a copy (<paramref name="PrintedCopy"/>).
/// </summary>
/// <param name="Start">Start of the printed characters in the normalized text, or -1 when nothing was printed.</param>
/// <param name="End">End (exclusive) of the printed characters, or -1.</param>
public sealed record StoredCell(string Key, CellState State, decimal? Value, int Start, int End, string? PrintedCopy)
{
    public bool HasSpan => Start >= 0 && End >= Start;
}
