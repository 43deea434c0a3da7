using Archive.Core.Reports;

namespace Archive.Ingest.Extraction;

/// <summary>
/// A template cell a table reader placed: its state and, when a number is printed, the value. <paramref name="Line"/>
/// is the table line holding it (the metric's source); <paramref name="Start"/>/<paramref name="End"/> the printed
/// characters in the decoded text (-1 when nothing is printed).
/// </summary>
internal sealed record ReadCell(string Key, CellState State, decimal Value, string? Unit, int Line, string? Printed, int Start, int End)
{
    public static ReadCell Number(string key, decimal value, string? unit, TableToken token) =>
        new(key, CellState.Printed, value, unit, token.Line, token.Text, token.Start, token.End);

    public static ReadCell Mark(string key, TableToken token) => token.Kind switch
    {
        TableTokenKind.Blank => new(key, CellState.NotApplicable, 0, null, token.Line, token.Text, token.Start, token.End),
        TableTokenKind.Words => new(key, CellState.Text, 0, null, token.Line, token.Text, token.Start, token.End),
        _ => new(key, CellState.Blank, 0, null, token.Line, null, -1, -1),
    };
}
