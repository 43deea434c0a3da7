using System.Text;
using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Samples.Generation;

/// <summary>
/// The bytes of a truth file: the extractor's §13 JSON (<see cref="ExtractedReportJson"/>) with LF line ends and a
/// final newline, so a truth file is byte-identical on every operating system.
/// </summary>
public static class TruthJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Serialize(ExtractedReport report)
    {
        var json = ExtractedReportJson.Serialize(report).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Utf8.GetBytes(json + "\n");
    }
}
