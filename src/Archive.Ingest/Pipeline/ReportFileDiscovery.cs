namespace Archive.Ingest.Pipeline;

/// <summary>Expands the paths given to `archive ingest` into candidate files, in a stable order.</summary>
public static class ReportFileDiscovery
{
    /// <summary>
    /// Files named on the command line are taken as they are; folders are searched recursively for
    /// <paramref name="patterns"/>, ignoring case (REPORT.PDF is a report too). Entries that match a pattern but are not files (a folder named x.txt)
    /// are returned too, so the reader can report them instead of silently skipping them.
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

            var found = new SortedSet<string>(StringComparer.Ordinal);
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = false,
                AttributesToSkip = 0,
                MatchCasing = MatchCasing.CaseInsensitive,
            };
            foreach (var pattern in patterns)
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(path, pattern, options))
                {
                    found.Add(Path.GetFullPath(entry));
                }
            }

            foreach (var entry in found)
            {
                yield return entry;
            }
        }
    }
}
