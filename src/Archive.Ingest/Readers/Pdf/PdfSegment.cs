namespace Archive.Ingest.Readers.Pdf;

/// <summary>A horizontal or vertical ruling line: at <see cref="Position"/> (y for horizontal, x for vertical) from Start to End.</summary>
internal sealed record PdfSegment(bool Horizontal, double Position, double Start, double End)
{
    public bool Covers(double value, double tolerance) => value >= Start - tolerance && value <= End + tolerance;
}
