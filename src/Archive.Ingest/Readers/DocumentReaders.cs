namespace Archive.Ingest.Readers;

/// <summary>Chooses the reader for a document by sniffing its bytes, and refuses kinds Archive does not read.</summary>
public sealed class DocumentReaders
{
    private readonly Dictionary<DocumentKind, IDocumentReader> _readers;

    public DocumentReaders(DocumentReaderLimits limits)
        : this([new TextDocumentReader(), new HtmlDocumentReader(), new PdfDocumentReader(limits), new DocxDocumentReader(limits)])
    {
    }

    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        _readers = readers.ToDictionary(r => r.Kind);
    }

    /// <exception cref="UnreadableDocumentException">The document cannot be read; the message is the reason.</exception>
    public DocumentText Read(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var kind = DocumentSniffer.Sniff(bytes.Span);

        // Budgets before the parser (DOCX's after its zip-bomb check, in the reader).
        switch (kind)
        {
            case DocumentKind.Html:
                DocumentBudgets.CheckHtml(bytes.Span);
                break;
            case DocumentKind.Pdf:
                DocumentBudgets.CheckPdf(bytes.Span, cancellationToken);
                break;
        }

        return kind switch
        {
            DocumentKind.LegacyOffice => throw new UnreadableDocumentException(
                "legacy Word .doc (OLE compound file) is not supported; save it as .docx or PDF"),
            DocumentKind.Image => throw new UnreadableDocumentException(
                $"the bytes are a {DocumentSniffer.ImageFormat(bytes.Span)} image, not a PDF, Word, HTML or text document (told from its content, not its name); images are not read (no OCR)"),
            DocumentKind.OtherZip => throw new UnreadableDocumentException(
                "zip archive that is not a Word .docx document (no word/document.xml)"),
            _ when _readers.TryGetValue(kind, out var reader) => reader.Read(bytes, cancellationToken),
            _ => throw new UnreadableDocumentException($"no reader for {kind} documents"),
        };
    }
}
