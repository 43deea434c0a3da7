using Archive.Search.Analysis;
using Archive.Search.Highlighting;

namespace Archive.Search.Tests;

public sealed class MatchFinderTests
{
    // Hanzi, ASCII and full-width letters (folded together), whitespace runs, a surrogate pair and lone halves.
    private static readonly string[] Pieces = ["公", "开", "政", "务", "A", "a", "Ａ", "1", "１", " ", "\n\n", "\t ", "𠀀", "\uD840", "\uDC00", "。"];

    [Fact]
    public void FindExact_OnRandomTexts_FindsExactlyTheUnitSequenceOccurrences()
    {
        var random = new Random(11);
        var compared = 0;
        for (var round = 0; round < 2000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var units = ExactTextForm.Units(text);
            var sequences = new List<IReadOnlyList<string>>();
            for (var s = 0; s < 3; s++)
            {
                // Mostly sequences that occur (drawn from the text's units), some drawn from the pieces at random.
                var length = random.Next(1, 5);
                if (units.Count >= length && random.Next(4) > 0)
                {
                    var start = random.Next(units.Count - length + 1);
                    sequences.Add([.. units.Skip(start).Take(length).Select(u => u.Value)]);
                }
                else
                {
                    sequences.Add([.. ExactTextForm.Units(string.Concat(Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)]))).Select(u => u.Value)]);
                }
            }

            var expected = ReferenceOccurrences(units, sequences);
            var found = MatchFinder.FindExact(sequences, text).Order().ToList();

            Assert.Equal(expected, found);
            compared += expected.Count;
        }

        Assert.True(compared > 1000, $"only {compared} occurrences compared");
    }

    [Fact]
    public void FindExact_SequenceOfTheLowHalfOfAPair_IsNotFoundInsideThePair()
    {
        var found = MatchFinder.FindExact([["\uDC00"]], "𠀀\uDC00");

        Assert.Equal([(2, 3)], found);
    }

    [Fact]
    public void Units_FoldAsDocumented_WhitespaceNextToAWideCharacterVanishing()
    {
        var units = ExactTextForm.Units("  Ａb \n 𠀀公\t");

        Assert.Equal(["a", "b", "𠀀", "公"], units.Select(u => u.Value));
        Assert.Equal([(2, 3), (3, 4), (7, 9), (9, 10)], units.Select(u => (u.Start, u.End)));
        Assert.Equal(["a", " ", "b", " ", "c", "字"], ExactTextForm.Units("a b\n\fc \n字").Select(u => u.Value));
    }

    /// <summary>The definition: every start where the units equal the sequence's, one by one.</summary>
    private static List<(int Start, int End)> ReferenceOccurrences(List<ExactTextUnit> units, List<IReadOnlyList<string>> sequences)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var sequence in sequences.Where(s => s.Count > 0))
        {
            for (var i = 0; i + sequence.Count <= units.Count; i++)
            {
                if (sequence.Select((value, k) => string.Equals(units[i + k].Value, value, StringComparison.Ordinal)).All(equal => equal))
                {
                    spans.Add((units[i].Start, units[i + sequence.Count - 1].End));
                }
            }
        }

        return [.. spans.Order()];
    }
}
