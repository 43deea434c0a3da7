namespace Archive.Samples.Generation;

/// <summary>How prose is laid out in one report.</summary>
/// <param name="Indent">Printed before a paragraph's first line (　　 or spaces).</param>
/// <param name="WrapWidth">Display columns per wrapped line; 0 = one line per paragraph.</param>
/// <param name="LineBreak">Written between wrapped lines (LF, or LF LF when double-spaced).</param>
/// <param name="BlankBetweenParagraphs">A blank line after each paragraph and heading.</param>
/// <param name="PageBreaks">PDF-style page footers (- 3 -) and form feeds between paragraphs.</param>
internal sealed record ParagraphStyle(string Indent, int WrapWidth, string LineBreak, bool BlankBetweenParagraphs, bool PageBreaks);
