namespace Archive.Search.Querying;

/// <summary>
/// A scorer whose matches are cheap candidates narrowed by a costlier check per document (the idea of Lucene's later
/// TwoPhaseIterator): a caller that already knows a document matches for another reason can skip the check.
/// </summary>
internal interface ITwoPhaseScorer
{
    /// <summary>The current candidate; -1 before the first.</summary>
    int CandidateID { get; }

    /// <summary>Moves to the first candidate at or after <paramref name="target"/>.</summary>
    int AdvanceCandidate(int target);

    /// <summary>Whether the current candidate really matches; at most once per candidate.</summary>
    bool Matches();
}
