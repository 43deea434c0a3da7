using Archive.Search.Analysis;
using Archive.Search.Tests.Support;

namespace Archive.Search.Tests;

public sealed class PhraseCompletenessTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    [Fact]
    public void QuotedPhrase_RandomSubstrings_FindsExactlyTheDocumentsContainingThem()
    {
        var random = new Random(20260);
        var documents = fixture.Corpus.Documents;
        var folded = documents.Select(d => (d.ReportId, Text: ExactTextForm.Fold(d.Text))).ToList();
        var withJoins = documents.Where(d => fixture.Corpus.JoinPositions.GetValueOrDefault(d.ReportId) is { Count: > 0 }).ToList();
        var checkedCount = 0;
        var spanningWraps = 0;
        var mixed = 0;
        var failures = new List<string>();
        var attempts = 0;
        while (checkedCount < 1200 && attempts++ < 20_000)
        {
            var document = documents[random.Next(documents.Count)];
            if (random.Next(3) == 0)
            {
                document = withJoins[random.Next(withJoins.Count)];
            }

            var joins = fixture.Corpus.JoinPositions.GetValueOrDefault(document.ReportId);
            var length = random.Next(2, 9);
            int start;
            if (joins is { Count: > 0 } && random.Next(2) == 0)
            {
                // A substring across a line the normalizer joined.
                var join = joins[random.Next(joins.Count)];
                start = join - random.Next(1, length);
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

            if (joins is not null && joins.Any(j => j > start && j < start + length))
            {
                spanningWraps++;
            }

            if (substring.Any(c => c < 0x2E80))
            {
                mixed++;
            }

            var target = ExactTextForm.Fold(substring);
            var expected = folded.Where(d => d.Text.Contains(target, StringComparison.Ordinal)).Select(d => d.ReportId).ToHashSet();
            var (total, found) = fixture.Ids("\"" + substring + "\"");
            if (!found.SetEquals(expected) || total != expected.Count)
            {
                failures.Add($"\"{substring}\": expected [{string.Join(',', expected.Order())}] got [{string.Join(',', found.Order())}]");
            }

            checkedCount++;
        }

        Assert.True(checkedCount >= 1000, $"only {checkedCount} substrings checked");
        Assert.True(spanningWraps >= 100, $"only {spanningWraps} substrings span a joined line");
        Assert.True(mixed >= 100, $"only {mixed} substrings hold non-hanzi characters");
        Assert.Empty(failures);
    }

    /// <summary>Whole code points only, no quote characters (query syntax), not blank at either end.</summary>
    private static bool IsUsable(string substring) =>
        !char.IsLowSurrogate(substring[0])
        && !char.IsHighSurrogate(substring[^1])
        && !char.IsWhiteSpace(substring[0])
        && !char.IsWhiteSpace(substring[^1])
        && substring.IndexOfAny(['"', '“', '”']) < 0;
}
