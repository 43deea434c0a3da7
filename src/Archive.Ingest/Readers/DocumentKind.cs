namespace Archive.Ingest.Readers;

/// <summary>What a file is, told from its bytes (<see cref="DocumentSniffer"/>), never from its name alone.</summary>
public enum DocumentKind
{
    /// <summary>Plain text in any encoding <see cref="Decoding.TextDecoder"/> reads.</summary>
    Text,

    /// <summary>A web page.</summary>
    Html,

    /// <summary>A PDF file (%PDF- in the first kilobyte).</summary>
    Pdf,

    /// <summary>A Word 2007+ document: a zip holding word/document.xml.</summary>
    Docx,

    /// <summary>An OLE compound file: legacy Word .doc (or another Office 97–2003 file).</summary>
    LegacyOffice,

    /// <summary>A zip archive that is not a Word document (xlsx, odt, a plain archive).</summary>
    OtherZip,

    /// <summary>A picture (PNG, JPEG, GIF, TIFF, BMP, WebP): a scan or a misnamed file, never read (no OCR).</summary>
    Image,
}
