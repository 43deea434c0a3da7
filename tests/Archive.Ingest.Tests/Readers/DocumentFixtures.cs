using System.Text;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Readers;
using Archive.Testing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Archive.Ingest.Tests.Readers;

/// <summary>The committed PDF fixtures (scripts/documents/make-pdfs.sh) and helpers shared by the reader tests.</summary>
internal static class DocumentFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Documents");

    public static byte[] Pdf(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".pdf"));

    public static string SeedName(string seedPath) => Path.GetFileNameWithoutExtension(seedPath);

    public static IEnumerable<object[]> Seeds() => TestPaths.SeedFiles.Select(f => new object[] { SeedName(f) });

    public static string SeedText(string name) => File.ReadAllText(Path.Combine(TestPaths.SeedsDir, name + ".txt"));

    /// <summary>A small invented PDF, one page per drawing action, in Helvetica (the PDF rules concern positions, not script).</summary>
    public static byte[] BuildPdf(params Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont>[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var draw in pages)
        {
            draw(builder.AddPage(PageSize.A4), font);
        }

        return builder.Build();
    }

    public static DocumentText Read(byte[] bytes) => new DocumentReaders(new DocumentReaderLimits()).Read(bytes, CancellationToken.None);

    /// <summary>The extraction engine ingest uses, so format-equivalence tests compare what ingest would store.</summary>
    public static IReportExtractor Extractor() => new ReportExtractor();

    /// <summary>Table rows (tab lines, each cell without white space) of a report text.</summary>
    public static List<string> TableRows(string text) =>
        [.. Lines(text).Where(l => l.Contains('\t', StringComparison.Ordinal))];

    /// <summary>All prose of a report text run together without white space: line wraps and spacing aside, the words.</summary>
    public static string Prose(string text) =>
        string.Concat(Lines(text).Where(l => !l.Contains('\t', StringComparison.Ordinal)));

    /// <summary>Lines with white space removed inside cells and empty cells at the end dropped (a one-cell row is prose).</summary>
    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => string.Join('\t', l.Split('\t').Select(Squeeze)).TrimEnd('\t'))
            .Where(l => l.Length > 0);

    private static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
