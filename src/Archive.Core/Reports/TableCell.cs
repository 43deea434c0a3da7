namespace Archive.Core.Reports;

/// <summary>
/// How a template cell of a report's tables reads (issue 19): an analyst must tell "reported 0" from "left blank"
/// from "not read". A blank cell is never a metric of value 0.
/// </summary>
public enum CellState
{
    /// <summary>A number is printed in the cell (zero included); the metric of the same key holds it.</summary>
    Printed,

    /// <summary>The table is read and this cell is empty.</summary>
    Blank,

    /// <summary>The cell holds a not-applicable mark: /, -, —, 无.</summary>
    NotApplicable,

    /// <summary>The cell holds words, not a number.</summary>
    Text,

    /// <summary>The cell could not be read with certainty: table missing, unreadable, or the cell not placed.</summary>
    Unread,
}

/// <summary>One template cell of a report with its state and, when something was printed, where.</summary>
/// <param name="Key">Metric-dictionary key of the cell.</param>
/// <param name="Value">The number when <paramref name="State"/> is <see cref="CellState.Printed"/>, else null.</param>
/// <param name="Printed">The characters printed in the cell (null when blank or unread).</param>
/// <param name="Start">Start of <paramref name="Printed"/> in the decoded text, or -1.</param>
/// <param name="End">End (exclusive) of <paramref name="Printed"/> in the decoded text, or -1.</param>
public sealed record TableCell(string Key, CellState State, decimal? Value, string? Printed, int Start, int End);
