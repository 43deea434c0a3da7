namespace Archive.Search.Analysis;

/// <summary>
/// How a reader sees whitespace in these reports: Chinese is set without spaces between words, and PDF extraction
/// breaks lines and pages wherever the line ended — inside words, inside the title (printed over two lines in 86
/// of 200 generated reports). A run of whitespace next to a wide (CJK) character is therefore layout, not a word
/// boundary; only between two narrow characters (Latin letters, digits) does it separate words.
/// </summary>
public static class ReaderLayout
{
    /// <summary>
    /// Whether a whitespace run between <paramref name="before"/> and <paramref name="after"/> (the non-whitespace
    /// characters around it) vanishes for a reader: when either is wide.
    /// </summary>
    public static bool JoinsAcross(char before, char after) => IsWide(before) || IsWide(after);

    /// <summary>
    /// CJK radicals and everything above them: CJK punctuation and ideographs, full-width forms, and surrogate
    /// halves (the supplementary planes' ideographs). Typeset full-width, never separated by spaces.
    /// </summary>
    public static bool IsWide(char c) => c >= '\u2E80';
}
