using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>
/// Reports whose year is in [From, To], read from the segment's year column (<see cref="SegmentColumns.Years"/>, a
/// plain array every search already holds) at each candidate another clause proposes: no set built up front, and no
/// doc-values decoding per candidate. A report without a year never matches. Measured at 100k (search-cpu --queries,
/// the 200 text-drawn words with year:2016..2020, counting only): 4.33–4.90 ms of CPU a search through
/// FieldCacheRangeFilter on the year's doc values, 3.83–4.22 ms here.
/// </summary>
internal sealed class YearRangeFilter(int from, int to) : Filter
{
    public int From { get; } = from;

    public int To { get; } = to;

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
        new YearDocIdSet(SegmentColumns.For(context.AtomicReader).Years, From, To, acceptDocs);

    public override bool Equals(object? obj) => obj is YearRangeFilter other && From == other.From && To == other.To;

    public override int GetHashCode() => HashCode.Combine(From, To);

    public override string ToString() => $"year:[{From} TO {To}]";

    private sealed class YearDocIdSet(int[] years, int from, int to, IBits? acceptDocs) : DocIdSet
    {
        public override bool IsCacheable => true;

        public override DocIdSetIterator GetIterator() => new YearIterator(years, from, to, acceptDocs);
    }

    private sealed class YearIterator(int[] years, int from, int to, IBits? acceptDocs) : DocIdSetIterator
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            for (var doc = target; doc < years.Length; doc++)
            {
                var year = years[doc];
                if (year >= from && year <= to && year != SegmentColumns.Missing && (acceptDocs is null || acceptDocs.Get(doc)))
                {
                    return _doc = doc;
                }
            }

            return _doc = NO_MORE_DOCS;
        }

        // Every document may have to be looked at: never the lead of a conjunction.
        public override long GetCost() => years.Length;
    }
}
