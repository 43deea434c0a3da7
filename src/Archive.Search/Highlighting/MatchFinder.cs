using Archive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;

namespace Archive.Search.Highlighting;

/// <summary>
/// Finds the spans of a report's text that the query matched; one instance per search.
/// <para>
/// SmartCn words and phrases come from the FastVectorHighlighter's machinery (FieldQuery → FieldTermStack →
/// FieldPhraseList) over the body's term vectors. Chosen by measurement (2,000 replicated seeds, 10 hits of
/// ~2,300 chars, warm, Release): FVH 0.6–0.7 ms per hit, the classic Highlighter 5.6–8.2 ms per hit (about 10×),
/// because it must re-run SmartCn over the whole stored text of every hit, and SmartCn runs at only ~340k chars/s
/// in .NET. PostingsHighlighter is not in Lucene.Net.Highlighter 4.8.0-beta00017 (and it marks terms regardless of
/// phrase positions). The price is term vectors on the body field, in index size.
/// </para>
/// <para>
/// Exact sequences (quoted phrases, and the character sequence of every word) need no vectors: they are
/// found again by scanning <see cref="ExactTextForm"/> units, which is what the exact field indexed.
/// </para>
/// </summary>
internal sealed class MatchFinder(IndexReader reader, Query? wordQuery, IReadOnlyList<IReadOnlyList<string>> exactSequences)
{
    private static readonly FastVectorHighlighter Highlighter = new(phraseHighlight: true, fieldMatch: true);

    private readonly FieldQuery? _fieldQuery = wordQuery is null ? null : Highlighter.GetFieldQuery(wordQuery, reader);

    public List<(int Start, int End)> Find(int docId, string text)
    {
        var spans = new List<(int Start, int End)>();
        if (_fieldQuery is { } fieldQuery)
        {
            var stack = new FieldTermStack(reader, docId, IndexFields.Text, fieldQuery);
            var phrases = new FieldPhraseList(stack, fieldQuery);
            foreach (var phrase in phrases.PhraseList)
            {
                foreach (var offsets in phrase.TermsOffsets)
                {
                    if (offsets.StartOffset < offsets.EndOffset && offsets.EndOffset <= text.Length)
                    {
                        spans.Add((offsets.StartOffset, offsets.EndOffset));
                    }
                }
            }
        }

        spans.AddRange(FindExact(exactSequences, text));
        return spans;
    }

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
