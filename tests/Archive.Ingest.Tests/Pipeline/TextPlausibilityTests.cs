using System.Text;
using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Validation;
using Archive.Testing;

namespace Archive.Ingest.Tests.Pipeline;

/// <summary>Issue 20: text that is not text (random bytes, tiny files, mislabelled charsets) is refused with a reason.</summary>
public sealed class TextPlausibilityTests
{
    private static readonly ReportPreparer Preparer = new(new ReportExtractor(), new IngestOptions());

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void RandomHighBytes_ThatDecodeAsGb18030_AreRefused(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[4096];
        for (var i = 0; i < bytes.Length; i += 2)
        {
            // Lead and trail bytes of two-byte GBK: every pair is "valid" GB18030.
            bytes[i] = (byte)random.Next(0x81, 0xFF);
            bytes[i + 1] = (byte)random.Next(0x40, 0xFF);
            if (bytes[i + 1] == 0x7F)
            {
                bytes[i + 1] = 0x80;
            }
        }

        var error = Assert.Throws<IngestException>(() => Preparer.Prepare($"random-{seed}.txt", bytes));
        Assert.Matches("^(not text|does not read as Chinese)", error.Message);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("你")]
    [InlineData("你好")]
    [InlineData("hello")]
    [InlineData("报告报告报")]
    [InlineData("年度报告。")]
    public void TinyFiles_AreRefused(string text)
    {
        var error = Assert.Throws<IngestException>(() => Preparer.Prepare("tiny.txt", Encoding.UTF8.GetBytes(text)));
        Assert.Contains("too little Chinese text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PasswdFile_IsRefused()
    {
        var passwd = string.Join('\n', Enumerable.Range(0, 30).Select(i => $"user{i}:x:{1000 + i}:{1000 + i}:User {i}:/home/user{i}:/bin/bash"));
        Assert.Throws<IngestException>(() => Preparer.Prepare("passwd.txt", Encoding.UTF8.GetBytes(passwd)));
    }

    [Theory]
    [InlineData("iso-8859-1", "gb18030")]
    public void PageWhoseMetaCharsetLies_IsRefused(string declared, string actual)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var seed = File.ReadAllText(TestPaths.SeedFiles[0]);
        var html = $"<html><head><meta charset=\"{declared}\"></head><body><p>" + seed.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></body></html>";
        var bytes = Encoding.GetEncoding(actual).GetBytes(html);

        var error = Assert.Throws<IngestException>(() => Preparer.Prepare("lying.html", bytes));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("ibm037")]
    [InlineData("windows-1252")]
    public void PageWhoseMetaCharsetLies_ReadingAsJunk_IsReadAsTheBytesAre(string declared)
    {
        // The declared reading is control characters; the bytes are valid UTF-8, so detection reads them right.
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var seed = File.ReadAllText(TestPaths.SeedFiles[0]);
        var html = $"<html><head><meta charset=\"{declared}\"></head><body><p>" + seed.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></body></html>";

        var prepared = Preparer.Prepare("lying.html", Encoding.UTF8.GetBytes(html));

        Assert.Contains(seed.Split('\n')[0].Trim(), prepared.NormalizedText, StringComparison.Ordinal);
    }

    [Fact]
    public void PageClaimingUtf16_IsReadAsUtf8AsBrowsersDo()
    {
        // The HTML standard maps a <meta> utf-16 to utf-8 (a page's bytes cannot declare UTF-16 in ASCII), so this lie is harmless.
        var seed = File.ReadAllText(TestPaths.SeedFiles[0]);
        var html = "<html><head><meta charset=\"utf-16\"></head><body><p>" + seed.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></body></html>";
        var prepared = Preparer.Prepare("utf16.html", Encoding.UTF8.GetBytes(html));
        Assert.Contains(seed.Split('\n')[0].Trim(), prepared.NormalizedText, StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseTextAboutSomethingElse_IsStoredButFlaggedNotAReport()
    {
        var text = "今天天气很好，我们去公园散步。公园里有很多人，有的在跑步，有的在下棋，孩子们在草地上玩耍。\n晚上回家做饭，吃完饭看了一会儿书。";
        var prepared = Preparer.Prepare("diary.txt", Encoding.UTF8.GetBytes(text));
        Assert.Contains(prepared.Extracted.Flags, f => f.Kind == FlagKind.NotAReport);
    }

    // 政务公开 and 依申请公开 name the disclosure work as 信息公开 does (a bureau's page speaking of 政府信息与政务公开).
    [Fact]
    public void PageSpeakingOfOpenGovernmentAffairsOnly_IsNotFlaggedNotAReport()
    {
        const string text = "一、政府信息与政务公开基本情况\n我局2017年通过本单位门户网站主动公开政府信息120条。\n"
            + "二、依申请公开政府信息情况\n2017年,我局接到2项申请,均在规定的时限内依法作出答复。\n";

        var prepared = Preparer.Prepare("page.txt", Encoding.UTF8.GetBytes(text));

        Assert.DoesNotContain(prepared.Extracted.Flags, f => f.Kind == FlagKind.NotAReport);
    }

    [Fact]
    public void EverySeed_PassesAndIsNotFlagged()
    {
        foreach (var seed in TestPaths.SeedFiles)
        {
            Assert.Null(TextPlausibility.Refusal(File.ReadAllText(seed)));
            var prepared = Preparer.Prepare(Path.GetFileName(seed), File.ReadAllBytes(seed));
            Assert.DoesNotContain(prepared.Extracted.Flags, f => f.Kind == FlagKind.NotAReport);
        }
    }

    [Fact]
    public void SeedEncodedAsGb18030_Passes()
    {
        var seed = File.ReadAllText(TestPaths.SeedFiles[2]);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(seed);
        Assert.Null(TextPlausibility.Refusal(Preparer.Prepare("gbk.txt", bytes).NormalizedText));
    }

    [Fact]
    public void ReportInTraditionalCharacters_IsKept()
    {
        const string text = "麻陽苗族自治縣板栗樹鄉人民政府2022年政府信息公開工作年度報告\n一、總體情況\n2022年，板栗樹鄉認真貫徹落實《中華人民共和國政府信息公開條例》，"
            + "堅持以公開為常態、不公開為例外，進一步規範政府信息公開申請辦理工作，切實保障人民群眾的知情權、參與權、表達權和監督權。\n";

        var prepared = Preparer.Prepare("traditional.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal("麻阳苗族自治县板栗树乡人民政府", prepared.Extracted.Agency);
        Assert.StartsWith("麻陽", prepared.NormalizedText, StringComparison.Ordinal); // stored as printed
        Assert.DoesNotContain(prepared.Extracted.Flags, f => f.Kind == FlagKind.NotAReport); // 信息公開 is 信息公开
    }
}
