using Archive.Core.Reports;

namespace Archive.Ingest.Pipeline;

/// <summary>
/// The foundation's understanding of a report until the extraction engine is wired in: the title is the
/// first non-empty line, everything else is unknown.
/// </summary>
public sealed class TitleOnlyExtractor : IReportExtractor
{
    public ExtractedReport Extract(string decodedText, string fileName)
    {
        var title = decodedText.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return new ExtractedReport { File = fileName, Title = title, Template = ReportTemplates.Pre2019 };
    }
}
