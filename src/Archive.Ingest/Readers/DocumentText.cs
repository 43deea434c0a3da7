namespace Archive.Ingest.Readers;

/// <summary>The text a reader extracted from a document, which every stored offset refers to.</summary>
/// <param name="Text">Lines separated by LF; table rows as cells separated by tabs.</param>
/// <param name="FileType">txt | html | pdf | docx, from sniffing the content.</param>
/// <param name="Encoding">The character encoding of text and web pages; for pdf and docx the container ("pdf", "ooxml").</param>
public sealed record DocumentText(string Text, string FileType, string Encoding);
