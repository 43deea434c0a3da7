using Archive.Core.Text;
using Archive.Search.Analysis;

namespace Archive.Search.Tests;

public sealed class ExactTextFormTests
{
    [Fact]
    public void Fold_OfEveryBmpCharacter_IsFullWidthToAsciiThenInvariantLowerCaseThenSimplifiedForm()
    {
        // The definition the fast paths must keep, checked on every char that is a unit on its own.
        var differences = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (char.IsWhiteSpace(c) || char.IsSurrogate(c))
            {
                continue;
            }

            var expected = SimplifiedForms.Map(char.ToLowerInvariant(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c));
            var folded = ExactTextForm.Fold(c.ToString());
            if (folded != expected.ToString())
            {
                differences.Add($"U+{code:X4}: {folded} instead of {expected}");
            }
        }

        Assert.Empty(differences);
    }
}
