using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>The result order over <see cref="HitKey"/>.</summary>
internal sealed class HitOrder : IComparer<HitKey>
{
    public static HitOrder Instance { get; } = new();

    public static IComparer<HitKey> Reversed { get; } = Comparer<HitKey>.Create((a, b) => Instance.Compare(b, a));

    /// <summary>Higher scores first: the negated order-preserving integer form of the score.</summary>
    public static long RelevanceKey(float score) => -(long)NumericUtils.SingleToSortableInt32(score);

    public int Compare(HitKey x, HitKey y)
    {
        var primary = x.Primary.CompareTo(y.Primary);
        return primary != 0 ? primary : x.ReportId.CompareTo(y.ReportId);
    }
}
