using Archive.Benchmarks.EndToEnd;
using BenchmarkDotNet.Running;

// Timed end-to-end measurements (bench/run.sh drives them), else BenchmarkDotNet micro-benchmarks
// (pass --filter '*Extract*' etc.).
return args.FirstOrDefault() switch
{
    "ingest" => await IngestThroughput.RunAsync(args[1..]),
    "accuracy" => ExtractionAccuracy.Run(args[1..]),
    "search-latency" => await SearchLatency.RunAsync(args[1..]),
    "load" => await GraphQLLoad.RunAsync(args[1..]),
    "request-breakdown" => await RequestBreakdown.RunAsync(args[1..]),
    "tokens-bench" => TokenizeThroughput.Run(args[1..]),
    "query-profile" => QueryProfile.Run(args[1..]),
    "search-cpu" => SearchCpu.Run(args[1..]),
    "search-dump" => SearchDump.Run(args[1..]),
    "search-repeat" => SearchRepeat.Run(args[1..]),
    "slices-ab" => SlicesComparison.Run(args[1..]),
    "force-merge" => ForceMerge.Run(args[1..]),
    "similar" => await SimilarLatency.RunAsync(args[1..]),
    "load-queries" => LoadQueries.Run(args[1..]),
    "text-decode" => TextDecode.Run(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
