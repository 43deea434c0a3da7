using System.Globalization;
using Archive.Search.Analysis;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Search.Indexing;

/// <summary>
/// Layout of an index root: generation directories "gen-000001", "gen-000002", … and a "current" file that
/// names the live one. A rebuild writes a new generation and then replaces "current" by an atomic rename,
/// so readers see either the old or the new index, never a half-built one.
/// </summary>
public static class IndexGenerations
{
    public const string PointerFileName = "current";
    private const string Prefix = "gen-";

    /// <summary>The live generation directory, or null when the root holds no index yet.</summary>
    public static string? Current(string indexRoot)
    {
        var pointer = Path.Combine(indexRoot, PointerFileName);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        return name.Length == 0 ? null : Path.Combine(indexRoot, name);
    }

    /// <summary>The live generation directory, creating the first generation if there is none.</summary>
    public static string EnsureCurrent(string indexRoot)
    {
        var current = Current(indexRoot);
        if (current is not null)
        {
            return current;
        }

        var first = CreateNext(indexRoot);
        Publish(indexRoot, first);
        return first;
    }

    /// <summary>A new, empty generation directory numbered after every existing one.</summary>
    public static string CreateNext(string indexRoot)
    {
        Directory.CreateDirectory(indexRoot);
        var next = Existing(indexRoot).Select(g => g.Number).DefaultIfEmpty(0).Max() + 1;
        var path = Path.Combine(indexRoot, Prefix + next.ToString("D6", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Makes <paramref name="generationPath"/> the live generation (atomic rename of the pointer file).</summary>
    public static void Publish(string indexRoot, string generationPath)
    {
        var temp = Path.Combine(indexRoot, PointerFileName + "." + Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(temp, Path.GetFileName(generationPath));
        File.Move(temp, Path.Combine(indexRoot, PointerFileName), overwrite: true);
    }

    /// <summary>Deletes generations older than the one before the live one (that one may still serve queries).</summary>
    public static void DeleteStale(string indexRoot)
    {
        var current = Current(indexRoot);
        if (current is null)
        {
            return;
        }

        var currentName = Path.GetFileName(current);
        var ordered = Existing(indexRoot).OrderByDescending(g => g.Number).ToList();
        var liveIndex = ordered.FindIndex(g => string.Equals(Path.GetFileName(g.Path), currentName, StringComparison.Ordinal));
        foreach (var stale in ordered.Skip(liveIndex + 2))
        {
            try
            {
                Directory.Delete(stale.Path, recursive: true);
            }
            catch (IOException)
            {
                // Still open somewhere (Windows); the next rebuild tries again.
            }
        }
    }

    /// <summary>True when the live generation under <paramref name="indexRoot"/> was built with another analysis version.</summary>
    public static bool IsStale(string indexRoot)
    {
        var path = Current(indexRoot);
        if (path is null)
        {
            return false;
        }

        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        try
        {
            CheckAnalysisVersion(directory, path);
            return false;
        }
        catch (IndexAnalysisMismatchException)
        {
            return true;
        }
    }

    /// <summary>Throws <see cref="IndexAnalysisMismatchException"/> unless the index in <paramref name="directory"/> is of this analysis version.</summary>
    public static void CheckAnalysisVersion(LuceneDirectory directory, string path)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return;
        }

        var commits = DirectoryReader.ListCommits(directory);
        var latest = commits[^1];
        latest.UserData.TryGetValue(AnalysisVersion.CommitDataKey, out var found);
        if (!string.Equals(found, AnalysisVersion.Current, StringComparison.Ordinal))
        {
            throw new IndexAnalysisMismatchException(path, found);
        }
    }

    private static IEnumerable<(string Path, int Number)> Existing(string indexRoot) =>
        Directory.EnumerateDirectories(indexRoot, Prefix + "*")
            .Select(path => (Path: path, Ok: int.TryParse(Path.GetFileName(path).AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n), Number: n))
            .Where(g => g.Ok)
            .Select(g => (g.Path, g.Number));
}
