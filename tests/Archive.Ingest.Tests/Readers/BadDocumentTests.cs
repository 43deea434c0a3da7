using System.IO.Compression;
using System.Text;
using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Readers;
using Archive.Ingest.Tests.Readers.Rendering;
using Archive.Testing;

namespace Archive.Ingest.Tests.Readers;

/// <summary>Documents that cannot be read are each reported with a reason; the rest of the batch goes on; memory stays bounded.</summary>
public sealed class BadDocumentTests
{
    [Fact]
    public async Task PrepareFileAsync_FolderOfBadDocuments_EachSkippedWithReasonAndGoodOnesPrepared()
    {
        using var dir = new TempDirectory();
        var template = DocumentFixtures.Pdf("template2021");
        File.WriteAllBytes(dir.File("a-truncated.pdf"), template[..(template.Length / 2)]);
        File.Copy(Path.Combine(DocumentFixtures.Directory, "encrypted.pdf"), dir.File("b-encrypted.pdf"));
        File.WriteAllBytes(dir.File("c-really-html.pdf"), Encoding.UTF8.GetBytes(HtmlRenderer.Render(TestDocument.FromText("c", "某县2020年政府信息公开工作年度报告\n正文"))));
        File.WriteAllBytes(dir.File("d-bomb.docx"), ZipBomb(uncompressedBytes: 96L * 1024 * 1024, declaredBytes: null));
        File.WriteAllBytes(dir.File("e-scan.pdf"), ImageOnlyPdf());
        File.WriteAllBytes(dir.File("f-legacy.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);
        File.WriteAllText(dir.File("g-good.txt"), "某县2019年政府信息公开工作年度报告\n正文");
        var options = new IngestOptions();
        var preparer = new ReportPreparer(new ReportExtractor(), options);

        var prepared = new Dictionary<string, PreparedReport>(StringComparer.Ordinal);
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in ReportFileDiscovery.Find([dir.Path], options.FilePatterns))
        {
            try
            {
                prepared[Path.GetFileName(path)] = await preparer.PrepareFileAsync(path, CancellationToken.None);
            }
            catch (IngestException ex)
            {
                failed[Path.GetFileName(path)] = ex.Message;
            }
        }

        Assert.Equal(["c-really-html.pdf", "g-good.txt"], prepared.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("html", prepared["c-really-html.pdf"].SourceFile.FileType);
        Assert.Equal("某县2020年政府信息公开工作年度报告", prepared["c-really-html.pdf"].Extracted.Title);
        Assert.Contains("truncated PDF", failed["a-truncated.pdf"], StringComparison.Ordinal);
        Assert.Contains("encrypted PDF", failed["b-encrypted.pdf"], StringComparison.Ordinal);
        Assert.Contains("zip bomb", failed["d-bomb.docx"], StringComparison.Ordinal);
        Assert.Contains("no text layer", failed["e-scan.pdf"], StringComparison.Ordinal);
        Assert.Contains("legacy Word .doc", failed["f-legacy.doc"], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBombLyingAboutItsSize_RefusedWithoutInflatingIt()
    {
        var limits = new DocumentReaderLimits { MaxArchiveEntryBytes = 16L * 1024 * 1024 };
        var bomb = ZipBomb(uncompressedBytes: 256L * 1024 * 1024, declaredBytes: 4096);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<UnreadableDocumentException>(() => new DocxDocumentReader(limits).Read(bomb, CancellationToken.None));

        // The zip reader stops at the declared size, so the XML is cut short; whatever the reason, nothing big was inflated.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.True(allocated < 8L * 1024 * 1024, $"allocated {allocated} bytes reading a 256 MB bomb");
    }

    [Fact]
    public void Read_DocxWithTooManyEntries_Refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("word/document.xml");
            for (var i = 0; i < 50; i++)
            {
                zip.CreateEntry($"word/media/{i}.bin");
            }
        }

        var error = Assert.Throws<UnreadableDocumentException>(() =>
            new DocxDocumentReader(new DocumentReaderLimits { MaxArchiveEntries = 20 }).Read(stream.ToArray(), CancellationToken.None));

        Assert.Contains("entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipThatIsNotWord_RefusedWithReason()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml");
        }

        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentFixtures.Read(stream.ToArray()));

        Assert.Contains("not a Word .docx", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A .docx whose word/document.xml inflates to <paramref name="uncompressedBytes"/>; optionally lying in its headers.</summary>
    private static byte[] ZipBomb(long uncompressedBytes, long? declaredBytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < uncompressedBytes; written += chunk.Length)
            {
                entry.Write(chunk);
            }
        }

        var bytes = stream.ToArray();
        if (declaredBytes is { } declared)
        {
            // Overwrite the uncompressed-size fields of the local header (offset 22) and central directory entry (offset 24).
            BitConverter.TryWriteBytes(bytes.AsSpan(22, 4), (uint)declared);
            var central = bytes.AsSpan().IndexOf("PK\u0001\u0002"u8);
            BitConverter.TryWriteBytes(bytes.AsSpan(central + 24, 4), (uint)declared);
        }

        return bytes;
    }

    /// <summary>A one-page PDF holding only an image, like a scan: no text layer.</summary>
    private static byte[] ImageOnlyPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length 35 >>\nstream\nq 500 0 0 700 47 71 cm /Im1 Do Q\nendstream",
            "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
