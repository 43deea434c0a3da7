using System.Globalization;
using Archive.Search.Querying;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `search-dump DATA_DIR OUT [QUERIES_FILE]`: total, top-20 ids and scores for a fixed set of queries, to compare builds;
/// then the same for each line of QUERIES_FILE (e.g. from load-queries), scores printed exactly (round-trip).
/// </summary>
internal static class SearchDump
{
    public static int Run(string[] args)
    {
        var dataDirectory = Path.GetFullPath(args[0]);
        var queries = new List<string> { "依申请公开", "行政诉讼", "政务公开", "培训", "保密审查", "\"依申请公开\"", "\"政府信息公开工作\"", "\"行政复议\"", "\"不予公开\"", "\"政务微博\"",
            "依申请公开 行政复议", "政务公开 培训", "\"不予公开\" 保密审查", "培训 OR 行政诉讼", "政务公开 -培训", "政府信息公开工作 年度报告", "行政复议 行政诉讼 year:2016..2020" };
        queries.AddRange(TextRuns.Draw(dataDirectory, new Random(11), 150, 500, (run, drawn) => ((queries.Count + drawn) % 3) switch { 0 => $"\"{run}\"", 1 => run, _ => $"{run} 公开" }));

        using var archive = InProcessArchive.Open(dataDirectory, 0);
        using var output = new StreamWriter(args[1]);
        foreach (var query in queries)
        {
            var result = archive.Searcher.Search(new SearchRequest(query, First: 20, SnippetCount: 0));
            output.WriteLine($"{query}\t{result.TotalHits}\t" + string.Join(' ', result.Hits.Select(h => h.ReportId.ToString(CultureInfo.InvariantCulture) + ":" + h.Score.ToString("F3", CultureInfo.InvariantCulture))));
        }

        foreach (var query in args.Length > 2 ? File.ReadAllLines(args[2]) : [])
        {
            var result = archive.Searcher.Search(new SearchRequest(query, First: 20, SnippetCount: 0));
            output.WriteLine($"{query}\t{result.TotalHits}\t" + string.Join(' ', result.Hits.Select(h => h.ReportId.ToString(CultureInfo.InvariantCulture) + ":" + h.Score.ToString("R", CultureInfo.InvariantCulture))));
        }

        return 0;
    }
}
