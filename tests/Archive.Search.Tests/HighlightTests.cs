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
                Assert.Equal(text.Substring(snippet.Start, snippet.Text.Length), snippet.Text);
                foreach (var span in snippet.Spans)
                {
                    var marked = ExactTextForm.Fold(snippet.Text.Substring(span.Start, span.Length));

                    // Overlapping occurrences merge, so every character of a span lies in some occurrence inside it.
                    Assert.True(IsCoveredByOccurrences(marked, phrases), $"'{marked}' is not a match of {query}");
                }
            }
        }
    }

    [Fact]
    public void Word_Spans_AreSmartCnWordsOrTheWordsCharacters()
    {
        var result = fixture.Searcher.Search(new SearchRequest("依申请公开", First: 100, SnippetCount: 5));

        Assert.NotEmpty(result.Hits);
        string[] allowed = ["依申请公开", "依", "申请", "公开"];
        foreach (var span in result.Hits.SelectMany(h => h.Snippets).SelectMany(s => s.Spans.Select(sp => s.Text.Substring(sp.Start, sp.Length))))
        {
            // Adjacent matches merge, and a SmartCn phrase match spans the whitespace between its words.
            Assert.True(IsConcatenationOf(span, allowed), $"'{span}' is not made of matches");
        }
    }

    [Fact]
    public void Snippets_NeverCutASurrogatePair_AndSpansAreSortedAndDisjoint()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => i % 3 == 0 ? "𠀀𠀁" : i % 7 == 0 ? "。" : "政府"));
        using var directory = new TempDirectory("archive-highlight");
        using (var writer = ArchiveIndexWriter.Open(directory.Path))
        {
            writer.Index(new SearchDocument(1, text, null, null, null, null, null, null, null, null, "unknown", false));
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

    /// <summary>True when <paramref name="text"/> is pieces one after the other, whitespace allowed between them.</summary>
    private static bool IsConcatenationOf(string text, string[] pieces)
    {
        text = text.TrimStart();
        if (text.Length == 0)
        {
            return true;
        }

        return pieces.Any(p => text.StartsWith(p, StringComparison.Ordinal) && IsConcatenationOf(text[p.Length..], pieces));
    }
}
