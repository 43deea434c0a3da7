using System.Text;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>Re-shapes seed text the way other exports print the same tables.</summary>
internal static class SeedReshaper
{
    /// <summary>
    /// One cell per line (a flattened table). In a line of values only, an empty cell leaves a "—" mark: a flattened
    /// export has to print something there, or the positions of the values after it are lost.
    /// </summary>
    public static string OneCellPerLine(string text)
    {
        var builder = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                builder.Append(line).Append('\n');
                continue;
            }

            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            var last = Array.FindLastIndex(cells, c => c.Length > 0);
            var valuesOnly = cells.Where(c => c.Length > 0).All(c => c.All(char.IsAsciiDigit));
            for (var i = 0; i <= last; i++)
            {
                if (cells[i].Length > 0)
                {
                    builder.Append(cells[i]).Append('\n');
                }
                else if (valuesOnly)
                {
                    builder.Append('—').Append('\n');
                }
            }
        }

        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>pdftotext -layout style: every tab slot padded with spaces to a fixed display width.</summary>
    public static string SpaceAligned(string text)
    {
        const int Width = 80;
        var builder = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                builder.Append(line).Append('\n');
                continue;
            }

            var cells = line.Split('\t');
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = cells[i].Trim();
                builder.Append(cell);
                if (i < cells.Length - 1)
                {
                    builder.Append(' ', Math.Max(2, Width - DisplayWidth(cell)));
                }
            }

            builder.Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// Cells joined by two spaces, a blank cell printed as one space: a copy whose spacing keeps the cells apart but not
    /// under their header's columns.
    /// </summary>
    public static string TwoSpaced(string text) => Spaced(text, "  ");

    /// <summary>Cells one space apart (a crawler's text of a table, its tabs printed as spaces).</summary>
    public static string OneSpaced(string text) => Spaced(text, " ");

    private static string Spaced(string text, string gap) =>
        string.Join('\n', text.Split('\n').Select(line => line.Contains('\t', StringComparison.Ordinal)
            ? string.Join(gap, line.Split('\t').Select(c => c.Trim() is { Length: > 0 } cell ? cell : " "))
            : line));

    /// <summary>Every ASCII digit printed full-width (０–９).</summary>
    public static string FullWidthDigits(string text) =>
        new([.. text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c)]);

    public static string AsciiDigits(string text) =>
        new([.. text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c)]);

    /// <summary>GB18030 (the code-pages provider registered first).</summary>
    public static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    private static int DisplayWidth(string cell) => cell.Sum(c => c > '\u2E80' ? 2 : 1);
}
