namespace Archive.Ingest.Readers.Pdf;

/// <summary>One line of a page in reading order: a line of text or a rebuilt table row (cells tab-separated).</summary>
internal sealed record PdfLayoutItem(string Text, bool IsTableRow, double Top, double Bottom, double Left, double Right, double Size);
