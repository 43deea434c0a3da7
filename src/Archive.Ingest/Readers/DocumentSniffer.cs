using System.Text;

namespace Archive.Ingest.Readers;

/// <summary>
/// Tells a document's kind from its first bytes (magic numbers and markup), so a .pdf that is really a
/// saved web page is read as HTML and a .txt that is really a PDF is read as a PDF.
/// </summary>
public static class DocumentSniffer
{
    private const int HeadLength = 1024;

    private static readonly string[] HtmlStartTags =
        ["!doctype html", "html", "head", "body", "meta", "title", "table", "div", "p", "p>", "style", "link", "script", "span", "h1", "br"];

    public static DocumentKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return DocumentKind.LegacyOffice;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8))
        {
            // The entry name sits uncompressed in the local and central headers, so no inflating is needed to tell.
            return bytes.IndexOf("word/document.xml"u8) >= 0 ? DocumentKind.Docx : DocumentKind.OtherZip;
        }

        if (ImageFormat(bytes) is not null)
        {
            return DocumentKind.Image;
        }

        var head = bytes[..Math.Min(bytes.Length, HeadLength)];

        // The PDF specification lets the header sit anywhere in the first kilobyte.
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }

        return LooksLikeHtml(head) ? DocumentKind.Html : DocumentKind.Text;
    }

    /// <summary>The picture format of <paramref name="bytes"/> by its magic number ("PNG"), or null when it is not a picture.</summary>
    public static string? ImageFormat(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "PNG"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "JPEG"
        : bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8) ? "GIF"
        : bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8) ? "TIFF"
        : bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? "WebP"
        : bytes.Length >= 26 && bytes.StartsWith("BM"u8) && bytes[6..10].SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0]) ? "BMP"
        : null;

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        string text;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(head[2..]);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(head[2..]);
        }
        else
        {
            // Markup is ASCII in every encoding Archive reads; Latin-1 keeps the other bytes harmless.
            text = Encoding.Latin1.GetString(head);
        }

        var span = text.AsSpan().TrimStart("\uFEFF\u00EF\u00BB\u00BF \t\r\n\f");
        while (true)
        {
            if (span.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
            {
                var end = span.IndexOf("?>", StringComparison.Ordinal);
                span = end < 0 ? [] : span[(end + 2)..].TrimStart(" \t\r\n\f");
                continue;
            }

            if (span.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = span.IndexOf("-->", StringComparison.Ordinal);
                span = end < 0 ? [] : span[(end + 3)..].TrimStart(" \t\r\n\f");
                continue;
            }

            break;
        }

        if (span.Length > 1 && span[0] == '<')
        {
            var afterBracket = span[1..];
            foreach (var tag in HtmlStartTags)
            {
                if (afterBracket.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                    && (afterBracket.Length == tag.Length || !char.IsAsciiLetterOrDigit(afterBracket[tag.Length])))
                {
                    return true;
                }
            }
        }

        // A page saved after something else (headers, a crawler's note) is still a page; a converted PDF's Markdown
        // that wraps a table in <html> after the report's first lines of text (MinerU) is not: no page head, and
        // text before it.
        var unmarked = text.AsSpan().TrimStart("\uFEFF\u00EF\u00BB\u00BF");
        var html = unmarked.IndexOf("<html", StringComparison.OrdinalIgnoreCase);
        return html >= 0
            && unmarked.Contains("</", StringComparison.Ordinal)
            && (!unmarked[..html].ContainsAnyExceptInRange('\0', '\x7F')
                || unmarked.Contains("<head", StringComparison.OrdinalIgnoreCase)
                || unmarked.Contains("<!doctype", StringComparison.OrdinalIgnoreCase));
    }
}
