using System.Text;

namespace Archive.Samples.Generation;

/// <summary>How numbers and text look on the page: full-width digits and display width (CJK = 2 columns).</summary>
internal static class PrintForms
{
    /// <summary>Digits, sign and decimal point as full-width forms (１２．５, －１).</summary>
    public static string ToFullWidth(string printed)
    {
        var builder = new StringBuilder(printed.Length);
        foreach (var c in printed)
        {
            builder.Append(c switch
            {
                >= '0' and <= '9' => (char)('\uFF10' + (c - '0')),
                '.' => '．',
                '-' => '－',
                '+' => '＋',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Columns a character takes in a monospaced export (pdftotext -layout aligns by these).</summary>
    public static int Width(char c) => c >= '\u2E80' || c is '“' or '”' or '‘' or '’' or '…' or '—' ? 2 : 1;

    public static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += Width(c);
        }

        return width;
    }

    /// <summary>Splits <paramref name="text"/> into chunks of at most <paramref name="maxWidth"/> columns (at least one character each).</summary>
    public static List<string> WrapByWidth(string text, int maxWidth)
    {
        var chunks = new List<string>();
        var start = 0;
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var w = Width(text[i]);
            if (width + w > maxWidth && i > start)
            {
                chunks.Add(text[start..i]);
                start = i;
                width = 0;
            }

            width += w;
        }

        if (start < text.Length || chunks.Count == 0)
        {
            chunks.Add(text[start..]);
        }

        return chunks;
    }

    /// <summary>A money amount from hundredths, printed without trailing zeros (1250 → 12.5, 1200 → 12).</summary>
    public static string Amount(long hundredths)
    {
        var whole = hundredths / 100;
        var cents = hundredths % 100;
        if (cents == 0)
        {
            return whole.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var fraction = cents % 10 == 0 ? (cents / 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : cents.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        return whole.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + fraction;
    }
}
