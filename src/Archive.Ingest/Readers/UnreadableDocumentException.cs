namespace Archive.Ingest.Readers;

/// <summary>A document Archive cannot read; the message is the one-line reason shown to the user.</summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(string reason)
        : base(reason)
    {
    }

    public UnreadableDocumentException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
