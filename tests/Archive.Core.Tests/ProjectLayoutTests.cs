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

    /// <summary>The libraries and the application layer above them: everything below the edges (Archive.Api, Archive.Cli).</summary>
    private static readonly string[] BelowTheEdges = [.. Libraries, "Archive.Application"];

    [Fact]
    public void Libraries_ReferenceNoAspNetOrGraphQLPackage()
    {
        foreach (var library in BelowTheEdges)
        {
            var packages = Packages(library);
            Assert.DoesNotContain(packages, p => p.StartsWith("GraphQL", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(packages, p => p.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(FrameworkReferences(library), f => f.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase));
            Assert.NotEqual("Microsoft.NET.Sdk.Web", Sdk(library));
        }
    }

    [Fact]
    public void Application_SitsBetweenTheEdgesAndTheLibraries()
    {
        Assert.True(File.Exists(ProjectPath("Archive.Application")), "src/Archive.Application is the application layer");

        // Below the edges nothing references an edge or the test aid; the libraries do not reach up to the application.
        foreach (var project in BelowTheEdges)
        {
            Assert.DoesNotContain(ProjectReferences(project), r => r is "Archive.Api" or "Archive.Cli" or "Archive.Samples");
        }

        foreach (var library in Libraries)
        {
            Assert.DoesNotContain("Archive.Application", ProjectReferences(library));
        }

        // The HTTP/GraphQL edge builds on the application rather than wiring the libraries itself.
        Assert.Contains("Archive.Application", ProjectReferences("Archive.Api"));
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

    private static string ProjectPath(string name) => Path.Combine(TestPaths.RepoRoot, "src", name, name + ".csproj");

    private static XDocument Project(string name) => XDocument.Load(ProjectPath(name));

    private static string? Sdk(string name) => Project(name).Root!.Attribute("Sdk")?.Value;

    private static List<string> Packages(string name) =>
        [.. Project(name).Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value)];

    private static List<string> FrameworkReferences(string name) =>
        [.. Project(name).Descendants("FrameworkReference").Select(e => e.Attribute("Include")!.Value)];

    private static List<string> ProjectReferences(string name) =>
        File.Exists(ProjectPath(name))
            ? [.. Project(name).Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))]
            : [];
}
