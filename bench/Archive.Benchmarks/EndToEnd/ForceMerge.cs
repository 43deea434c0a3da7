using System.Diagnostics;
using Archive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>`force-merge GENERATION_DIR SEGMENTS`: merges an index generation down to SEGMENTS segments, for layout experiments.</summary>
internal static class ForceMerge
{
    public static int Run(string[] args)
    {
        using var directory = FSDirectory.Open(args[0]);
        var config = new IndexWriterConfig(ArchiveLuceneVersion.Current, ArchiveAnalyzers.Create()) { OpenMode = OpenMode.APPEND };
        using var writer = new IndexWriter(directory, config);
        var clock = Stopwatch.StartNew();
        writer.ForceMerge(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        writer.Commit();
        Console.WriteLine($"merged in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
}
