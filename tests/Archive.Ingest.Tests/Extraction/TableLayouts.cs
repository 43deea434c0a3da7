using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Prints the tab-parted table rows of a decoded report the way other exports print the same tables, and blanks some
/// of their cells the way pages leave cells empty.
/// </summary>
internal static partial class TableLayouts
{
    public static readonly string[] Names = ["cell-per-paragraph", "cell-per-line", "cell-per-line-blanks-dropped", "markdown", "one-space", "two-spaces", "laid-out"];

    /// <summary>Empties each number cell of a tab row with probability <paramref name="share"/> (a fixed draw per seed).</summary>
    public static string Blank(string text, int seed, double share)
    {
        var random = new Random(seed);
        return string.Join('\n', text.Split('\n').Select(line => line.Contains('\t', StringComparison.Ordinal)
            ? string.Join('\t', line.Split('\t').Select(c => Number().IsMatch(c) && random.NextDouble() < share ? string.Empty : c))
            : line));
    }

    /// <summary>A report file's text as ingest decodes it, its tables in tab-parted rows.</summary>
    public static string DecodedText(string file) =>
        new Archive.Ingest.Pipeline.ReportPreparer(new Archive.Ingest.Extraction.ReportExtractor(), new Archive.Ingest.Pipeline.IngestOptions())
            .Prepare(file, File.ReadAllBytes(file)).OriginalText;

    /// <summary>The file name a text printed in <paramref name="layout"/> is read under (markdown as .md).</summary>
    public static string FileName(string name, string layout) => name + (layout == "markdown" ? ".md" : ".txt");

    /// <summary>The text with its tab rows printed in <paramref name="layout"/>; "tabs" leaves them as they are.</summary>
    public static string Print(string text, string layout)
    {
        if (layout == "tabs")
        {
            return text;
        }

        if (layout == "laid-out")
        {
            return LaidOut(text);
        }

        var builder = new StringBuilder();
        var inTable = false;
        foreach (var line in text.Split('\n'))
        {
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                if (inTable && layout == "markdown")
                {
                    builder.Append('\n');
                }

                builder.Append(line).Append('\n');
                inTable = false;
                continue;
            }

            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            switch (layout)
            {
                case "cell-per-paragraph":
                    // A flattened page: each cell a paragraph, an empty one holding &nbsp;.
                    foreach (var cell in cells)
                    {
                        builder.Append(cell.Length > 0 ? cell : " ").Append("\n\n");
                    }

                    break;
                case "cell-per-line":
                    foreach (var cell in cells)
                    {
                        builder.Append(cell).Append('\n');
                    }

                    break;
                case "cell-per-line-blanks-dropped":
                    foreach (var cell in cells.Where(c => c.Length > 0))
                    {
                        builder.Append(cell).Append('\n');
                    }

                    break;
                case "markdown":
                    if (!inTable)
                    {
                        builder.Append('\n').Append("| ").AppendJoin(" | ", cells).Append(" |\n").Append('|').Append(string.Concat(Enumerable.Repeat("---|", cells.Length))).Append('\n');
                    }
                    else
                    {
                        builder.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
                    }

                    break;
                default:
                    builder.AppendJoin(layout == "one-space" ? " " : "  ", cells.Select(c => c.Length > 0 ? c : " ")).Append('\n');
                    break;
            }

            inTable = true;
        }

        return builder.ToString();
    }

    /// <summary>pdftotext -layout: each table's columns as wide as their widest cell (a hanzi two columns) and 3 apart.</summary>
    private static string LaidOut(string text) => MapTabBlocks(text, lines =>
    {
        var block = lines.Select(l => l.Split('\t').Select(c => c.Trim()).ToArray()).ToList();
        var widths = Enumerable.Range(0, block.Max(r => r.Length)).Select(c => block.Max(r => c < r.Length ? Width(r[c]) : 0)).ToArray();
        return block.Select(row => string.Concat(row.Select((cell, c) => cell + new string(' ', widths[c] - Width(cell) + 3))).TrimEnd());
    });

    /// <summary>The text's lines, each run of tab rows replaced by what <paramref name="block"/> makes of it, every line ended by a line break.</summary>
    private static string MapTabBlocks(string text, Func<List<string>, IEnumerable<string>> block)
    {
        var lines = text.Split('\n');
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains('\t', StringComparison.Ordinal))
            {
                builder.Append(lines[i]).Append('\n');
                continue;
            }

            var rows = lines.Skip(i).TakeWhile(l => l.Contains('\t', StringComparison.Ordinal)).ToList();
            foreach (var line in block(rows))
            {
                builder.Append(line).Append('\n');
            }

            i += rows.Count - 1;
        }

        return builder.ToString();
    }

    private static int Width(string cell) => cell.Sum(c => c > '\u2E80' ? 2 : 1);

    /// <summary>
    /// Cuts each table of tab rows by a page break after a row drawn at random, as a word processor's PDF prints a table
    /// that spans pages: the page's number at its foot (in <paramref name="folio"/>'s format, pages numbered on), the form
    /// feed, and the table's head rows printed again. The text's last page is numbered too.
    /// </summary>
    public static string BreakPages(string text, int seed, string folio)
    {
        var random = new Random(seed);
        var page = random.Next(2, 9);
        string Folio() => string.Format(System.Globalization.CultureInfo.InvariantCulture, folio, page++);
        var broken = MapTabBlocks(text, block =>
        {
            var head = block.FindIndex(l => ValueRow().IsMatch(l));
            if (head <= 0 || block.Count - head < 2)
            {
                return block;
            }

            var cut = head + random.Next(1, block.Count - head);
            return [.. block.Take(cut), string.Empty, Folio(), "\f", .. block.Take(head), .. block.Skip(cut)];
        });
        return broken + "\n" + Folio() + "\n\f\n";
    }

    [GeneratedRegex(@"\t-?[0-9][0-9.]*\s*$")]
    private static partial Regex ValueRow();

    /// <summary>Drops table 三's head rows: the lines between its heading and its first row, as a page that lost them.</summary>
    public static string WithoutTable3Head(string text)
    {
        var lines = text.Split('\n').ToList();
        var heading = lines.FindIndex(l => l.Contains("收到和处理政府信息公开申请", StringComparison.Ordinal) && l.Length < 40);
        var first = heading < 0 ? -1 : lines.FindIndex(heading + 1, l => l.Contains("本年新收", StringComparison.Ordinal));
        if (first > heading + 1)
        {
            lines.RemoveRange(heading + 1, first - heading - 1);
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^\s*[0-9]+(\.[0-9]+)?\s*$")]
    private static partial Regex Number();
}
