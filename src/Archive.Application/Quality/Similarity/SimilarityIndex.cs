namespace Archive.Application.Quality.Similarity;

/// <summary>A report as the similarity index knows it: its signature, its year and which agency it is.</summary>
/// <param name="Agency">Region and normalized agency name (<see cref="Archive.Core.Agencies.AgencyNameNormalizer"/>); null when the report has no agency name.</param>
public sealed record SimilarityEntry(ReportSignature Signature, int? Year, string? RegionCode, string? Agency);

/// <summary>A report of another agency whose signature is near, before the exact comparison.</summary>
/// <param name="EstimatedShare">The share of the asked report's shingles in the candidate's, estimated from the signatures.</param>
public sealed record SimilarityCandidate(long ReportId, int Agreements, double EstimatedShare);

/// <summary>
/// An immutable in-memory snapshot of every signature with LSH band tables (<see cref="MinHash.Bands"/> bands of
/// <see cref="MinHash.BandRows"/> rows, the year hashed in): a lookup reads the asked report's 64 band keys, binary
/// searches each band's sorted keys, and ranks the reports found by their signature agreement. No text is read here.
/// </summary>
public sealed class SimilarityIndex
{
    private readonly long[] _ids;
    private readonly int[] _years;
    private readonly int[] _agencies;
    private readonly int[] _regions;
    private readonly int[] _names;
    private readonly int[] _shingles;
    private readonly uint[] _mins;
    private readonly Dictionary<long, int> _positions;
    private readonly uint[][] _bandKeys;
    private readonly int[][] _bandDocs;

    public static SimilarityIndex Empty { get; } = new([]);

    public SimilarityIndex(IReadOnlyList<SimilarityEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var n = entries.Count;
        _ids = new long[n];
        _years = new int[n];
        _agencies = new int[n];
        _regions = new int[n];
        _names = new int[n];
        _shingles = new int[n];
        _mins = new uint[n * MinHash.Size];
        _positions = new Dictionary<long, int>(n);
        var interned = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string? value) => value is null ? -1 : interned.TryGetValue(value, out var id) ? id : interned[value] = interned.Count;
        for (var i = 0; i < n; i++)
        {
            var entry = entries[i];
            _ids[i] = entry.Signature.ReportId;
            _years[i] = entry.Year ?? int.MinValue;
            _regions[i] = Intern(entry.RegionCode);
            _names[i] = Intern(entry.Agency);
            _agencies[i] = Intern(entry.RegionCode + "|" + entry.Agency);
            _shingles[i] = entry.Signature.Shingles;
            entry.Signature.Mins.CopyTo(_mins, i * MinHash.Size);
            _positions[entry.Signature.ReportId] = i;
        }

        // Only dated reports with enough prose go into the bands: the others never get a verdict.
        var banded = Enumerable.Range(0, n).Where(Comparable).ToArray();
        _bandKeys = new uint[MinHash.Bands][];
        _bandDocs = new int[MinHash.Bands][];
        for (var band = 0; band < MinHash.Bands; band++)
        {
            var keys = new uint[banded.Length];
            var docs = new int[banded.Length];
            for (var j = 0; j < banded.Length; j++)
            {
                keys[j] = BandKey(banded[j], band);
                docs[j] = banded[j];
            }

            Array.Sort(keys, docs);
            _bandKeys[band] = keys;
            _bandDocs[band] = docs;
        }
    }

    public int Count => _ids.Length;

    /// <summary>Bytes held by the arrays (signatures and band tables), for the benchmark.</summary>
    public long ApproximateBytes => (_mins.LongLength * 4) + (_ids.LongLength * 8) + (_ids.LongLength * 4 * 6) + _bandKeys.Sum(k => k.LongLength * 8);

    public bool Contains(long reportId) => _positions.ContainsKey(reportId);

    /// <summary>The signature kept for <paramref name="reportId"/>, or null.</summary>
    public ReportSignature? Signature(long reportId) =>
        _positions.TryGetValue(reportId, out var i) ? new ReportSignature(_ids[i], 0, _shingles[i], _mins.AsSpan(i * MinHash.Size, MinHash.Size).ToArray()) : null;

    /// <summary>Whether the report can be compared at all: it has a year and enough prose.</summary>
    public bool IsComparable(long reportId) => _positions.TryGetValue(reportId, out var i) && Comparable(i);

    /// <summary>
    /// Reports of other agencies in the same year that share at least one band with <paramref name="reportId"/>,
    /// best estimated share first, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<SimilarityCandidate> Candidates(long reportId, int limit)
    {
        if (!_positions.TryGetValue(reportId, out var self) || !Comparable(self))
        {
            return [];
        }

        var seen = new HashSet<int>();
        for (var band = 0; band < MinHash.Bands; band++)
        {
            var keys = _bandKeys[band];
            var key = BandKey(self, band);
            var at = LowerBound(keys, key);
            for (var j = at; j < keys.Length && keys[j] == key; j++)
            {
                var other = _bandDocs[band][j];
                if (other != self && _years[other] == _years[self] && OtherAgency(self, other))
                {
                    seen.Add(other);
                }
            }
        }

        var mine = _mins.AsSpan(self * MinHash.Size, MinHash.Size);
        var candidates = new List<SimilarityCandidate>(seen.Count);
        foreach (var other in seen)
        {
            var agreements = MinHash.Agreements(mine, _mins.AsSpan(other * MinHash.Size, MinHash.Size));
            var share = MinHash.Containment((double)agreements / MinHash.Size, _shingles[self], _shingles[other]);
            candidates.Add(new SimilarityCandidate(_ids[other], agreements, share));
        }

        return [.. candidates.OrderByDescending(c => c.EstimatedShare).ThenBy(c => c.ReportId).Take(limit)];
    }

    /// <summary>
    /// Another agency: a different region or normalized name. A report without a name, or without a region but
    /// with the same name as the other, is not told apart from it (it may be the same body), so never compared.
    /// </summary>
    private bool OtherAgency(int a, int b)
    {
        if (_names[a] < 0 || _names[b] < 0)
        {
            return false;
        }

        if (_regions[a] < 0 || _regions[b] < 0)
        {
            return _names[a] != _names[b];
        }

        return _agencies[a] != _agencies[b];
    }

    private bool Comparable(int i) => _years[i] != int.MinValue && _shingles[i] >= ReportProse.MinimumShingles;

    private uint BandKey(int doc, int band)
    {
        var at = (doc * MinHash.Size) + (band * MinHash.BandRows);
        var h = ((ulong)(uint)_years[doc] << 32) | (uint)band;
        for (var r = 0; r < MinHash.BandRows; r++)
        {
            h = ReportProse.Mix(h ^ _mins[at + r]);
        }

        return (uint)h;
    }

    private static int LowerBound(uint[] keys, uint key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
