namespace Archive.Testing;

/// <summary>Where the repository and the read-only ../shared folder are, found from the test binary.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The folder that holds Archive.sln.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>../shared beside the repository (read-only: never write here).</summary>
    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SeedsDir => Path.Combine(SharedDir, "corpus", "seeds");

    public static string TruthDir => Path.Combine(SharedDir, "corpus", "truth");

    public static string GoldenSmartCnDir => Path.Combine(SharedDir, "golden", "smartcn");

    /// <summary>The five seed files, sorted by name.</summary>
    public static IReadOnlyList<string> SeedFiles =>
        [.. Directory.GetFiles(SeedsDir, "*.txt").Order(StringComparer.Ordinal)];

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }
}
