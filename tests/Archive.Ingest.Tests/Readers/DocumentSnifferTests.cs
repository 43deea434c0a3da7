using System.Text;
using Archive.Ingest.Readers;

namespace Archive.Ingest.Tests.Readers;

public sealed class DocumentSnifferTests
{
    [Theory]
    [InlineData("%PDF-1.7\n%âãÏÓ\n", DocumentKind.Pdf)]
    [InlineData("junk before the header %PDF-1.4\n", DocumentKind.Pdf)]
    [InlineData("<!DOCTYPE html><html><body>报告</body></html>", DocumentKind.Html)]
    [InlineData("\uFEFF  <!-- saved page -->\n<HTML><HEAD><META charset=gb2312>", DocumentKind.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", DocumentKind.Html)]
    [InlineData("<p>一、总体情况</p>", DocumentKind.Html)]
    [InlineData("某县2020年政府信息公开工作年度报告\n一、总体情况", DocumentKind.Text)]
    [InlineData("<政府信息公开> 不是标记", DocumentKind.Text)]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>报告</body></html>", DocumentKind.Html)]
    [InlineData("标题：某县报告\n<!DOCTYPE html><html><head><title>报告</title></head><body>报告</body></html>", DocumentKind.Html)]
    [InlineData("# 某县2020年政府信息公开工作年度报告\n\n<html><body><table><tr><td>规章</td></tr></table></body></html>", DocumentKind.Text)]
    public void Sniff_Content_TellsKindRegardlessOfName(string content, DocumentKind expected) =>
        Assert.Equal(expected, DocumentSniffer.Sniff(Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void Sniff_Utf16HtmlWithBom_IsHtml() =>
        Assert.Equal(DocumentKind.Html, DocumentSniffer.Sniff([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<html><body>报告</body></html>")]));

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "JPEG")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "GIF")]
    public void Sniff_Picture_IsAnImageWhateverItsName(byte[] head, string format)
    {
        Assert.Equal(DocumentKind.Image, DocumentSniffer.Sniff(head));
        Assert.Equal(format, DocumentSniffer.ImageFormat(head));
        var refused = Assert.Throws<UnreadableDocumentException>(() => new DocumentReaders(new DocumentReaderLimits()).Read(head, CancellationToken.None));
        Assert.Contains($"{format} image, not a PDF", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sniff_OleCompoundFile_IsLegacyOffice() =>
        Assert.Equal(DocumentKind.LegacyOffice, DocumentSniffer.Sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]));

    [Fact]
    public void Sniff_RenderedDocx_IsDocx() =>
        Assert.Equal(DocumentKind.Docx, DocumentSniffer.Sniff(Rendering.DocxRenderer.Render(Rendering.TestDocument.FromText("x", "标题\n正文"))));
}
