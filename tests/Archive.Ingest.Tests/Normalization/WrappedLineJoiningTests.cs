using System.Text;
using Archive.Ingest.Normalization;
using Archive.Testing;

namespace Archive.Ingest.Tests.Normalization;

public sealed class WrappedLineJoiningTests
{
    private const string Line = "坚持把政府信息公开工作作为加强党风廉政建设转变工作作风提"; // 28 hanzi, no sentence end

    [Fact]
    public void Normalize_FullLinesWrappedInsideAParagraph_JoinsThem()
    {
        var raw = Line + "\n\n" + Line + "\n\n" + Line + "\n\n" + Line + "\n\n" + Line + "\n\n" + "高办事效率。";

        var normalized = TextNormalizer.Normalize(raw).Text;

        Assert.Contains(Line + Line + Line + Line + Line + "高办事效率。", normalized, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("二、政府信息公开的组织领导")]
    [InlineData("（三）强化培训，横纵到边")]
    [InlineData("1.深化决策用权信息公开")]
    [InlineData("第四条 本办法")]
    [InlineData("\u3000\u3000新的段落从这里开始")]
    [InlineData("项目\t2019\t2020")]
    public void Normalize_NextLineIsHeadingIndentedOrTableRow_KeepsTheBreak(string next)
    {
        var raw = string.Concat(Enumerable.Repeat(Line + "\n\n", 5)) + next + "\n";

        var normalized = TextNormalizer.Normalize(raw).Text;

        Assert.Contains("提\n\n" + next.TrimStart('\u3000'), normalized.Replace("\u3000", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_LineEndsASentenceOrParagraphBreakIsWide_KeepsTheBreak()
    {
        var sentenceEnd = Line[..^1] + "。";
        var raw = string.Concat(Enumerable.Repeat(Line + "\n\n", 5)) + sentenceEnd + "\n\n" + Line + "\n\n\n\n\n\n" + "继续";

        var normalized = TextNormalizer.Normalize(raw).Text;

        Assert.Contains("。\n\n" + Line, normalized, StringComparison.Ordinal);
        Assert.Contains("提\n\n\n\n\n\n继续", normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_LatinWordsOnBothSides_NeverGlued()
    {
        var latin = "The annual report on government information disclosure was";
        var raw = string.Concat(Enumerable.Repeat(latin + "\n\n", 6)) + "published";

        var normalized = TextNormalizer.Normalize(raw).Text;

        Assert.Contains("was\n\npublished", normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_EverySeed_KeepsTheRawOffsetOfEveryCharacter()
    {
        foreach (var seed in TestPaths.SeedFiles)
        {
            var raw = File.ReadAllText(seed, Encoding.UTF8);
            var normalized = TextNormalizer.Normalize(raw);
            var previous = -1;
            for (var i = 0; i < normalized.Text.Length; i++)
            {
                var rawIndex = normalized.ToRaw(i);
                Assert.True(rawIndex > previous, $"{Path.GetFileName(seed)}: offsets not increasing at {i}");
                Assert.True(raw[rawIndex] == normalized.Text[i] || (raw[rawIndex] == '\r' && normalized.Text[i] == '\n'), $"{Path.GetFileName(seed)}: char {i} does not come from raw {rawIndex}");
                previous = rawIndex;
            }

            Assert.Equal(raw.Length, normalized.ToRaw(normalized.Text.Length));
        }
    }

    [Fact]
    public void Normalize_Seeds_JoinEveryHanziBreakAfterAFullRawLine()
    {
        var checkedBreaks = 0;
        foreach (var seed in TestPaths.SeedFiles)
        {
            var raw = File.ReadAllText(seed, Encoding.UTF8);
            var normalized = TextNormalizer.Normalize(raw);
            var lines = RawLines(raw);
            var widths = lines.Where(l => !l.Text.Contains('\t', StringComparison.Ordinal)).Select(l => Width(l.Text)).Where(w => w >= 10).Order().ToList();
            var full = widths[(int)(widths.Count * 0.9)] * 0.9;
            for (var i = 0; i + 2 < lines.Count; i++)
            {
                var (a, blank, b) = (lines[i], lines[i + 1], lines[i + 2]);
                if (a.Text.Length > 0 && blank.Text.Trim().Length == 0 && b.Text.Length > 0 && Width(a.Text) >= full
                    && !a.Text.Contains('\t', StringComparison.Ordinal) && !b.Text.Contains('\t', StringComparison.Ordinal)
                    && IsHanzi(a.Text[^1]) && IsHanzi(b.Text[0]))
                {
                    // The last char of A and the first of B are neighbours in the normalized text.
                    var lastOfA = normalized.ToNormalized(a.Start + a.Text.Length - 1);
                    Assert.True(normalized.ToNormalized(b.Start) == lastOfA + 1, $"{Path.GetFileName(seed)}: unjoined wrap '{a.Text[^6..]}' / '{b.Text[..Math.Min(6, b.Text.Length)]}'");
                    checkedBreaks++;
                }
            }
        }

        Assert.True(checkedBreaks > 30, $"only {checkedBreaks} wrapped breaks found in the seeds");
    }

    private static List<(string Text, int Start)> RawLines(string raw)
    {
        var lines = new List<(string, int)>();
        var start = 0;
        foreach (var line in raw.Split('\n'))
        {
            lines.Add((line.TrimEnd(' ', '\u3000', '\r'), start));
            start += line.Length + 1;
        }

        return lines;
    }

    private static int Width(string line) => line.Sum(c => c >= '\u2E80' ? 2 : 1);

    private static bool IsHanzi(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
