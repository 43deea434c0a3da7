using System.Text;
using Archive.Core.Text;
using Archive.Ingest.Normalization;

namespace Archive.Ingest.Pipeline;

/// <summary>
/// Whether decoded text looks like a Chinese report, whatever encoding it claimed. Random high bytes decode as
/// "valid" GB18030 (10 of 10 such files used to be stored), a misleading &lt;meta charset&gt; gives mojibake, and
/// tiny or foreign files (a 5-byte "hello", /etc/passwd through a symlink) became reports. The measures:
/// enough hanzi, hanzi the bulk of the letters, the hanzi mostly common ones (GB2312 level 1, the 3,755 most
/// used characters, which cover ~99.7 % of running Chinese text; uniformly random GBK code points fall there
/// about 17 % of the time), and almost no control, private-use or replacement characters.
/// </summary>
public static class TextPlausibility
{
    /// <summary>Fewer hanzi than this is not a report (the shortest real report runs to thousands).</summary>
    public const int MinHanzi = 10;

    /// <summary>
    /// Hanzi among the letters (reports quote some Latin: URLs, "PDF", table codes). A word of Latin letters counts as one
    /// letter, as a hanzi is a word's worth: a report that prints its preamble again in English (a district bureau's 2010 PDF
    /// text) is still a Chinese report, while a page in English with a few hanzi is not.
    /// </summary>
    public const double MinHanziShareOfLetters = 0.5;

    /// <summary>Common hanzi among the hanzi; real reports measure 97–100 %, random GB18030 about 17 %.</summary>
    public const double MinCommonShare = 0.8;

    /// <summary>Control, private-use and replacement characters among the non-space characters.</summary>
    public const double MaxJunkShare = 0.01;

    private static readonly Lazy<HashSet<char>> Common = new(LoadCommonHanzi);

    /// <returns>Null when the text is plausible, else the reason it is not.</returns>
    public static string? Refusal(string text)
    {
        int nonSpace = 0, letters = 0, hanzi = 0, common = 0, junk = 0;
        var commonSet = Common.Value;
        var inLatinWord = false;
        foreach (var c in text)
        {
            var latin = c < '\u0250' && char.IsLetter(c);
            var continuesWord = latin && inLatinWord;
            inLatinWord = latin;
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            nonSpace++;
            if (IsHanzi(c))
            {
                hanzi++;
                letters++;
                // A traditional character counts as its simplified form (報告 as 报告).
                if (commonSet.Contains(c) || commonSet.Contains(SimplifiedForms.Map(c)))
                {
                    common++;
                }
            }
            else if (char.IsLetter(c))
            {
                letters += continuesWord ? 0 : 1;
            }
            else if (char.IsControl(c) || c == '\uFFFD' || char.IsSurrogate(c) || c is >= '\uE000' and <= '\uF8FF')
            {
                junk++;
            }
        }

        if (nonSpace > 0 && junk > nonSpace * MaxJunkShare)
        {
            return $"not text: {junk} of {nonSpace} characters are control, private-use or undecodable";
        }

        if (hanzi < MinHanzi)
        {
            return $"too little Chinese text to be a report ({hanzi} hanzi, {nonSpace} characters in all)";
        }

        if (hanzi < letters * MinHanziShareOfLetters)
        {
            return $"does not read as Chinese: {hanzi} of {letters} letters are hanzi";
        }

        if (common < hanzi * MinCommonShare)
        {
            return $"does not read as Chinese (wrong encoding or random bytes?): only {100.0 * common / hanzi:F0} % of its hanzi are common characters";
        }

        return null;
    }

    private static bool IsHanzi(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>GB2312 level 1 (rows 16–55): decoded from the code page, so no list ships with the code.</summary>
    private static HashSet<char> LoadCommonHanzi()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb2312 = Encoding.GetEncoding("GB2312");
        var set = new HashSet<char>();
        var pair = new byte[2];
        for (var row = 0xB0; row <= 0xD7; row++)
        {
            for (var cell = 0xA1; cell <= 0xFE; cell++)
            {
                pair[0] = (byte)row;
                pair[1] = (byte)cell;
                var s = gb2312.GetString(pair);
                if (s.Length == 1 && IsHanzi(s[0]))
                {
                    set.Add(s[0]);
                }
            }
        }

        return set;
    }
}
