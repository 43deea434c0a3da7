using System.Text;
using Archive.Ingest.Readers;

namespace Archive.Ingest.Tests.Readers;

public sealed class HtmlDocumentReaderTests
{
    static HtmlDocumentReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Fact]
    public void Read_Gb2312DeclaredInMeta_DecodesChinese()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>平罗县2018年政府信息公开工作年度报告</p></body></html>";

        var read = DocumentFixtures.Read(Encoding.GetEncoding("GB18030").GetBytes(html));

        Assert.Equal("平罗县2018年政府信息公开工作年度报告\n", read.Text);
        Assert.Equal("html", read.FileType);
    }

    [Fact]
    public void Read_GbkBytesWithoutDeclaration_DetectedAsGb18030()
    {
        var read = DocumentFixtures.Read(Encoding.GetEncoding("GB18030").GetBytes("<html><body><p>依申请公开</p></body></html>"));

        Assert.Equal("依申请公开\n", read.Text);
        Assert.Equal("gb18030", read.Encoding);
    }

    [Fact]
    public void Read_Big5BytesDeclaredGb2312_DetectedAsBig5()
    {
        // A mirror that converted an invented page to traditional characters and Big5 but kept its gb2312 meta.
        var html = "<html><head><meta charset=\"gb2312\"></head><body><p>青禾縣2020年政府信息公開工作年度報告：本年新收申請7件。</p></body></html>";

        var read = DocumentFixtures.Read(Encoding.GetEncoding("big5").GetBytes(html));

        Assert.Equal("青禾縣2020年政府信息公開工作年度報告：本年新收申請7件。\n", read.Text);
        Assert.Equal("big5", read.Encoding);
    }

    [Fact]
    public void Read_ScriptsStylesAndSourceLineBreaks_OnlyTheVisibleTextInBlocks()
    {
        const string Html = "<html><head><title>站点标题</title><style>p{}</style></head><body><script>var a='脚本';</script>"
            + "<div>本年度共受理\n申请<b>12</b>件。<br>第二行</div><ul><li>一项</li><li>two  words</li></ul></body></html>";

        var read = DocumentFixtures.Read(Encoding.UTF8.GetBytes(Html));

        Assert.Equal("本年度共受理申请12件。\n第二行\n一项\ntwo words\n", read.Text);
    }

    [Fact]
    public void Read_OneColumnLayoutTable_ReadAsParagraphs()
    {
        const string Html = "<html><body><table><tr><td><p>标题</p><p>正文一段</p></td></tr></table></body></html>";

        Assert.Equal("标题\n正文一段\n", DocumentFixtures.Read(Encoding.UTF8.GetBytes(Html)).Text);
    }
}
