using Archive.Search.Querying;

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
        var cover = ExactSequenceQuery.CheapestCover(occurrences);

        Assert.Equal(expected, cover);
        Assert.Equal(0, cover[0]);
        Assert.Equal(occurrences.Length - 1, cover[^1]);
        Assert.All(cover.Zip(cover.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 1, 2));
    }
}
