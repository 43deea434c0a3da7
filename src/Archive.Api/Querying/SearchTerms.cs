namespace Archive.Api.Querying;

/// <summary>The fallback search syntax: words separated by white space, or "quoted phrases"; all must match.</summary>
internal static class SearchTerms
{
    public static IReadOnlyList<string> Parse(string query)
    {
        var terms = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
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

            terms.Add(query[i..end]);
            i = end;
        }

        if (terms.Count == 0)
        {
            throw new SearchSyntaxException("the query has no terms");
        }

        return terms;
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
