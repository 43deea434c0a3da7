namespace Archive.Search.Analysis;

/// <summary>
/// Names the analysis chain an index was built with. It is stored in the index's commit user data;
/// change <see cref="Current"/> whenever a change to the analyzers or the field layout changes the terms an
/// index holds, so an old index is refused ("reindex needed") instead of silently giving wrong results.
/// </summary>
public static class AnalysisVersion
{
    public const string Current = "smartcn48+exact-bigram+common-trigram+bm25/4";

    public const string CommitDataKey = "archive.analysis";
}
