namespace Archive.Search.Highlighting;

/// <summary>
/// Where snippets read report texts: the normalized text each report was indexed from, by report id. The index
/// stores that text too, but reading it back costs an LZ4 decompression of its chunk (measured 35–190 µs per
/// report on the 100k archive). The database keeps them Brotli-compressed (issue 25): one query per page, then
/// about 18 µs per report to decode (at 100k, with the UTF-8 transcoding, a tenth of the CPU of a 20-hit search
/// with snippets).
/// </summary>
public interface IReportTextSource
{
    /// <summary>
    /// The texts of these reports, in one read. Ids it does not know may be left out: their snippets are then
    /// built from the text stored in the index.
    /// </summary>
    IReadOnlyDictionary<long, string> GetTexts(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken);
}
