using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>
/// A constant-score scorer over several terms' positions that iterates in two phases (<see cref="ITwoPhaseScorer"/>):
/// documents holding every term (a leapfrog over the postings), then the subclass's position check
/// (<see cref="Matches"/>); <see cref="NextDoc"/> and <see cref="Advance"/> do both.
/// </summary>
internal abstract class PositionsConjunctionScorer(Weight weight, DocsAndPositionsEnum[] postings, float score) : Scorer(weight), ITwoPhaseScorer
{
    private int _doc = -1;
    private int _candidate = -1;

    public override int DocID => _doc;

    public override int Freq => 1;

    public int CandidateID => _candidate;

    /// <summary>The terms' postings, in the query's order: at the current candidate, their positions are unread.</summary>
    protected DocsAndPositionsEnum[] Postings => postings;

    public override float GetScore() => score;

    public override long GetCost() => postings[0].GetCost();

    public override int NextDoc() => Advance(_doc + 1);

    public override int Advance(int target)
    {
        if (_candidate == NO_MORE_DOCS)
        {
            return _doc = NO_MORE_DOCS;
        }

        // Every candidate so far was checked: start after the last.
        var candidate = AdvanceCandidate(Math.Max(target, _candidate + 1));
        while (candidate != NO_MORE_DOCS && !Matches())
        {
            candidate = AdvanceCandidate(candidate + 1);
        }

        return _doc = candidate;
    }

    /// <summary>The first document at or after <paramref name="target"/> where every term is present.</summary>
    public int AdvanceCandidate(int target)
    {
        var candidate = postings[0].DocID >= target ? postings[0].DocID : postings[0].Advance(target);
        while (candidate != NO_MORE_DOCS)
        {
            var agreed = true;
            for (var i = 1; i < postings.Length; i++)
            {
                var doc = postings[i].DocID;
                if (doc < candidate)
                {
                    doc = postings[i].Advance(candidate);
                }

                if (doc > candidate)
                {
                    candidate = postings[0].Advance(doc);
                    agreed = false;
                    break;
                }
            }

            if (agreed)
            {
                break;
            }
        }

        return _candidate = candidate;
    }

    public abstract bool Matches();

    /// <summary>
    /// Where each of <paramref name="terms"/> is in <paramref name="field"/>, per segment of <paramref name="reader"/>
    /// (by ord; null where absent), looked up once so that no scorer seeks it again; <paramref name="found"/> is told of
    /// each term found (its index, the enumerator positioned on it).
    /// </summary>
    public static TermState?[][] TermStates(IndexReader reader, string field, BytesRef[] terms, Action<int, TermsEnum>? found = null)
    {
        var leaves = reader.Leaves;
        var states = new TermState?[leaves.Count][];
        for (var l = 0; l < leaves.Count; l++)
        {
            states[l] = new TermState?[terms.Length];
            var termsEnum = leaves[l].AtomicReader.GetTerms(field)?.GetEnumerator();
            for (var t = 0; termsEnum is not null && t < terms.Length; t++)
            {
                if (termsEnum.SeekExact(terms[t]))
                {
                    states[l][t] = termsEnum.GetTermState();
                    found?.Invoke(t, termsEnum);
                }
            }
        }

        return states;
    }

    /// <summary>
    /// One segment's postings of <paramref name="terms"/> in <paramref name="field"/> with their query positions, the
    /// rarest term first (it leads the conjunction); null where a term is absent. <paramref name="states"/> hold, per
    /// segment of <paramref name="top"/> (by ord) and per term, where it was found (null where absent): a segment of
    /// that reader seeks by them, any other reader's is looked up afresh.
    /// </summary>
    public static (DocsAndPositionsEnum[] Postings, int[] Positions)? Open(
        AtomicReaderContext context, IBits? acceptDocs, string field, BytesRef[] terms, int[] positions, IndexReaderContext top, TermState?[][] states)
    {
        var known = ReferenceEquals(ReaderUtil.GetTopLevelContext(context), top) && context.Ord < states.Length ? states[context.Ord] : null;
        if (known is not null && Array.Exists(known, state => state is null))
        {
            return null;
        }

        var fieldTerms = context.AtomicReader.GetTerms(field);
        if (fieldTerms is null)
        {
            return null;
        }

        var termsEnum = fieldTerms.GetEnumerator();
        var found = new (DocsAndPositionsEnum Enum, int Position, int DocFreq)[terms.Length];
        for (var i = 0; i < found.Length; i++)
        {
            if (known is not null)
            {
                termsEnum.SeekExact(terms[i], known[i]);
            }
            else if (!termsEnum.SeekExact(terms[i]))
            {
                return null;
            }

            var termPositions = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"Field '{field}' was indexed without positions.");
            found[i] = (termPositions, positions[i], termsEnum.DocFreq);
        }

        Array.Sort(found, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
        return ([.. found.Select(p => p.Enum)], [.. found.Select(p => p.Position)]);
    }
}
