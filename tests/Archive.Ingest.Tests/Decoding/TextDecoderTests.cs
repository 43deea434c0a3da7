using System.Text;
using Archive.Ingest.Decoding;
using Archive.Ingest.Normalization;
using Archive.Testing;

namespace Archive.Ingest.Tests.Decoding;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Seeds() => [.. TestPaths.SeedFiles.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decode_SeedInEveryEncoding_GivesTheSameNormalizedText(string seed)
    {
        var utf8 = File.ReadAllBytes(Path.Combine(TestPaths.SeedsDir, seed));
        var text = Encoding.UTF8.GetString(utf8);
        var expected = TextNormalizer.Normalize(TextDecoder.Decode(utf8).Text).Text;

        byte[][] variants =
        [
            Encoding.GetEncoding("GB18030").GetBytes(text),
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            [.. Encoding.UTF8.GetPreamble(), .. utf8],
            Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
        ];

        foreach (var bytes in variants)
        {
            Assert.Equal(expected, TextNormalizer.Normalize(TextDecoder.Decode(bytes).Text).Text);
        }
    }

    [Fact]
    public void Decode_Gb18030Bytes_AreDetectedAsGb18030()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("政府信息公开工作年度报告");
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("gb18030", decoded.Encoding);
        Assert.Equal("政府信息公开工作年度报告", decoded.Text);
    }

    [Fact]
    public void Decode_RandomBytes_IsRejectedWithAReason()
    {
        var random = new Random(7);
        var bytes = new byte[1024];
        random.NextBytes(bytes);
        var error = Assert.Throws<UndecodableTextException>(() => TextDecoder.Decode(bytes));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Decode_InvalidUtf16_IsRejected()
    {
        byte[] bytes = [0xFF, 0xFE, 0x00, 0xD8, 0x41];
        Assert.Throws<UndecodableTextException>(() => TextDecoder.Decode(bytes));
    }

    // An invented traditional-character report line, as a Big5 mirror serves it.
    private const string TraditionalLine = "青禾縣農業農村局2021年政府信息公開工作年度報告。本年新收政府信息公開申請12件，辦結12件，無行政複議。";

    [Fact]
    public void Decode_Big5BytesWithoutDeclaration_AreReadAsBig5()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(TraditionalLine));

        Assert.Equal("big5", decoded.Encoding);
        Assert.Equal(TraditionalLine, decoded.Text);
    }

    [Fact]
    public void IsJunk_Big5ReadAsGb18030_IsJunkButTheTextItselfIsNot()
    {
        var big5 = Encoding.GetEncoding("big5").GetBytes(TraditionalLine);

        Assert.True(TextDecoder.IsJunk(Encoding.GetEncoding("GB18030").GetString(big5)));
        Assert.False(TextDecoder.IsJunk(TraditionalLine));
    }
}
