using Lucene.Net.Index;

namespace Archive.Search.Querying;

/// <summary>A range of one segment's documents, [From, To), scored as one parallel task.</summary>
internal readonly record struct SearchSlice(AtomicReaderContext Segment, int From, int To)
{
    public bool IsWholeSegment => From == 0 && To == Segment.AtomicReader.MaxDoc;
}

/// <summary>
/// Cuts a reader's segments into ranges of about equal size, so that every core gets an even share of a search
/// whatever the segment sizes. Measured on 100k reports in 22 segments, one of them 45 % of the documents: a
/// search used 1.6 of the 2 cores when a segment was the unit of work.
/// </summary>
internal static class SearchSlices
{
    /// <summary>Ranges per core: a few, so a core that finishes early takes another.</summary>
    private const int PerCore = 3;

    /// <param name="segments">The reader's leaves.</param>
    /// <param name="minDocs">No range is cut smaller than this: below it, a range costs more to set up than it saves.</param>
    public static List<SearchSlice> Of(IList<AtomicReaderContext> segments, int minDocs)
    {
        var total = segments.Sum(s => s.AtomicReader.MaxDoc);
        var target = Math.Max(Math.Max(1, minDocs), total / (Environment.ProcessorCount * PerCore));
        var slices = new List<SearchSlice>();
        foreach (var segment in segments)
        {
            var count = segment.AtomicReader.MaxDoc;
            var parts = Math.Max(1, count / target);
            for (var part = 0; part < parts; part++)
            {
                slices.Add(new SearchSlice(segment, (int)((long)count * part / parts), (int)((long)count * (part + 1) / parts)));
            }
        }

        // Largest first: the long tasks start early and the short ones fill the gaps at the end.
        slices.Sort((a, b) => (b.To - b.From).CompareTo(a.To - a.From));
        return slices;
    }
}
