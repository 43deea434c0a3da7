using System.Text;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Tests.Readers.Rendering;

namespace Archive.Ingest.Tests.Readers;

/// <summary>
/// Each seed rendered to DOCX (real Word tables), HTML (our renderer) and PDF (LibreOffice, committed fixture)
/// reads back as the same report as its .txt: the same table rows cell by cell, the same prose, and through
/// ReportPreparer the same metadata and metrics.
/// </summary>
public sealed class SeedFormatEquivalenceTests
{
    public static TheoryData<string, string> SeedsByFormat()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in DocumentFixtures.Seeds().Select(s => (string)s[0]))
        {
            foreach (var format in new[] { "docx", "html", "pdf" })
            {
                data.Add(seed, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsByFormat))]
    public void Read_SeedAsDocument_KeepsTableRowsAndProse(string seed, string format)
    {
        var text = DocumentFixtures.SeedText(seed);

        var read = DocumentFixtures.Read(Render(seed, format));

        Assert.Equal(format, read.FileType);
        Assert.Equal(DocumentFixtures.TableRows(text), DocumentFixtures.TableRows(read.Text));
        Assert.Equal(DocumentFixtures.Prose(text), DocumentFixtures.Prose(read.Text));
    }

    [Theory]
    [MemberData(nameof(SeedsByFormat))]
    public void Prepare_SeedAsDocument_SameMetadataAndMetricsAsText(string seed, string format)
    {
        var preparer = new ReportPreparer(DocumentFixtures.Extractor(), new IngestOptions());
        var fromText = preparer.Prepare(seed + ".txt", Encoding.UTF8.GetBytes(DocumentFixtures.SeedText(seed)));

        var fromDocument = preparer.Prepare(seed + "." + format, Render(seed, format));

        var (expected, actual) = (fromText.Extracted, fromDocument.Extracted);
        Assert.Equal(
            (expected.Title, expected.Agency, expected.AgencyKind, expected.Region?.Code, expected.Year, expected.Published, expected.Template),
            (actual.Title, actual.Agency, actual.AgencyKind, actual.Region?.Code, actual.Year, actual.Published, actual.Template));
        Assert.Equal(
            fromText.Metrics.Select(m => (m.Key, m.Value)).Order(),
            fromDocument.Metrics.Select(m => (m.Key, m.Value)).Order());
        Assert.Equal(format, fromDocument.SourceFile.FileType);
    }

    private static byte[] Render(string seed, string format)
    {
        var document = TestDocument.FromText(seed, DocumentFixtures.SeedText(seed));
        return format switch
        {
            "docx" => DocxRenderer.Render(document),
            "html" => Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)),
            _ => DocumentFixtures.Pdf("seed-" + seed),
        };
    }
}
