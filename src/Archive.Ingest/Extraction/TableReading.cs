namespace Archive.Ingest.Extraction;

/// <summary>How a table's text is laid out (shown by <c>archive extract --explain</c>).</summary>
internal enum TableShape
{
    /// <summary>One row per line, cells in tab slots (text exports, HTML tables rendered from the DOM grid).</summary>
    Tabs,

    /// <summary>One row per line, cells separated by runs of spaces.</summary>
    Spaces,

    /// <summary>Markdown/pipe rows (| a | b |), as PDF-to-markdown converters write them.</summary>
    Pipes,

    /// <summary>One cell per line.</summary>
    CellPerLine,

    /// <summary>The whole page on one line (crawler text), cells separated by spaces.</summary>
    OneLine,
}

/// <summary>What a table reader found: the cells it could place and the template cells it could not.</summary>
/// <param name="Unreadable">Cells run together (digits concatenated): no cell of the table is read.</param>
/// <param name="Rows">Value rows found in the text.</param>
/// <param name="Columns">Value columns the reader counted (from the header or the template).</param>
internal sealed record TableReading(
    string TableName,
    IReadOnlyList<ReadCell> Cells,
    IReadOnlyList<string> MissingKeys,
    string? Note,
    TableShape Shape = TableShape.Tabs,
    int Rows = 0,
    int Columns = 0,
    bool Unreadable = false);
