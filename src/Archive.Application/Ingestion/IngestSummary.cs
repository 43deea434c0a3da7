namespace Archive.Application.Ingestion;

/// <summary>What a batch ingest did.</summary>
public sealed record IngestSummary(int Added, int Updated, int Unchanged, IReadOnlyList<IngestFailure> Failures)
{
    public int Failed => Failures.Count;

    /// <summary>Where the time went (for benchmarks and the log).</summary>
    public IngestTimings Timings { get; init; } = new();

    public override string ToString() => $"added {Added}, updated {Updated}, unchanged {Unchanged}, failed {Failed}";
}

/// <summary>A file that was reported and skipped.</summary>
public sealed record IngestFailure(string Path, string Reason);

/// <summary>Progress after each file.</summary>
public sealed record IngestProgress(int Done, int Total, string CurrentPath);

/// <summary>Time spent per ingest stage: prepare is summed over the cores that ran it, store and index are wall times of their stages (which overlap).</summary>
public sealed class IngestTimings
{
    private long _prepare;
    private long _store;
    private long _index;

    public TimeSpan Prepare => TimeSpan.FromTicks(Interlocked.Read(ref _prepare));
    public TimeSpan Store => TimeSpan.FromTicks(Interlocked.Read(ref _store));
    public TimeSpan Index => TimeSpan.FromTicks(Interlocked.Read(ref _index));

    internal void AddPrepare(TimeSpan time) => Interlocked.Add(ref _prepare, time.Ticks);
    internal void AddStore(TimeSpan time) => Interlocked.Add(ref _store, time.Ticks);
    internal void AddIndex(TimeSpan time) => Interlocked.Add(ref _index, time.Ticks);
}
