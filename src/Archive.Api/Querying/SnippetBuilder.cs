namespace Archive.Api.Querying;

/// <summary>Cuts short passages around matches, with the match ranges re-based to each passage.</summary>
internal static class SnippetBuilder
{
    private const int Context = 40;
    private const int MaxSnippets = 3;

    public static IReadOnlyList<HighlightedText> Build(string text, IReadOnlyList<TextRange> matches)
    {
        var snippets = new List<HighlightedText>();
        var i = 0;
        while (i < matches.Count && snippets.Count < MaxSnippets)
        {
            var start = Math.Max(0, matches[i].Start - Context);
            var end = Math.Min(text.Length, matches[i].End + Context);
            var highlights = new List<TextRange>();

            // Matches that fall inside this passage share it.
            while (i < matches.Count && matches[i].Start < end)
            {
                end = Math.Max(end, Math.Min(text.Length, matches[i].End));
                highlights.Add(new TextRange(matches[i].Start - start, matches[i].End - start));
                i++;
            }

            snippets.Add(new HighlightedText(text[start..end], highlights));
        }

        return snippets;
    }
}
