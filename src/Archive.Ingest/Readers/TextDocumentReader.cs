using Archive.Ingest.Decoding;

namespace Archive.Ingest.Readers;

/// <summary>Plain text, decoded by BOM, strict UTF-8 or GB18030 (<see cref="TextDecoder"/>).</summary>
public sealed class TextDocumentReader : IDocumentReader
{
    public DocumentKind Kind => DocumentKind.Text;

    public DocumentText Read(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            var decoded = TextDecoder.Decode(bytes.Span);
            return new DocumentText(decoded.Text, "txt", decoded.Encoding);
        }
        catch (UndecodableTextException ex)
        {
            throw new UnreadableDocumentException(ex.Message, ex);
        }
    }
}
