using System.Text;

namespace Archive.Search.Highlighting;

/// <summary>
/// Cuts passages of about <see cref="TargetLength"/> characters around matches, preferring sentence boundaries,
/// merging overlapping or touching spans and never cutting a surrogate pair. Control characters (form feeds, line
/// breaks, tabs) are shown as spaces in a passage — the same length, so offsets hold — and a passage never starts
/// or ends with whitespace.
/// </summary>
public static class SnippetBuilder
{
    public const int TargetLength = 120;
    private const int MaxLeadIn = 50;

    /// <summary>Up to <paramref name="count"/> snippets, the passages with most matches first, then in text order.</summary>
    public static IReadOnlyList<Snippet> Build(string text, IEnumerable<(int Start, int End)> matches, int count) =>
        Build(text, [.. matches.Select(m => new TermMatch(m.Start, m.End, 0))], count);

    /// <summary>
    /// Up to <paramref name="count"/> snippets, best first: the passages holding the most distinct terms (the
    /// sentence with the typed sequence, or the one where the words of the query come together), then the most
    /// matches, then in text order.
    /// </summary>
    public static IReadOnlyList<Snippet> Build(string text, IReadOnlyList<TermMatch> matches, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        if (count <= 0 || text.Length == 0)
        {
            return [];
        }

        var spans = Merge(text, matches.Select(m => (m.Start, m.End)));
        if (spans.Count == 0)
        {
            var start = SkipBlank(text, 0, text.Length);
            var end = SafeEnd(text, Math.Min(text.Length, SentenceEnd(text, start)));
            return [Make(text, start, end, spans)];
        }

        var windows = new List<(int Start, int End, int Matches)>();
        var next = 0;
        while (next < spans.Count)
        {
            var (start, end) = Window(text, spans[next]);

            // Never reach back into the previous window: it ends after its last span, so no span is cut.
            start = Math.Max(start, windows.Count > 0 ? windows[^1].End : 0);
            start = SkipBlank(text, start, spans[next].Start);
            var last = next;
            while (last + 1 < spans.Count && spans[last + 1].Start < end)
            {
                last++;
            }

            // A span that crosses the window's end extends it, so a match is never cut.
            end = Math.Max(end, spans[last].End);
            windows.Add((start, end, last - next + 1));
            next = last + 1;
        }

        return [.. windows
            .Select((w, order) => (w, order, Terms: DistinctTerms(matches, w.Start, w.End)))
            .OrderByDescending(x => x.Terms)
            .ThenByDescending(x => x.w.Matches)
            .ThenBy(x => x.order)
            .Take(count)
            .Select(x => Make(text, x.w.Start, TrimBlankEnd(text, x.w.Start, x.w.End), spans))];
    }

    private static int DistinctTerms(IReadOnlyList<TermMatch> matches, int start, int end)
    {
        var seen = 0UL;
        var count = 0;
        foreach (var match in matches)
        {
            if (match.Start >= start && match.End <= end)
            {
                var bit = 1UL << (match.Term & 63);
                if ((seen & bit) == 0)
                {
                    seen |= bit;
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>The first index from <paramref name="start"/> (before <paramref name="limit"/>) that is not whitespace or a control character.</summary>
    private static int SkipBlank(string text, int start, int limit)
    {
        while (start < limit && (char.IsWhiteSpace(text[start]) || char.IsControl(text[start])))
        {
            start++;
        }

        return start;
    }

    private static int TrimBlankEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsControl(text[end - 1])))
        {
            end--;
        }

        return end;
    }

    /// <summary>The whole text as one snippet with every match marked; page breaks and other control characters but line breaks and tabs shown as line breaks.</summary>
    public static Snippet Whole(string text, IEnumerable<(int Start, int End)> matches) =>
        Make(text, 0, text.Length, Merge(text, matches), wholeText: true);

    /// <summary>
    /// The whole text exactly as given (control characters kept) with <paramref name="matches"/> merged and marked: a
    /// text that is shown as stored (a report opened from a search, a metric's source sentence).
    /// </summary>
    public static Snippet Exact(string text, IEnumerable<(int Start, int End)> matches) =>
        Make(text, 0, text.Length, Merge(text, matches), keepText: true);

    /// <summary>Sorted, non-overlapping spans, widened so none starts or ends inside a surrogate pair.</summary>
    public static List<(int Start, int End)> Merge(string text, IEnumerable<(int Start, int End)> matches)
    {
        var sorted = matches
            .Select(m => (Start: SafeStart(text, Math.Clamp(m.Start, 0, text.Length)), End: SafeEnd(text, Math.Clamp(m.End, 0, text.Length))))
            .Where(m => m.Start < m.End)
            .OrderBy(m => m.Start)
            .ThenBy(m => m.End);
        var merged = new List<(int Start, int End)>();
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static (int Start, int End) Window(string text, (int Start, int End) first)
    {
        var start = SentenceStart(text, first.Start);
        if (first.Start - start > MaxLeadIn)
        {
            start = first.Start - (TargetLength / 4);
        }

        start = SafeStart(text, Math.Max(0, start));
        var end = SentenceEnd(text, Math.Max(first.End, start));
        if (end - start > TargetLength)
        {
            end = Math.Max(first.End, start + TargetLength);
        }

        return (start, SafeEnd(text, Math.Min(text.Length, end)));
    }

    private static int SentenceStart(string text, int position)
    {
        var limit = Math.Max(0, position - MaxLeadIn - 1);
        for (var i = position - 1; i >= limit; i--)
        {
            if (IsSentenceEnd(text[i]))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static int SentenceEnd(string text, int position)
    {
        for (var i = position; i < text.Length && i < position + TargetLength; i++)
        {
            if (IsSentenceEnd(text[i]))
            {
                return i + 1;
            }
        }

        return Math.Min(text.Length, position + TargetLength);
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '\n' or '\f' or '!' or '?' or ';';

    private static int SafeStart(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;

    private static int SafeEnd(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index + 1 : index;

    private static Snippet Make(string text, int start, int end, List<(int Start, int End)> spans, bool wholeText = false, bool keepText = false)
    {
        // A passage shows no control character: a form feed would print as a box (measured: snippets opened with one).
        var shown = keepText ? text[start..end] : string.Create(end - start, (text, start, wholeText), static (chars, state) =>
        {
            state.text.AsSpan(state.start, chars.Length).CopyTo(chars);
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsControl(chars[i]) && !(state.wholeText && chars[i] is '\n' or '\t'))
                {
                    chars[i] = state.wholeText ? '\n' : ' ';
                }
            }
        });
        var inside = spans
            .Where(s => s.Start < end && s.End > start)
            .Select(s => (Start: Math.Max(s.Start, start), End: Math.Min(s.End, end)))
            .ToList();
        var passage = shown;
        var marked = new StringBuilder(passage.Length + (inside.Count * 13));
        var cursor = start;
        foreach (var (spanStart, spanEnd) in inside)
        {
            AppendEscaped(marked, shown, cursor - start, spanStart - start);
            marked.Append("<mark>");
            AppendEscaped(marked, shown, spanStart - start, spanEnd - start);
            marked.Append("</mark>");
            cursor = spanEnd;
        }

        AppendEscaped(marked, shown, cursor - start, end - start);
        return new Snippet(passage, start, [.. inside.Select(s => new HighlightSpan(s.Start - start, s.End - s.Start))], marked.ToString());
    }

    private static void AppendEscaped(StringBuilder builder, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            _ = text[i] switch
            {
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                '"' => builder.Append("&quot;"),
                var c => builder.Append(c),
            };
        }
    }
}
