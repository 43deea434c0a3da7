namespace Archive.Ingest.Readers.Pdf;

/// <summary>One printed character (or ligature) with its box in page space (points, y upwards).</summary>
internal readonly record struct PdfGlyph(string Text, double Left, double Right, double Baseline, double Top, double Bottom, double Size)
{
    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Top + Bottom) / 2;

    /// <summary>A space the producer printed: it marks a word gap but is not text of its own.</summary>
    public bool IsSpace => Text == " ";
}
