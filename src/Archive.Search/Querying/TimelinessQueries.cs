using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>
/// The TIMELINESS verdict (<see cref="Archive.Core.Quality.PublicationDeadlines"/>) as an index condition: the
/// per-segment verdict column the TIMELINESS facet counts (<see cref="SegmentColumns.TimelinessColumn"/>, from the
/// year, publication day and agency kind every report document has), read at each candidate — one rule, computed in
/// one place, and no field of its own, so no reindex.
/// </summary>
internal static class TimelinessQueries
{
    /// <param name="late">True: published after the deadline; false: after the reported year and by the deadline.</param>
    public static Query Published(bool late) =>
        new ConstantScoreQuery(new VerdictFilter(late ? SegmentColumns.FailLabel : SegmentColumns.PassLabel));

    private sealed class VerdictFilter(string verdict) : Filter
    {
        private readonly string _verdict = verdict;

        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var column = SegmentColumns.For(context.AtomicReader).TimelinessColumn;
            var ordinal = Array.IndexOf(column.Labels, _verdict);
            return ordinal < 0 ? null : new VerdictDocIdSet(context.AtomicReader.MaxDoc, acceptDocs, column.Ordinals, ordinal);
        }

        public override bool Equals(object? obj) => obj is VerdictFilter other && string.Equals(_verdict, other._verdict, StringComparison.Ordinal);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_verdict);

        public override string ToString() => $"timeliness:{_verdict}";
    }

    private sealed class VerdictDocIdSet(int maxDoc, IBits acceptDocs, int[] ordinals, int ordinal) : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc) => ordinals[doc] == ordinal;
    }
}
