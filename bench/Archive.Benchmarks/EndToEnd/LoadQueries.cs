namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `load-queries DB_PATH SCENARIO COUNT`: prints the first COUNT search strings the load generator's scenario sends
/// (one per line, NUL-free), so that an in-process tool of any build (slices-ab, search-repeat) can run the same ones.
/// </summary>
internal static class LoadQueries
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            throw new ArgumentException("usage: load-queries DB_PATH fixed|zipf|distinct COUNT");
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
