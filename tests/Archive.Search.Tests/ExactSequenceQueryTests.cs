using Archive.Search.Analysis;
using Archive.Search.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Tests;

public sealed class ExactSequenceQueryTests
{
    [Theory]
    [InlineData(new long[] { 5, 7 }, new[] { 0, 1 })]
    [InlineData(new long[] { 9, 1, 9 }, new[] { 0, 1, 2 })]
    [InlineData(new long[] { 9, 100, 9 }, new[] { 0, 2 })]

    // 政府 府信 信息 息公 公开 开工 工作: the rare middle bigrams replace 信息 and 公开.
    [InlineData(new long[] { 900, 50, 1000, 40, 1200, 30, 800 }, new[] { 0, 1, 3, 5, 6 })]
    [InlineData(new long[] { 900, 5000, 1000, 4000, 1200, 3000, 800 }, new[] { 0, 2, 4, 6 })]
    public void CheapestCover_CoversEveryUnit_WithTheFewestOccurrences(long[] occurrences, int[] expected)
    {
        var grams = occurrences.Select((count, position) => (position, 2, count)).ToList();

        var cover = ExactSequenceQuery.CheapestCover(grams, occurrences.Length + 1);

        Assert.Equal(expected, cover);
        Assert.Equal(0, cover[0]);
        Assert.Equal(occurrences.Length - 1, cover[^1]);
        Assert.All(cover.Zip(cover.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 1, 2));
    }

    [Fact]
    public void Grams_BesideACommonBigram_IncludeTheTrigramsThatContainIt()
    {
        var grams = ExactSequenceQuery.Grams(["政", "务", "公", "开", "栏"]).Select(g => (g.Start, g.Term)).ToList();

        Assert.Equal([(0, "政务"), (1, "务公"), (1, "务公开"), (2, "公开"), (2, "公开栏"), (3, "开栏")], grams);
    }

    [Fact]
    public void CheapestCover_PrefersATrigramToACommonBigram()
    {
        // 政务公开: 务公开 (indexed because 公开 is common) covers the last unit instead of 公开 itself.
        (int, int, long)[] grams = [(0, 2, 500), (1, 2, 50), (1, 3, 40), (2, 2, 3800)];

        var cover = ExactSequenceQuery.CheapestCover(grams, 4);

        Assert.Equal([0, 2], cover);
    }

    [Fact]
    public void ExactAnalyzer_EmitsTheTrigramAtItsFirstUnitsPosition()
    {
        using var analyzer = new CjkBigramFieldAnalyzer();
        using var stream = analyzer.GetTokenStream(IndexFields.TextExact, "政务公开");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var tokens = new List<(string Term, int Position, int Start, int End)>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();

        Assert.Equal([("政务", 0, 0, 2), ("务公", 1, 1, 3), ("务公开", 1, 1, 4), ("公开", 2, 2, 4), ("开", 3, 3, 4)], tokens);
    }
}
