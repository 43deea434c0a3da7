namespace Archive.Api.Indexing;

/// <summary>Brings the search index up to date with stored reports (SQLite stays the system of record).</summary>
public interface IReportIndexer
{
    /// <summary>Indexes the given stored reports and commits the index.</summary>
    Task IndexAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken);
}
