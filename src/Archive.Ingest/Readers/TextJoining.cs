namespace Archive.Ingest.Readers;

/// <summary>How pieces of one paragraph or cell are put back together: Chinese needs no space, Latin words do.</summary>
public static class TextJoining
{
    /// <summary>Appends <paramref name="next"/> to <paramref name="text"/>, with a space only between two Latin letters or digits.</summary>
    public static string Join(string text, string next)
    {
        if (text.Length == 0)
        {
            return next;
        }

        if (next.Length == 0)
        {
            return text;
        }

        return NeedsSpace(text[^1], next[0]) ? text + " " + next : text + next;
    }

    /// <summary>True when a line break between <paramref name="before"/> and <paramref name="after"/> stood for a space.</summary>
    public static bool NeedsSpace(char before, char after) =>
        IsWordChar(before) && IsWordChar(after);

    /// <summary>Han ideographs, CJK punctuation and full-width forms: scripts written without spaces.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u3000' and <= '\u303F');

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '%' or ',' or '.' or ';' or ':';
}
