namespace Archive.Search.Highlighting;

/// <summary>
/// A passage of a report: the indexed (normalized) text from <see cref="Start"/>, with control characters shown as
/// spaces (as line breaks in a whole-text snippet); <see cref="Spans"/>
/// are the matches inside <see cref="Text"/>, sorted and never overlapping; <see cref="Marked"/> is the same text
/// HTML-escaped with each span wrapped in &lt;mark&gt;&lt;/mark&gt;.
/// </summary>
public sealed record Snippet(string Text, int Start, IReadOnlyList<HighlightSpan> Spans, string Marked);
