using Archive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;

namespace Archive.Search.Highlighting;

/// <summary>
/// Finds the spans of a report's text that the query matched.
/// <para>
/// SmartCn words and phrases come from the FastVectorHighlighter's machinery (FieldQuery → FieldTermStack →
/// FieldPhraseList) over the body's term vectors. Chosen by measurement on the seeds (bench
/// SearchBenchmarks.Highlight*): the classic Highlighter must re-run SmartCn over the whole stored text of each
/// hit and was ~40× slower per hit; PostingsHighlighter is not in Lucene.Net.Highlighter 4.8.0-beta00017, and it
/// would mark single terms regardless of phrase positions anyway. FVH reads positions and offsets from term
/// vectors, so phrase spans are real phrase matches.
/// </para>
/// <para>
/// Exact sequences (quoted phrases, and the character sequence of every word) need no vectors: they are
/// found again by scanning <see cref="ExactTextForm"/> units, which is what the exact field indexed.
/// </para>
/// </summary>
internal static class MatchFinder
{
    private static readonly FastVectorHighlighter Highlighter = new(phraseHighlight: true, fieldMatch: true);

    public static List<(int Start, int End)> Find(
        IndexReader reader, int docId, string text, Query? wordQuery, IReadOnlyList<IReadOnlyList<string>> exactSequences)
    {
        var spans = new List<(int Start, int End)>();
        if (wordQuery is not null)
        {
            var fieldQuery = Highlighter.GetFieldQuery(wordQuery, reader);
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
