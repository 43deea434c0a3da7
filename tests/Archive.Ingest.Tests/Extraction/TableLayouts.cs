using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Prints the tab-parted table rows of a decoded report the way other exports print the same tables, and blanks some
/// of their cells the way pages leave cells empty.
/// </summary>
internal static partial class TableLayouts
{
    public static readonly string[] Names = ["cell-per-paragraph", "cell-per-line", "cell-per-line-blanks-dropped", "markdown", "one-space", "two-spaces"];

    /// <summary>Empties each number cell of a tab row with probability <paramref name="share"/> (a fixed draw per seed).</summary>
    public static string Blank(string text, int seed, double share)
    {
        var random = new Random(seed);
        return string.Join('\n', text.Split('\n').Select(line => line.Contains('\t', StringComparison.Ordinal)
            ? string.Join('\t', line.Split('\t').Select(c => Number().IsMatch(c) && random.NextDouble() < share ? string.Empty : c))
            : line));
    }

    public static string Print(string text, string layout)
    {
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

    [GeneratedRegex(@"^\s*[0-9]+(\.[0-9]+)?\s*$")]
    private static partial Regex Number();
}
