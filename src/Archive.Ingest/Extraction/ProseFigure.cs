namespace Archive.Ingest.Extraction;

/// <summary>A figure stated in prose: the key, the value and the raw span it was read from.</summary>
internal sealed record ProseFigure(string Key, decimal Value, string Unit, int Start, int End);
