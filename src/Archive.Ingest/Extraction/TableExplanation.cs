using Archive.Core.Reports;

namespace Archive.Ingest.Extraction;

/// <summary>How one table of a report was read: shape, rows and columns found, and its template cells by state.</summary>
public sealed record TableExplanation(
    string Table,
    ReportTemplate Template,
    string Shape,
    int Rows,
    int Columns,
    int Cells,
    int Printed,
    int Blank,
    int NotApplicable,
    int Unread,
    bool Unreadable,
    string? Note);
