namespace Archive.Ingest.Pipeline;

/// <summary>A file that cannot be ingested; the message is the one-line reason shown to the user.</summary>
public sealed class IngestException(string reason) : Exception(reason);
