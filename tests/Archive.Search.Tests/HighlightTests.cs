using Archive.Core.Reports;
using Archive.Search.Analysis;
using Archive.Search.Highlighting;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Tests.Support;
using Archive.Testing;

namespace Archive.Search.Tests;

public sealed class HighlightTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    [Theory]
    [InlineData("\"政府信息公开\"")]
    [InlineData("\"依申请公开\" OR \"保密审查\"")]
    [InlineData("\"ＧＤＰ增长５％\"")]
    [InlineData("\"𠀀𠀁\"")]
    public void QuotedPhrase_EverySpan_IsAnOccurrenceOfAPhrase(string query)
    {
        var phrases = query.Split('"').Where((_, i) => i % 2 == 1).Select(ExactTextForm.Fold).ToList();
        var result = fixture.Searcher.Search(new SearchRequest(query, First: 100, SnippetCount: 3));

        Assert.NotEmpty(result.Hits);
        foreach (var hit in result.Hits)
        {
            Assert.NotEmpty(hit.Snippets);
            Assert.NotEmpty(hit.Snippets.SelectMany(s => s.Spans));
            foreach (var snippet in hit.Snippets)
            {
                var text = fixture.Corpus.Documents.Single(d => d.ReportId == hit.ReportId).Text;
                // The passage as shown: control characters (tabs between table cells, line breaks) as spaces.
                Assert.Equal(new string([.. text.Substring(snippet.Start, snippet.Text.Length).Select(c => char.IsControl(c) ? ' ' : c)]), snippet.Text);
                foreach (var span in snippet.Spans)
                {
                    var marked = ExactTextForm.Fold(snippet.Text.Substring(span.Start, span.Length));

                    // Overlapping occurrences merge, so every character of a span lies in some occurrence inside it.
                    Assert.True(IsCoveredByOccurrences(marked, phrases), $"'{marked}' is not a match of {query}");
                }
            }
        }
    }

    [Theory]
    [InlineData("依申请公开", new[] { "申请", "公开" })]
    [InlineData("社会主义", new[] { "社会", "主义" })]
    public void Word_Spans_AreTheTypedSequence_OrItsWordsOnlyWhereTheSequenceIsAbsent(string word, string[] parts)
    {
        var result = fixture.Searcher.Search(new SearchRequest(word, First: 100, SnippetCount: 5));

        Assert.NotEmpty(result.Hits);
        var partsOnly = 0;
        foreach (var hit in result.Hits)
        {
            var text = fixture.Corpus.Documents.Single(d => d.ReportId == hit.ReportId).Text;
            var holdsSequence = PhraseCompletenessTests.ReaderForm(text).Contains(word, StringComparison.Ordinal);
            partsOnly += holdsSequence ? 0 : 1;
            var first = hit.Snippets[0];
            if (holdsSequence)
            {
                Assert.Contains(word, ExactTextForm.Fold(first.Text), StringComparison.Ordinal);
            }

            foreach (var snippet in hit.Snippets)
            {
                Assert.DoesNotContain(snippet.Text, char.IsControl);
                foreach (var span in snippet.Spans)
                {
                    var marked = ExactTextForm.Fold(snippet.Text.Substring(span.Start, span.Length));

                    // Where the text holds the typed sequence, nothing else is marked: no bare 公开 for 依申请公开.
                    Assert.True(
                        holdsSequence ? IsCoveredByOccurrences(marked, [word]) : IsCoveredByOccurrences(marked, [.. parts]),
                        $"'{marked}' marked in report {hit.ReportId} (holds {word}: {holdsSequence})");
                }
            }
        }

        Assert.True(partsOnly < result.Hits.Count, "no hit holds the typed sequence");
    }

    [Fact]
    public void Snippets_NeverShowControlCharacters_NorStartWithWhitespace()
    {
        const string text = "\f\n  第一页。\f政府信息公开\n\n工作\t报告。\f";
        using var directory = new TempDirectory("archive-highlight");
        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            writer.Index(new SearchDocument(1, text, null, null, null, null, null, null, null, null, ReportTemplate.V2019, false));
        }

        using var searcher = new ArchiveSearcher(directory.Path);
        foreach (var query in new[] { "\"公开工作\"", "报告", "第一页", "nothing OR 政府" })
        {
            var hit = Assert.Single(searcher.Search(new SearchRequest(query, SnippetCount: 3)).Hits);
            Assert.All(hit.Snippets, snippet =>
            {
                Assert.DoesNotContain(snippet.Text, char.IsControl);
                Assert.DoesNotContain(snippet.Marked, char.IsControl);
                Assert.False(char.IsWhiteSpace(snippet.Text[0]), $"'{snippet.Text}' starts blank");
                Assert.NotEmpty(snippet.Spans);
            });
        }
    }

    [Fact]
    public void Snippets_NeverCutASurrogatePair_AndSpansAreSortedAndDisjoint()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => i % 3 == 0 ? "𠀀𠀁" : i % 7 == 0 ? "。" : "政府"));
        using var directory = new TempDirectory("archive-highlight");
        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            writer.Index(new SearchDocument(1, text, null, null, null, null, null, null, null, null, ReportTemplate.V2019, false));
        }

        using var searcher = new ArchiveSearcher(directory.Path);
        foreach (var query in new[] { "\"𠀁政\"", "\"府𠀀\"", "政府", "\"𠀀\"" })
        {
            var hit = Assert.Single(searcher.Search(new SearchRequest(query, SnippetCount: 10)).Hits);
            Assert.NotEmpty(hit.Snippets);
            foreach (var snippet in hit.Snippets)
            {
                Assert.False(char.IsLowSurrogate(snippet.Text[0]));
                Assert.False(char.IsHighSurrogate(snippet.Text[^1]));
                var previousEnd = -1;
                foreach (var span in snippet.Spans)
                {
                    Assert.True(span.Start > previousEnd, "spans overlap or touch");
                    Assert.False(char.IsLowSurrogate(snippet.Text[span.Start]));
                    Assert.False(char.IsHighSurrogate(snippet.Text[span.Start + span.Length - 1]));
                    previousEnd = span.Start + span.Length;
                }

                Assert.True(snippet.Text.Length <= SnippetBuilder.TargetLength + 8, $"snippet of {snippet.Text.Length} chars");
            }
        }
    }

    [Fact]
    public void WholeText_OnRequest_IsOneSnippetWithEveryOccurrenceMarked()
    {
        var document = fixture.Corpus.Documents.First(d => d.Text.Contains("公开", StringComparison.Ordinal));
        var result = fixture.Searcher.Search(new SearchRequest("\"公开\"", First: 100, HighlightWholeText: true));

        var hit = result.Hits.Single(h => h.ReportId == document.ReportId);
        var snippet = Assert.Single(hit.Snippets);
        Assert.Equal(document.Text, snippet.Text);
        var occurrences = Enumerable.Range(0, document.Text.Length - 1).Count(i => string.CompareOrdinal(document.Text, i, "公开", 0, 2) == 0);
        Assert.Equal(occurrences, snippet.Spans.Count);
        Assert.Equal(occurrences, CountOf(snippet.Marked, "<mark>公开</mark>"));
    }

    private static bool IsCoveredByOccurrences(string text, List<string> phrases)
    {
        var covered = new bool[text.Length];
        foreach (var phrase in phrases)
        {
            for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            {
                Array.Fill(covered, true, i, phrase.Length);
            }
        }

        return covered.All(c => c);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
