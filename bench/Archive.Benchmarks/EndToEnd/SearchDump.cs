using System.Globalization;
using Archive.Search.Querying;
using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>`search-dump DATA_DIR OUT`: total, top-20 ids and scores for a fixed set of queries, to compare builds.</summary>
internal static class SearchDump
{
    public static int Run(string[] args)
    {
        var dataDirectory = Path.GetFullPath(args[0]);
        var queries = new List<string> { "依申请公开", "行政诉讼", "政务公开", "培训", "保密审查", "\"依申请公开\"", "\"政府信息公开工作\"", "\"行政复议\"", "\"不予公开\"", "\"政务微博\"",
            "依申请公开 行政复议", "政务公开 培训", "\"不予公开\" 保密审查", "培训 OR 行政诉讼", "政务公开 -培训", "政府信息公开工作 年度报告", "行政复议 行政诉讼 year:2016..2020" };
        var random = new Random(11);
        using (var sqlite = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Mode=ReadOnly"))
        {
            sqlite.Open();
            using var command = sqlite.CreateCommand();
            command.CommandText = "SELECT NormalizedText FROM Reports ORDER BY Id LIMIT 150 OFFSET 500";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var text = reader.GetString(0);
                for (var attempt = 0; attempt < 50; attempt++)
                {
                    var length = random.Next(2, 7);
                    var start = random.Next(Math.Max(1, text.Length - length));
                    var run = text.Substring(start, Math.Min(length, text.Length - start));
                    if (run.Length == length && run.All(c => c is >= '\u4E00' and <= '\u9FFF'))
                    {
                        queries.Add((queries.Count % 3) switch { 0 => $"\"{run}\"", 1 => run, _ => $"{run} 公开" });
                        break;
                    }
                }
            }
        }

        using var archive = InProcessArchive.Open(dataDirectory, 0);
        using var output = new StreamWriter(args[1]);
        foreach (var query in queries)
        {
            var result = archive.Searcher.Search(new SearchRequest(query, First: 20, SnippetCount: 0));
            output.WriteLine($"{query}\t{result.TotalHits}\t" + string.Join(' ', result.Hits.Select(h => h.ReportId.ToString(CultureInfo.InvariantCulture) + ":" + h.Score.ToString("F3", CultureInfo.InvariantCulture))));
        }

        return 0;
    }
}
