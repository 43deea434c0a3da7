namespace Archive.Ingest.Readers;

/// <summary>Turns one kind of document into report text: prose as lines, tables as tab-separated rows.</summary>
public interface IDocumentReader
{
    /// <summary>The kind of document this reader reads.</summary>
    DocumentKind Kind { get; }

    /// <exception cref="UnreadableDocumentException">The document cannot be read; the message is the reason.</exception>
    DocumentText Read(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);
}
