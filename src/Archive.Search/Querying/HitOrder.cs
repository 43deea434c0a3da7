using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>The result order over <see cref="HitKey"/>.</summary>
internal sealed class HitOrder : IComparer<HitKey>
{
    public static HitOrder Instance { get; } = new();

    public static IComparer<HitKey> Reversed { get; } = Comparer<HitKey>.Create((a, b) => Instance.Compare(b, a));

    /// <summary>
    /// Higher scores first, then newer reports (<see cref="SegmentColumns.Recency"/>): the negated order-preserving
    /// integer form of the score over the recency.
    /// </summary>
    public static long RelevanceKey(float score, uint recency) => -(((long)NumericUtils.SingleToSortableInt32(score) << 32) | recency);

    public int Compare(HitKey x, HitKey y)
    {
        var primary = x.Primary.CompareTo(y.Primary);
        return primary != 0 ? primary : x.ReportId.CompareTo(y.ReportId);
    }
}
