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
    public static List<(int Start, int End)> FindExact(IReadOnlyList<IReadOnlyList<string>> exactSequences, string text)
    {
        var spans = new List<(int Start, int End)>();
        if (exactSequences.Count > 0)
        {
            var units = ExactTextForm.Units(text);
            foreach (var sequence in exactSequences)
            {
                AddOccurrences(units, sequence, spans);
            }
        }

        return spans;
    }

    private static void AddOccurrences(List<ExactTextUnit> units, IReadOnlyList<string> sequence, List<(int Start, int End)> spans)
    {
        if (sequence.Count == 0)
        {
            return;
        }

        for (var i = 0; i + sequence.Count <= units.Count; i++)
        {
            var k = 0;
            while (k < sequence.Count && string.Equals(units[i + k].Value, sequence[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == sequence.Count)
            {
                spans.Add((units[i].Start, units[i + k - 1].End));
            }
        }
    }
}
