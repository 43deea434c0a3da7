using System.Text.RegularExpressions;
using Archive.Testing;

namespace Archive.Core.Tests;

/// <summary>
/// Issue 21, acceptance 6: one name, one type. Two projects declaring a type of the same name (two SearchHits, two
/// SearchSyntaxExceptions) meant two vocabularies and a layer translating between them; a newcomer could not tell
/// which one a file meant. Read from the sources, so a type added anywhere under src is caught.
/// </summary>
public sealed partial class TypeNameTests
{
    [Fact]
    public void NoTypeName_IsDeclaredInTwoProjects()
    {
        var twins = DeclaredTypes(Path.Combine(TestPaths.RepoRoot, "src"))
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Project).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.File).Order(StringComparer.Ordinal))}")
            .ToList();

        Assert.True(twins.Count == 0, "Types declared in more than one project:\n" + string.Join('\n', twins));
    }

    [Fact]
    public void TheScan_FindsEveryKindOfDeclaration()
    {
        // The test above passes vacuously if the scan finds nothing: it must see types of every kind where they are.
        var types = DeclaredTypes(Path.Combine(TestPaths.RepoRoot, "src")).ToList();
        Assert.Contains(types, t => t is { Name: "SearchHit", Project: "Archive.Search" });           // sealed record
        Assert.Contains(types, t => t is { Name: "ArchiveSearcher", Project: "Archive.Search" });     // sealed class
        Assert.Contains(types, t => t is { Name: "SearchSort", Project: "Archive.Search" });          // enum
        Assert.Contains(types, t => t is { Name: "IReportSearch", Project: "Archive.Application" });          // interface
        Assert.Contains(types, t => t is { Name: "HighlightSpan", Project: "Archive.Search" });       // readonly record struct
        Assert.DoesNotContain(types, t => t.File.Contains("/Migrations/", StringComparison.Ordinal));
        Assert.Equal(
            ["A", "B", "C", "D", "E", "F"],
            Declarations(
                """
                public sealed record A(int X);
                internal static class B
                {
                    private readonly record struct C(long Y);
                }
                public interface D;
                public enum E { One }
                /// a class Z in a comment is no declaration
                file sealed partial class F { }
                """));
    }

    private static IEnumerable<(string Name, string Project, string File)> DeclaredTypes(string src)
    {
        foreach (var project in Directory.GetDirectories(src))
        {
            var name = Path.GetFileName(project);
            foreach (var file in Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                    || relative.Contains("/Migrations/", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var type in Declarations(File.ReadAllText(file)))
                {
                    yield return (type, name, relative);
                }
            }
        }
    }

    private static List<string> Declarations(string source) => [.. Declaration().Matches(source).Select(m => m.Groups["name"].Value)];

    /// <summary>A line that starts (after modifiers) with a type keyword: comments start with // and are never matched.</summary>
    [GeneratedRegex(
        @"^[ \t]*(?:(?:public|internal|private|protected|sealed|static|abstract|partial|readonly|file|unsafe|new|ref)\s+)*(?:record\s+struct|record\s+class|record|class|struct|interface|enum)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();
}
