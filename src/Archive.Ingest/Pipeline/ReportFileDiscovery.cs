using System.IO.Enumeration;

namespace Archive.Ingest.Pipeline;

/// <summary>Expands the paths given to `archive ingest` into candidate files, in a stable order.</summary>
public static class ReportFileDiscovery
{
    /// <summary>Deeper folder trees than this are not searched (a real archive nests a handful of levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Files named on the command line are taken as they are; folders are searched recursively for
    /// <paramref name="patterns"/>, ignoring case (REPORT.PDF is a report too). Entries that match a pattern but are not files (a folder named x.txt,
    /// a symlink loop) are returned too, so the reader can report them instead of silently skipping them.
    /// A folder reached twice (a symlink back to an ancestor, two links to each other) is searched once: the
    /// framework's recursive enumeration followed such links without end (3 GB for two looping links).
    /// </summary>
    public static IEnumerable<string> Find(IEnumerable<string> paths, IReadOnlyList<string> patterns)
    {
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return Path.GetFullPath(path);
                continue;
            }

            foreach (var entry in Search(Path.GetFullPath(path), patterns))
            {
                yield return entry;
            }
        }
    }

    private static SortedSet<string> Search(string root, IReadOnlyList<string> patterns)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((root, 0));
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var (directory, depth) = pending.Pop();
            if (!visited.Add(RealPath(directory)) || depth > MaxDepth)
            {
                continue;
            }

            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Listed, so the reader names the problem instead of the folder vanishing from the batch.
                found.Add(directory);
                continue;
            }

            foreach (var entry in entries)
            {
                if (patterns.Any(p => FileSystemName.MatchesSimpleExpression(p, entry.Name, ignoreCase: true)))
                {
                    found.Add(entry.FullName);
                }

                if (entry is DirectoryInfo)
                {
                    pending.Push((entry.FullName, depth + 1));
                }
            }
        }

        return found;
    }

    /// <summary>The folder's path with a symlink in its last step resolved (its ancestors were resolved when they were visited).</summary>
    private static string RealPath(string directory)
    {
        try
        {
            var target = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true);
            return Path.TrimEndingDirectorySeparator(target?.FullName ?? directory);
        }
        catch (IOException)
        {
            return directory;
        }
    }
}
