namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `load-queries DB_PATH SCENARIO COUNT`: prints the first COUNT search strings the load generator's scenario sends
/// (one per line, NUL-free), so that an in-process tool of any build (slices-ab, search-repeat, search-cpu --queries)
/// can run the same ones. Scenario `text` prints search-latency's vocabulary mix instead (drawn from the archive
/// beside DB_PATH, COUNT ignored).
/// </summary>
internal static class LoadQueries
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            throw new ArgumentException("usage: load-queries DB_PATH fixed|zipf|distinct|text COUNT");
        }

        if (args[1] == "text")
        {
            foreach (var query in SearchLatency.VocabularyQueries(Path.GetDirectoryName(Path.GetFullPath(args[0]))!))
            {
                Console.WriteLine(query);
            }

            return 0;
        }

        var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var vocabulary = args[1] == "fixed" ? null : LoadScenario.ReadVocabulary(args[0]);
        var scenario = args[1] switch
        {
            "zipf" => LoadScenario.Zipf(vocabulary!.RankedQueries),
            "distinct" => LoadScenario.Distinct(vocabulary!.Words),
            _ => LoadScenario.Fixed(),
        };
        var random = new Random(1);
        for (var i = 0; i < count; i++)
        {
            Console.WriteLine(scenario.Next(random));
        }

        return 0;
    }
}
