namespace Archive.Search.Highlighting;

/// <summary>
/// A sequence to mark in a report's text. <see cref="Typed"/> terms are what was typed — a quoted phrase, the
/// character sequence of a word — and are always marked. A part (<see cref="Typed"/> false) is one SmartCn word of a
/// typed word of <see cref="Group"/>: it is marked only in a text where that typed word's own sequence does not
/// occur, and then only where the word's parts occur close together, so a query for 不予公开 never marks a bare
/// 公开 in a report that holds 不予公开.
/// </summary>
/// <param name="Units">The sequence's <see cref="Analysis.ExactTextForm"/> units.</param>
/// <param name="Group">The typed word or phrase the term comes from.</param>
/// <param name="Typed">The whole typed sequence, or one of its SmartCn words.</param>
public sealed record HighlightTerm(IReadOnlyList<string> Units, int Group, bool Typed);

/// <summary>One occurrence of a <see cref="HighlightTerm"/>: [Start, End) of the text and the term's index.</summary>
public readonly record struct TermMatch(int Start, int End, int Term);
