using System.Buffers;
using Archive.Search.Analysis;

namespace Archive.Search.Highlighting;

/// <summary>
/// Finds the spans of a report's text that the query matched: every occurrence of the query's exact unit
/// sequences (quoted phrases, the character sequence of each word, and the SmartCn words of a multi-word word),
/// found again by scanning <see cref="ExactTextForm"/> units, which is what the exact field indexed.
/// <para>
/// Chosen by measurement over Lucene.Net.Highlighter's options (bench HighlightBenchmarks: the five seeds, 3
/// snippets each): this scan with SnippetBuilder 0.16 ms per report, the classic Highlighter 4.6 ms (29×, it
/// re-runs SmartCn over each hit's text); the FastVectorHighlighter measured 0.6–0.7 ms per hit but needs term
/// vectors, which were 0.74× the raw text in index size and kept the index over its 1.5× budget; PostingsHighlighter is not in 4.8.0-beta00017 and marks
/// terms whatever their positions. This scan marks only real sequence occurrences, costs no index space, and
/// is what the exact field's phrase completeness rests on.
/// </para>
/// </summary>
internal static class MatchFinder
{
    /// <summary>Occurrences of each exact sequence (quoted phrases, words' character sequences) in <paramref name="text"/>.</summary>
    /// <remarks>
    /// Searches the folded text for each sequence's folded form with a vectorized ordinal IndexOf, keeping
    /// occurrences that start and end on unit boundaries. Listing the units of a 6,000-character report instead
    /// (an object per unit, a large-object-heap list) cost more than reading the report from the index.
    /// </remarks>
    public static List<(int Start, int End)> FindExact(IReadOnlyList<IReadOnlyList<string>> exactSequences, string text)
    {
        var spans = new List<(int Start, int End)>();
        if (exactSequences.Count == 0 || text.Length == 0)
        {
            return spans;
        }

        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        var origins = ArrayPool<int>.Shared.Rent(text.Length + 1);
        try
        {
            var folded = chars.AsSpan(0, ExactTextForm.FoldWithOrigins(text, chars, origins));
            foreach (var sequence in exactSequences)
            {
                AddOccurrences(folded, origins, string.Concat(sequence), spans);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(origins);
        }

        return spans;
    }

    /// <summary>Most characters between the parts of a typed word for them to be marked as found together.</summary>
    public const int PartsCloseTogether = 40;

    /// <summary>
    /// The occurrences of <paramref name="terms"/> in <paramref name="text"/> as <see cref="HighlightTerm"/> says:
    /// every typed sequence's; a part's only where its typed word's sequence is absent from the text, and there only
    /// those within <see cref="PartsCloseTogether"/> characters of an occurrence of each other part of the same word
    /// (all of them when the parts are nowhere that close). Sorted by start.
    /// </summary>
    public static List<TermMatch> Find(IReadOnlyList<HighlightTerm> terms, string text)
    {
        var matches = new List<TermMatch>();
        if (terms.Count == 0 || text.Length == 0)
        {
            return matches;
        }

        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        var origins = ArrayPool<int>.Shared.Rent(text.Length + 1);
        var spans = new List<(int Start, int End)>();
        try
        {
            var folded = chars.AsSpan(0, ExactTextForm.FoldWithOrigins(text, chars, origins));
            var foundGroups = new HashSet<int>();
            for (var t = 0; t < terms.Count; t++)
            {
                if (!terms[t].Typed)
                {
                    continue;
                }

                spans.Clear();
                AddOccurrences(folded, origins, string.Concat(terms[t].Units), spans);
                if (spans.Count > 0)
                {
                    foundGroups.Add(terms[t].Group);
                }

                foreach (var (start, end) in spans)
                {
                    matches.Add(new TermMatch(start, end, t));
                }
            }

            AddParts(terms, folded, origins, foundGroups, matches);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(origins);
        }

        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return matches;
    }

    private static void AddParts(IReadOnlyList<HighlightTerm> terms, ReadOnlySpan<char> folded, int[] origins, HashSet<int> foundGroups, List<TermMatch> matches)
    {
        List<(int Term, List<(int Start, int End)> Spans)>? parts = null;
        for (var t = 0; t < terms.Count; t++)
        {
            if (!terms[t].Typed && !foundGroups.Contains(terms[t].Group))
            {
                var spans = new List<(int Start, int End)>();
                AddOccurrences(folded, origins, string.Concat(terms[t].Units), spans);
                (parts ??= []).Add((t, spans));
            }
        }

        if (parts is null)
        {
            return;
        }

        foreach (var group in parts.GroupBy(p => terms[p.Term].Group))
        {
            var members = group.ToList();
            var close = new List<TermMatch>();
            foreach (var (term, spans) in members)
            {
                foreach (var span in spans)
                {
                    if (members.All(other => other.Term == term || other.Spans.Any(o => Math.Abs(o.Start - span.Start) <= PartsCloseTogether)))
                    {
                        close.Add(new TermMatch(span.Start, span.End, term));
                    }
                }
            }

            if (close.Count > 0)
            {
                matches.AddRange(close);
                continue;
            }

            foreach (var (term, spans) in members)
            {
                matches.AddRange(spans.Select(span => new TermMatch(span.Start, span.End, term)));
            }
        }
    }

    private static void AddOccurrences(ReadOnlySpan<char> folded, int[] origins, string sequence, List<(int Start, int End)> spans)
    {
        if (sequence.Length == 0)
        {
            return;
        }

        // Every occurrence, overlapping ones too: the next search starts one char after the last match's start.
        var from = 0;
        while (from + sequence.Length <= folded.Length)
        {
            var found = folded[from..].IndexOf(sequence, StringComparison.Ordinal);
            if (found < 0)
            {
                return;
            }

            var start = from + found;
            var end = start + sequence.Length;
            if (ExactTextForm.IsUnitBoundary(folded, start) && ExactTextForm.IsUnitBoundary(folded, end))
            {
                spans.Add((origins[start], origins[end - 1] + 1));
            }

            from = start + 1;
        }
    }
}
