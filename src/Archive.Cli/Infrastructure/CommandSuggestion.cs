using System.CommandLine;

namespace Archive.Cli.Infrastructure;

/// <summary>"did you mean" for a mistyped command name (`archive ingset` → ingest).</summary>
public static class CommandSuggestion
{
    /// <summary>The message for an unknown first word close to a command's name; null when there is none to suggest.</summary>
    public static string? For(RootCommand root, IReadOnlyList<string> args)
    {
        var word = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (word is null || args.Count == 0 || args[0] != word || root.Subcommands.Any(c => c.Name == word))
        {
            return null;
        }

        var best = root.Subcommands
            .Select(c => (c.Name, Distance: Distance(word, c.Name)))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();

        // Two edits catch a swapped or missing letter in every command name (ingset, serach, reindx) without
        // turning an unrelated word into a command.
        return best.Name is not null && best.Distance <= 2
            ? $"archive: '{word}' is not a command. Did you mean 'archive {best.Name}'? Run 'archive --help' for the commands."
            : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
