using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>One synthetic report: the file as written and what a correct extractor must read from it.</summary>
/// <param name="FileName">The report file's name (…txt); the truth file is <see cref="TruthFileName"/>.</param>
/// <param name="Bytes">The file's bytes (UTF-8 without BOM, or GB18030).</param>
/// <param name="Text">The decoded text; every truth metric's Start/End index it.</param>
/// <param name="Truth">The expected extraction (metric-dictionary.md §13).</param>
/// <param name="Traits">The shape choices behind the file.</param>
public sealed record GeneratedReport(string FileName, byte[] Bytes, string Text, ExtractedReport Truth, ReportTraits Traits)
{
    public string TruthFileName => Path.ChangeExtension(FileName, ".json");

    /// <summary>Series mode: the report's body, its previous report and the faults put in on purpose; null otherwise.</summary>
    public SeriesTruth? Series { get; init; }
}
