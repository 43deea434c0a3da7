namespace Archive.Samples.Generation;

/// <summary>How tables (and prose) come out of the export a report file was made by.</summary>
public enum TextLayout
{
    /// <summary>Word/HTML → txt: one table row per line, cells separated by tabs, paragraphs on one line.</summary>
    Tabbed,

    /// <summary>pdftotext -layout: cells placed by column with spaces, long labels wrapped, prose wrapped at a width.</summary>
    SpaceAligned,

    /// <summary>HTML table → txt: every cell on its own line.</summary>
    CellPerLine,

    /// <summary>PDF → markdown: one table row per line as a pipe row (| a | b |), a |---| rule under the first row.</summary>
    Markdown,
}
