using System.Diagnostics;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Readers;
using Archive.Testing;

namespace Archive.Ingest.Tests.Readers;

/// <summary>
/// Issue 20: each hostile document (made here, small) is refused with a reason in well under 5 s, and the good
/// files beside it are prepared. Before the budgets these overflowed the stack (deep DOCX: the whole ingest died
/// with exit 134), grew memory to gigabytes (gridSpan, PDF flate bomb, /dev/zero), blocked forever (FIFO) or
/// took minutes (nested HTML). Memory of a real `archive ingest` over the same folder
/// (<see cref="HostileDocuments"/>): Cli.Tests' HostileIngestMemoryTests.
/// </summary>
public sealed class HostileDocumentTests
{
    [Fact]
    public async Task HostileFolder_EachRefusedWithAReasonQuickly_AndTheGoodFilesArePrepared()
    {
        using var dir = new TempDirectory("archive-hostile");
        HostileDocuments.WriteFolder(dir.Path);
        var options = new IngestOptions();
        var preparer = new ReportPreparer(new ReportExtractor(), options);

        // The first file prepared pays the extractor's start-up (the JIT of its generated regexes): good-1.txt, timed
        // first, failed the budget at 5.3 s and 11.2 s on this 2-core machine at load 20–38, then passed re-run. The
        // budget is about the documents, so a good file is prepared once, untimed, before any clock runs.
        await preparer.PrepareFileAsync(Path.Combine(dir.Path, HostileDocuments.GoodFiles[0]), CancellationToken.None);

        var prepared = new List<string>();
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in ReportFileDiscovery.Find([dir.Path], options.FilePatterns))
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await preparer.PrepareFileAsync(path, CancellationToken.None);
                prepared.Add(Path.GetFileName(path));
            }
            catch (IngestException ex)
            {
                refused[Path.GetRelativePath(dir.Path, path)] = ex.Message;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{path} took {clock.Elapsed.TotalSeconds:F1} s");
        }

        Assert.Equal(["good-1.txt", "good-2.txt"], prepared.Order(StringComparer.Ordinal));
        Assert.Contains("nested over", refused["deep-sdt.docx"], StringComparison.Ordinal);
        Assert.Contains("nested over", refused["deep-table.docx"], StringComparison.Ordinal);
        Assert.Contains("gridSpan = 2000000000", refused["gridspan.docx"], StringComparison.Ordinal);
        Assert.Contains("gridBefore = 2000000000", refused["gridbefore.docx"], StringComparison.Ordinal);
        Assert.Contains("compression bomb", refused["flate-bomb.pdf"], StringComparison.Ordinal);
        Assert.Contains("nested over", refused["deep-array.pdf"], StringComparison.Ordinal);
        Assert.Contains("nested over", refused["nested-ul.html"], StringComparison.Ordinal);
        Assert.Contains("nested over", refused["nested-div.html"], StringComparison.Ordinal);
        Assert.Contains("not a regular file", refused["zero.txt"], StringComparison.Ordinal);
        Assert.Contains("not a regular file", refused["fifo.txt"], StringComparison.Ordinal);
        Assert.Contains("symbolic link loop", refused["loop-a.txt"], StringComparison.Ordinal);
        Assert.Contains("symbolic link loop", refused["loop-b.txt"], StringComparison.Ordinal);

        // The folder links back to itself: found once, not followed round.
        Assert.DoesNotContain(refused.Keys, k => k.StartsWith("again", StringComparison.Ordinal));
    }
}
