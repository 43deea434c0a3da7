namespace Archive.Search.Analysis;

/// <summary>
/// Names the analysis chain an index was built with. It is stored in the index's commit user data;
/// change <see cref="Current"/> whenever a change to the analyzers or the field layout changes the terms an
/// index holds, so an old index is refused ("reindex needed") instead of silently giving wrong results.
/// </summary>
public static class AnalysisVersion
{
    /// <summary>The current version; it names the <see cref="CommonSequences"/> list by its fingerprint.</summary>
    public static string Current { get; } = $"smartcn48+exact-bigram+common-trigram+common-sequences-{CommonSequences.Fingerprint}+bm25+reader-layout+flag-kinds+simplified-forms/8";

    public const string CommitDataKey = "archive.analysis";
}
