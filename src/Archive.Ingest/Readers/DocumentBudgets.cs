using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Archive.Ingest.Readers;

/// <summary>
/// Cheap, linear scans run before a reader library parses a document, refusing shapes that would make the
/// library recurse past the stack, grow memory without bound or go quadratic: XML nested deeper than any
/// real report (an 11 KB DOCX of 20k–100k nested elements overflowed the stack and ended the batch), table
/// spans beyond Word's 63 columns (gridSpan = 2·10⁹ grew to 3 GB), HTML nested deeper than a page needs
/// (100k nested &lt;ul&gt;&lt;li&gt; took AngleSharp over 150 s), PDF streams that inflate to gigabytes and PDF
/// objects nested past any real file. None allocates in proportion to the hostile size.
/// </summary>
public static class DocumentBudgets
{
    /// <summary>Real DOCX bodies nest ~10–40 elements (tables in tables, content controls).</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>Word allows 63 columns; a span or grid offset above 64 is not a real table.</summary>
    public const int MaxGridSpan = 64;

    /// <summary>Open container tags (implicitly closed ones such as p, li, td not counted) nested at once.</summary>
    public const int MaxHtmlDepth = 512;

    /// <summary>PDF arrays and dictionaries nested at once (real files: under 10).</summary>
    public const int MaxPdfNesting = 256;

    /// <summary>Bytes all non-image flate streams of a PDF may inflate to together (a text report: a few MB).</summary>
    public const long MaxPdfInflatedBytes = 256L * 1024 * 1024;

    private static readonly HashSet<string> NotNestingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements whose end tag may be left out (the parser closes them): not depth.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rt", "rp", "colgroup",
        "caption", "html", "head", "body", "basefont", "bgsound", "frame", "keygen", "image", "isindex",
    };

    /// <summary>Checks word/document.xml of a DOCX.</summary>
    /// <exception cref="UnreadableDocumentException">Over a budget; the message says which.</exception>
    public static void CheckDocx(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = new ZipArchive(new ReadOnlyMemoryStream(bytes), ZipArchiveMode.Read);
            var entry = archive.GetEntry("word/document.xml");
            if (entry is null)
            {
                return;
            }

            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var count = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth > MaxXmlDepth)
                {
                    throw new UnreadableDocumentException($"Word document nested over {MaxXmlDepth} elements deep (hostile or broken; real reports nest under 50)");
                }

                if (reader.LocalName is "gridSpan" or "gridBefore" or "gridAfter" && reader.GetAttribute("val", reader.NamespaceURI) is { } value
                    && (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var span) || span > MaxGridSpan))
                {
                    throw new UnreadableDocumentException($"Word table {reader.LocalName} = {Shorten(value)}, over Word's limit of {MaxGridSpan} columns");
                }

                if (++count % 65536 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (XmlException ex)
        {
            throw new UnreadableDocumentException("damaged Word document: " + ex.Message, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableDocumentException("damaged zip: " + ex.Message, ex);
        }
    }

    /// <summary>Checks the nesting of an HTML page before it is parsed (bytes of an ASCII-compatible encoding, or UTF-16).</summary>
    /// <exception cref="UnreadableDocumentException">Nested deeper than <see cref="MaxHtmlDepth"/>.</exception>
    public static void CheckHtml(ReadOnlySpan<byte> bytes)
    {
        // Tags are ASCII in every encoding a page can declare except UTF-16, which is read as its characters.
        var text = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
            ? (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes)
            : Encoding.Latin1.GetString(bytes);
        var depth = 0;
        var i = 0;
        while ((i = text.IndexOf('<', i)) >= 0 && i + 1 < text.Length)
        {
            var closing = text[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            if (end == start)
            {
                i++;
                continue;
            }

            var name = text[start..end];
            var close = text.IndexOf('>', end);
            if (close < 0)
            {
                break;
            }

            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // Their content is not markup.
                var after = text.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                i = after < 0 ? text.Length : after;
                continue;
            }

            if (!NotNestingTags.Contains(name) && text[close - 1] != '/')
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                if (depth > MaxHtmlDepth)
                {
                    throw new UnreadableDocumentException($"web page nested over {MaxHtmlDepth} elements deep (hostile or broken; real pages nest under 100)");
                }
            }

            i = close + 1;
        }
    }

    /// <summary>Inflates the PDF's non-image flate streams with a counter, and checks object nesting outside streams.</summary>
    /// <exception cref="UnreadableDocumentException">Over a budget; the message says which.</exception>
    public static void CheckPdf(ReadOnlySpan<byte> bytes, CancellationToken cancellationToken)
    {
        long inflated = 0;
        var depth = 0;
        var buffer = new byte[81920];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            switch (b)
            {
                case (byte)'%':
                    while (i < bytes.Length && bytes[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }

                    break;
                case (byte)'(':
                    i = SkipString(bytes, i);
                    break;
                case (byte)'[':
                    depth++;
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'<' when i + 1 < bytes.Length && bytes[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case (byte)'>' when i + 1 < bytes.Length && bytes[i + 1] == '>':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
                case (byte)'s' when bytes[i..].StartsWith("stream"u8) && (i == 0 || !char.IsAsciiLetter((char)bytes[i - 1])):
                    var dataStart = i + 6;
                    if (dataStart < bytes.Length && bytes[dataStart] == '\r')
                    {
                        dataStart++;
                    }

                    if (dataStart < bytes.Length && bytes[dataStart] == '\n')
                    {
                        dataStart++;
                    }

                    var length = bytes[dataStart..].IndexOf("endstream"u8);
                    var dataEnd = length < 0 ? bytes.Length : dataStart + length;
                    var dictionary = Encoding.Latin1.GetString(bytes[Math.Max(0, i - 1024)..i]);
                    var objectStart = dictionary.LastIndexOf(" obj", StringComparison.Ordinal);
                    dictionary = objectStart < 0 ? dictionary : dictionary[objectStart..];
                    if (dictionary.Contains("/FlateDecode", StringComparison.Ordinal) && !dictionary.Contains("/Image", StringComparison.Ordinal))
                    {
                        inflated += Inflate(bytes[dataStart..dataEnd].ToArray(), MaxPdfInflatedBytes - inflated, buffer);
                        if (inflated > MaxPdfInflatedBytes)
                        {
                            throw new UnreadableDocumentException($"PDF streams inflate to over {MaxPdfInflatedBytes / (1024 * 1024)} MB (a compression bomb?)");
                        }

                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    depth = 0;
                    i = dataEnd + 8;
                    break;
            }

            if (depth > MaxPdfNesting)
            {
                throw new UnreadableDocumentException($"PDF objects nested over {MaxPdfNesting} deep (hostile or broken)");
            }
        }
    }

    private static int SkipString(ReadOnlySpan<byte> bytes, int open)
    {
        var level = 0;
        for (var i = open; i < bytes.Length; i++)
        {
            switch (bytes[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    level++;
                    break;
                case (byte)')':
                    if (--level == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return bytes.Length;
    }

    /// <returns>The inflated size, counted up to one buffer past <paramref name="allowance"/>.</returns>
    private static long Inflate(byte[] data, long allowance, byte[] buffer)
    {
        long total = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                total += read;
                if (total > allowance)
                {
                    break;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or not zlib: the PDF reader decides what to make of it.
        }

        return total;
    }

    private static string Shorten(string value) => value.Length <= 12 ? value : value[..12] + "…";
}
