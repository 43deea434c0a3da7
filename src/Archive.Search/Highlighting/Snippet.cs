namespace Archive.Search.Highlighting;

/// <summary>
/// A passage of a report. <see cref="Start"/> is its offset in the indexed (normalized) text; <see cref="Spans"/>
/// are the matches inside <see cref="Text"/>, sorted and never overlapping; <see cref="Marked"/> is the same text
/// HTML-escaped with each span wrapped in &lt;mark&gt;&lt;/mark&gt;.
/// </summary>
public sealed record Snippet(string Text, int Start, IReadOnlyList<HighlightSpan> Spans, string Marked);
