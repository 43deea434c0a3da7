namespace Archive.Application.Quality.Similarity;

/// <summary>
/// MinHash signatures of a report's prose shingles (<see cref="ReportProse"/>): for each of <see cref="Size"/> hash
/// functions the least value over the distinct shingles. Two signatures agree in a position with probability equal
/// to the Jaccard similarity of the two shingle sets.
/// </summary>
public static class MinHash
{
    /// <summary>Hash functions per signature: 128 × 4 bytes a report (51 MB at 100,000 reports).</summary>
    public const int Size = 128;

    /// <summary>
    /// Rows per LSH band (<see cref="Size"/> ÷ this = 64 bands). A pair becomes a candidate when one band agrees whole:
    /// P = 1 − (1 − J²)^64, so 0.9994 at Jaccard 0.33 (half of one report's prose in another of the same length),
    /// 0.93 at 0.2 and 0.47 at 0.1 (stock phrases only, sorted out by the exact share).
    /// </summary>
    public const int BandRows = 2;

    public const int Bands = Size / BandRows;

    // Multiply-shift hashing of the (already mixed) shingle hash: odd multipliers and offsets from a fixed stream, so
    // signatures written by one run compare with another's.
    private static readonly ulong[] Multipliers = Stream(0x5EED_0001UL, odd: true);
    private static readonly ulong[] Offsets = Stream(0x5EED_0002UL, odd: false);

    /// <summary>The signature of <paramref name="shingles"/> (distinct values); all <see cref="uint.MaxValue"/> when there are none.</summary>
    public static uint[] Of(IReadOnlyCollection<ulong> shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        var mins = new uint[Size];
        Array.Fill(mins, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Size; i++)
            {
                var h = (uint)(((Multipliers[i] * shingle) + Offsets[i]) >> 32);
                if (h < mins[i])
                {
                    mins[i] = h;
                }
            }
        }

        return mins;
    }

    /// <summary>Positions where the two signatures agree (an estimate of Jaccard × <see cref="Size"/>).</summary>
    public static int Agreements(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return same;
    }

    /// <summary>
    /// The share of set A inside set B estimated from their Jaccard J and sizes: |A ∩ B| = J (|A| + |B|) ÷ (1 + J).
    /// </summary>
    public static double Containment(double jaccard, int sizeA, int sizeB) =>
        sizeA == 0 ? 0 : Math.Min(1, jaccard * (sizeA + sizeB) / ((1 + jaccard) * sizeA));

    private static ulong[] Stream(ulong seed, bool odd)
    {
        var values = new ulong[Size];
        var state = seed;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var value = ReportProse.Mix(state);
            values[i] = odd ? value | 1 : value;
        }

        return values;
    }
}
