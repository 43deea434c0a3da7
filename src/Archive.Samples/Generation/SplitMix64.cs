namespace Archive.Samples.Generation;

/// <summary>
/// SplitMix64: a tiny, fully specified PRNG. System.Random's algorithm is not a compatibility promise across
/// runtimes, so generated reports use this to stay byte-identical across versions and machines.
/// Only integer arithmetic and exact double operations are used (no Math.Log/Exp), for the same reason.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A well-mixed seed for stream <paramref name="index"/> of a run seeded with <paramref name="seed"/>.</summary>
    public static ulong Derive(ulong seed, ulong index)
    {
        var mixer = new SplitMix64(seed ^ (0xD1B54A32D192ED03UL * (index + 1)));
        _ = mixer.NextUInt64();
        return mixer.NextUInt64();
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/> (0 when maxExclusive ≤ 1).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="maxInclusive"/>.</summary>
    public int Between(int min, int maxInclusive) => maxInclusive <= min ? min : min + Next(maxInclusive - min + 1);

    /// <summary>Uniform in [0, 1) with 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => probability > 0 && NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A count with a long tail: mostly small, sometimes up to <paramref name="max"/>.</summary>
    public int Skewed(int max)
    {
        if (max <= 0)
        {
            return 0;
        }

        // Product of two uniforms concentrates mass near zero without transcendental functions.
        var u = NextDouble() * NextDouble();
        return (int)(u * (max + 1));
    }
}
