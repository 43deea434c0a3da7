namespace Archive.Search.Highlighting;

/// <summary>A matched span inside a snippet: [Start, Start + Length) of <see cref="Snippet.Text"/>.</summary>
public readonly record struct HighlightSpan(int Start, int Length);
