namespace Archive.Search.Highlighting;

/// <summary>
/// Where snippets read report texts: the normalized text each report was indexed from, by report id. The index
/// stores that text too, but reading it back costs an LZ4 decompression of its chunk (measured 35–190 µs per
/// report on the 100k archive). SQLite keeps the texts uncompressed: about 7 µs per report in one plain query,
/// 20–40 µs through EF Core.
/// </summary>
public interface IReportTextSource
{
    /// <summary>
    /// The texts of these reports, in one read. Ids it does not know may be left out: their snippets are then
    /// built from the text stored in the index.
    /// </summary>
    IReadOnlyDictionary<long, string> GetTexts(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken);
}
