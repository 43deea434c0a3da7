namespace Archive.Ingest.Extraction;

internal enum TableTokenKind
{
    Label,
    Value,
    Blank,
    EmptySlot,

    /// <summary>An empty line: in one-cell-per-line text, a blank cell.</summary>
    EmptyLine,

    /// <summary>A cell printed empty: its bar alone on its line where every cell is printed with its bar (0 |).</summary>
    EmptyCell,

    /// <summary>
    /// A cell holding a number in words (减11, 增加2, 3项): not an R1 value, so it is not read, but it is a cell of its
    /// row and keeps the row's other cells in their columns.
    /// </summary>
    Words,

    /// <summary>
    /// A number the text ends on with no line break after it (an excerpt or a page cut off): its digits may be cut (the
    /// 2 of 2.其他法律…, 14 of 1472), so it is no cell, and a row it ends is cut.
    /// </summary>
    Cut,
}

/// <summary>One cell piece of a table line: a label, a value, a printed blank, or an empty tab slot.</summary>
/// <param name="Line">Index of the physical line in the text.</param>
/// <param name="Slot">Tab slot index within the line (0 when the line has no tabs).</param>
/// <param name="Column">Display column of the token start (CJK counted double), for space-aligned layouts.</param>
internal sealed record TableToken(
    TableTokenKind Kind,
    string Text,
    int Start,
    int End,
    int Line,
    int Slot,
    int Column,
    decimal Value,
    string? Unit,
    bool IsPipe = false)
{
    /// <summary>A cell of its row as printed: a value, a printed blank, a number in words, or an empty barred cell.</summary>
    public bool IsCell => Kind is TableTokenKind.Value or TableTokenKind.Blank or TableTokenKind.Words or TableTokenKind.EmptyCell;
}
