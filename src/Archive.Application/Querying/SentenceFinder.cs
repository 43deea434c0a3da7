namespace Archive.Application.Querying;

/// <summary>The sentence (or table line) around a span of a report's text: what a reader checks a number against.</summary>
public static class SentenceFinder
{
    private const int MaxReach = 200;

    /// <summary>The range of the sentence containing [<paramref name="start"/>, <paramref name="end"/>), bounded by 。！？；!?; or a line break.</summary>
    public static (int Start, int End) Find(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);

        var from = start;
        while (from > 0 && start - from < MaxReach && !IsBoundary(text[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < MaxReach && !IsBoundary(text[to]))
        {
            to++;
        }

        // Keep the closing punctuation, drop the line break.
        if (to < text.Length && IsBoundary(text[to]) && text[to] is not ('\n' or '\r'))
        {
            to++;
        }

        while (from < start && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return (from, to);
    }

    private static bool IsBoundary(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n' or '\r';
}
