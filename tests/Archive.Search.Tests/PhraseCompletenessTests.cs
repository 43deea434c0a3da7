using System.Text.RegularExpressions;
using Archive.Search.Analysis;
using Archive.Search.Tests.Support;

namespace Archive.Search.Tests;

public sealed partial class PhraseCompletenessTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    [Fact]
    public void QuotedPhrase_RandomSubstrings_FindsExactlyTheDocumentsContainingThemAsAReaderSeesThem()
    {
        var random = new Random(20260);
        var documents = fixture.Corpus.Documents;
        var readerForms = documents.Select(d => (d.ReportId, Text: ReaderForm(d.Text))).ToList();
        var withJoins = documents.Where(d => fixture.Corpus.JoinPositions.GetValueOrDefault(d.ReportId) is { Count: > 0 }).ToList();
        var withBreaks = documents.Select(d => (Document: d, Breaks: LineBreaks(d.Text))).Where(d => d.Breaks.Count > 0).ToList();
        var checkedCount = 0;
        var spanningWraps = 0;
        var acrossBreaks = 0;
        var mixed = 0;
        var failures = new List<string>();
        var attempts = 0;
        while (checkedCount < 1200 && attempts++ < 20_000)
        {
            var document = documents[random.Next(documents.Count)];
            var length = random.Next(2, 9);
            int start;
            var draw = random.Next(12);
            if (draw < 5)
            {
                // Across a line or page break the text still holds (titles printed over two lines, table rows, pages):
                // the phrase as a reader sees it, the break gone.
                var (withBreak, breaks) = withBreaks[random.Next(withBreaks.Count)];
                document = withBreak;
                var (breakStart, breakEnd) = breaks[random.Next(breaks.Count)];
                start = breakStart - random.Next(1, length);
                length += breakEnd - breakStart;
            }
            else if (draw < 8)
            {
                // Across a line the normalizer joined.
                document = withJoins[random.Next(withJoins.Count)];
                var joins = fixture.Corpus.JoinPositions[document.ReportId];
                start = joins[random.Next(joins.Count)] - random.Next(1, length);
            }
            else
            {
                start = random.Next(document.Text.Length);
            }

            if (start < 0 || start + length > document.Text.Length)
            {
                continue;
            }

            var substring = document.Text.Substring(start, length);
            if (!IsUsable(substring))
            {
                continue;
            }

            var typed = ReaderForm(substring);
            if (substring.Any(c => c is '\n' or '\f'))
            {
                acrossBreaks++;
            }

            if (fixture.Corpus.JoinPositions.GetValueOrDefault(document.ReportId) is { } joined && joined.Any(j => j > start && j < start + length))
            {
                spanningWraps++;
            }

            if (substring.Any(c => c < 0x2E80 && !char.IsWhiteSpace(c)))
            {
                mixed++;
            }

            var expected = readerForms.Where(d => d.Text.Contains(typed, StringComparison.Ordinal)).Select(d => d.ReportId).ToHashSet();
            var (total, found) = fixture.Ids("\"" + typed + "\"");
            if (!found.SetEquals(expected) || total != expected.Count || !expected.Contains(document.ReportId))
            {
                failures.Add($"\"{typed}\": expected [{string.Join(',', expected.Order())}] got [{string.Join(',', found.Order())}]");
            }

            checkedCount++;
        }

        Assert.True(checkedCount >= 1000, $"only {checkedCount} substrings checked");
        Assert.True(acrossBreaks * 3 >= checkedCount, $"only {acrossBreaks} of {checkedCount} substrings cross a line or page break");
        Assert.True(spanningWraps >= 100, $"only {spanningWraps} substrings span a joined line");
        Assert.True(mixed >= 100, $"only {mixed} substrings hold non-hanzi characters");
        Assert.Empty(failures);
    }

    /// <summary>
    /// The text as a reader sees it, by this test's own rule: whitespace next to a CJK character (U+2E80 and up)
    /// vanishes, other whitespace runs are one space; then full-width ASCII and case folded as the index does.
    /// </summary>
    internal static string ReaderForm(string text)
    {
        var joined = WideGap().Replace(text.Trim(), string.Empty);
        joined = WideGap().Replace(joined, string.Empty); // gaps that shared a character with a gap just removed
        return ExactTextForm.Fold(Gap().Replace(joined, " "));
    }

    /// <summary>Each run of line and page breaks (with whitespace around them) inside the text: [start, end).</summary>
    private static List<(int Start, int End)> LineBreaks(string text) =>
        [.. Break().Matches(text).Where(m => m.Index > 0 && m.Index + m.Length < text.Length).Select(m => (m.Index, m.Index + m.Length))];

    /// <summary>Whole code points only, no quote characters (query syntax), not blank at either end.</summary>
    private static bool IsUsable(string substring) =>
        !char.IsLowSurrogate(substring[0])
        && !char.IsHighSurrogate(substring[^1])
        && !char.IsWhiteSpace(substring[0])
        && !char.IsWhiteSpace(substring[^1])
        && substring.IndexOfAny(['"', '“', '”']) < 0;

    [GeneratedRegex(@"(?<=[\u2E80-\u2FFF\u3001-\uFFFF])\s+|\s+(?=[\u2E80-\u2FFF\u3001-\uFFFF])")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Gap();

    [GeneratedRegex(@"[ \t\u3000]*[\n\f][\s]*")]
    private static partial Regex Break();
}
