namespace Archive.Application.Ingestion;

/// <summary>What a batch ingest did.</summary>
public sealed record IngestSummary(int Added, int Updated, int Unchanged, IReadOnlyList<IngestFailure> Failures)
{
    public int Failed => Failures.Count;

    public override string ToString() => $"added {Added}, updated {Updated}, unchanged {Unchanged}, failed {Failed}";
}

/// <summary>A file that was reported and skipped.</summary>
public sealed record IngestFailure(string Path, string Reason);

/// <summary>Progress after each file.</summary>
public sealed record IngestProgress(int Done, int Total, string CurrentPath);
