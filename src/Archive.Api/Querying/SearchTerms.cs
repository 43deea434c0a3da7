namespace Archive.Api.Querying;

/// <summary>A fallback query: the terms a report must contain and those (-word, -"phrase") it must not.</summary>
internal sealed record SearchTermSet(IReadOnlyList<string> Required, IReadOnlyList<string> Excluded);

/// <summary>
/// The fallback search syntax: words separated by white space, or "quoted phrases", all of which must match; a
/// leading - excludes a word or phrase, as in the index's syntax (a query of exclusions alone matches nothing).
/// </summary>
internal static class SearchTerms
{
    private static readonly string[] IndexOnlyFields = ["title:", "agency:", "year:", "region:"];

    public static SearchTermSet Parse(string query)
    {
        var required = new List<string>();
        var excluded = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }

            // A - before a word or phrase excludes it; a lone - is a word of its own.
            var terms = required;
            if (query[i] == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]))
            {
                terms = excluded;
                i++;
            }

            if (query[i] == '"')
            {
                var close = query.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw new SearchSyntaxException($"unbalanced quote at character {i + 1}: a phrase needs a closing \"");
                }

                var phrase = query[(i + 1)..close].Trim();
                if (phrase.Length > 0)
                {
                    terms.Add(phrase);
                }

                i = close + 1;
                continue;
            }

            var end = i;
            while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] != '"')
            {
                end++;
            }

            var word = query[i..end];
            if (word == "OR" || IndexOnlyFields.Any(field => word.StartsWith(field, StringComparison.OrdinalIgnoreCase)))
            {
                // Searched for literally these would match nothing, silently.
                throw new SearchSyntaxException(
                    $"'{word}': OR and field: filters need the search index, and this search runs without it (filters by flag kind do); use words, \"quoted phrases\" and -exclusions");
            }

            terms.Add(word);
            i = end;
        }

        if (required.Count == 0 && excluded.Count == 0)
        {
            throw new SearchSyntaxException("the query has no terms");
        }

        return new SearchTermSet(required, excluded);
    }

    /// <summary>Every occurrence of every term in <paramref name="text"/>, merged into ordered, non-overlapping ranges.</summary>
    public static IReadOnlyList<TextRange> Find(IReadOnlyList<string> terms, string text)
    {
        var ranges = new List<TextRange>();
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                ranges.Add(new TextRange(at, at + term.Length));
            }
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextRange>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
