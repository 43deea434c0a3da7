using System.Collections.Frozen;

namespace Archive.Search.Analysis;

/// <summary>
/// The bigrams that fill these reports — each more than eight times per report on average in 100k generated
/// reports (公开 38, 信息 33, 政府 25 …) — and the trigrams indexed beside them, the idea of Lucene's CommonGrams:
/// where a bigram is common, the exact fields also hold the three units around it, so a phrase such as 政务公开
/// can be checked through 务公开 instead of reading every position of 公开. Changing this list changes the terms an
/// index holds: bump <see cref="AnalysisVersion"/>.
/// </summary>
public static class CommonBigrams
{
    private static readonly FrozenSet<int> Pairs = new[]
    {
        "公开", "信息", "政府", "府信", "息公", "申请", "行政", "情况", "工作", "报告", "其他", "结果",
    }.Select(bigram => Key(bigram[0], bigram[1])).ToFrozenSet();

    /// <summary>Whether the units <paramref name="first"/> and <paramref name="second"/> form a common bigram.</summary>
    public static bool Contains(string first, string second) =>
        first.Length == 1 && second.Length == 1 && Pairs.Contains(Key(first[0], second[0]));

    /// <summary>Whether the exact fields index the trigram of these three consecutive units: when either of its bigrams is common.</summary>
    public static bool IndexesTrigram(string first, string second, string third) =>
        Contains(first, second) || Contains(second, third);

    private static int Key(char first, char second) => (first << 16) | second;
}
