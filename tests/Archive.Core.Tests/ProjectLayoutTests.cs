using System.Xml.Linq;
using Archive.Testing;

namespace Archive.Core.Tests;

/// <summary>
/// Issue 21: the libraries stay free of the web edge and of the test aid. Read from the project files themselves, so a
/// reference added by hand or by `dotnet add` is caught the same way.
/// </summary>
public sealed class ProjectLayoutTests
{
    private static readonly string[] Libraries = ["Archive.Core", "Archive.Ingest", "Archive.Search", "Archive.Storage"];

    [Fact]
    public void Libraries_ReferenceNoAspNetOrGraphQLPackage()
    {
        foreach (var library in Libraries)
        {
            var packages = Packages(library);
            Assert.DoesNotContain(packages, p => p.StartsWith("GraphQL", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(packages, p => p.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase));
            Assert.NotEqual("Microsoft.NET.Sdk.Web", Sdk(library));
        }
    }

    [Fact]
    public void Samples_AreReferencedByNoSourceLibrary_OnlyByTheCli()
    {
        var src = Path.Combine(TestPaths.RepoRoot, "src");
        var referencing = Directory.GetDirectories(src).Select(Path.GetFileName).Where(p => p is not null)
            .Where(project => ProjectReferences(project!).Contains("Archive.Samples"))
            .ToList();

        Assert.Equal(["Archive.Cli"], referencing);
        Assert.DoesNotContain(ProjectReferences("Archive.Samples"), r => r is "Archive.Api" or "Archive.Cli");
    }

    private static XDocument Project(string name) => XDocument.Load(Path.Combine(TestPaths.RepoRoot, "src", name, name + ".csproj"));

    private static string? Sdk(string name) => Project(name).Root!.Attribute("Sdk")?.Value;

    private static List<string> Packages(string name) =>
        [.. Project(name).Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value)];

    private static List<string> ProjectReferences(string name) =>
        File.Exists(Path.Combine(TestPaths.RepoRoot, "src", name, name + ".csproj"))
            ? [.. Project(name).Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))]
            : [];
}
