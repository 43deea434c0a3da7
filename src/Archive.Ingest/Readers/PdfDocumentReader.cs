using Archive.Ingest.Readers.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Archive.Ingest.Readers;

/// <summary>
/// PDFs through PdfPig: every page's characters placed by position — ruled tables rebuilt cell by cell from their
/// rules, other lines by baseline with wide gaps as column breaks — then running headers, footers and page numbers
/// dropped and wrapped lines joined into paragraphs. Encrypted, truncated or damaged files and PDFs without a text
/// layer (scans; no OCR here) are refused with a reason.
/// </summary>
public sealed class PdfDocumentReader(DocumentReaderLimits limits) : IDocumentReader
{
    private const int EndMarkerWindow = 4096;

    public DocumentKind Kind => DocumentKind.Pdf;

    public DocumentText Read(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var tail = bytes.Span[Math.Max(0, bytes.Length - EndMarkerWindow)..];
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            throw new UnreadableDocumentException("truncated PDF: no %%EOF end marker (incomplete download?)");
        }

        var contents = new List<PdfPageContent>();
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > limits.MaxPdfPages)
            {
                throw new UnreadableDocumentException($"PDF has {document.NumberOfPages} pages, over the limit of {limits.MaxPdfPages}");
            }

            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                contents.Add(PdfPageLayout.Analyze(document.GetPage(number)));
            }
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableDocumentException("encrypted PDF: it needs a password to open", ex);
        }
        catch (Exception ex) when (ex is not (UnreadableDocumentException or OperationCanceledException or OutOfMemoryException))
        {
            throw new UnreadableDocumentException("damaged PDF: " + ex.Message, ex);
        }

        PdfPageContent.ShareColumnsAcrossPageBreaks(contents);
        var pages = contents.Select(PdfPageLayout.Build).ToList();
        var glyphs = pages.Sum(p => p.GlyphCount);
        if (glyphs == 0)
        {
            throw new UnreadableDocumentException($"PDF has no text layer ({pages.Count} page(s) of images, a scan?); OCR is not supported");
        }

        if (pages.Sum(p => p.UnmappedGlyphCount) * 2 > glyphs)
        {
            throw new UnreadableDocumentException("PDF text layer is unreadable: its fonts map most characters to no Unicode text");
        }

        return new DocumentText(PdfTextAssembler.Assemble(pages), "pdf", "pdf");
    }
}
