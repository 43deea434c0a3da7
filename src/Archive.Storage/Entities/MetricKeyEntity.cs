namespace Archive.Storage.Entities;

/// <summary>
/// One key of the metric dictionary as stored: metric rows hold its small integer <see cref="Id"/> instead of the
/// string (issue 25: the key strings, in the rows and again in their index, were 30 of 48 MB at 2,000 reports). Ids
/// are given once and never change; a key first seen by the store is added.
/// </summary>
public sealed class MetricKeyEntity
{
    public int Id { get; set; }

    /// <summary>Key of the metric dictionary, e.g. apply.new.total.</summary>
    public required string Key { get; set; }
}
