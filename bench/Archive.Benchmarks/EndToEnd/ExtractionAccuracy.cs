using System.Text.Json;
using Archive.Ingest.Decoding;
using Archive.Ingest.Extraction;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// `accuracy DIR`: extracts every generated report in DIR and compares with its truth JSON: metadata, every
/// metric (key, value) and the flag kinds. Prints the share of reports that match exactly and the top causes.
/// </summary>
internal static class ExtractionAccuracy
{
    public static int Run(string[] args)
    {
        var directory = args.Length > 0 ? args[0] : throw new ArgumentException("usage: accuracy DIR");
        var extractor = new ReportExtractor();
        int reports = 0, exact = 0, truthMetrics = 0, foundMetrics = 0, falseMetrics = 0;
        var causes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var truthPath in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var textPath = Path.ChangeExtension(truthPath, ".txt");
            if (!File.Exists(textPath))
            {
                continue;
            }

            reports++;
            using var truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
            var actual = JsonDocument.Parse(ExtractedReportJson.Serialize(extractor.Extract(TextDecoder.Decode(File.ReadAllBytes(textPath)).Text, Path.GetFileName(textPath))));
            var problems = new List<string>();
            foreach (var field in new[] { "title", "agency", "agencyKind", "region", "year", "published", "template" })
            {
                if (!JsonElement.DeepEquals(truth.RootElement.GetProperty(field), actual.RootElement.GetProperty(field)))
                {
                    problems.Add("metadata:" + field);
                }
            }

            var expected = Pairs(truth.RootElement);
            var got = Pairs(actual.RootElement);
            truthMetrics += expected.Count;
            foundMetrics += got.Intersect(expected).Count();
            falseMetrics += got.Except(expected).Count();
            problems.AddRange(expected.Except(got).Select(p => "missing:" + p.Split('=')[0]));
            problems.AddRange(got.Except(expected).Select(p => "extra:" + p.Split('=')[0]));
            if (!Kinds(truth.RootElement).SequenceEqual(Kinds(actual.RootElement)))
            {
                problems.Add("flags");
            }

            if (problems.Count == 0)
            {
                exact++;
            }
            else if (reports - exact <= 10)
            {
                // The first few misses by name, so they can be opened and read.
                Console.WriteLine($"  miss: {Path.GetFileName(textPath)} — {string.Join(", ", problems.Distinct(StringComparer.Ordinal))}");
            }

            foreach (var problem in problems.Distinct(StringComparer.Ordinal))
            {
                causes[problem] = causes.GetValueOrDefault(problem) + 1;
            }
        }

        Console.WriteLine($"reports {reports}, exact matches {exact} ({100.0 * exact / Math.Max(1, reports):F1}%)");
        Console.WriteLine($"metrics: {foundMetrics}/{truthMetrics} found ({100.0 * foundMetrics / Math.Max(1, truthMetrics):F2}% recall), {falseMetrics} not in truth");
        foreach (var (cause, count) in causes.OrderByDescending(c => c.Value).Take(10))
        {
            Console.WriteLine($"  {count,6}  {cause}");
        }

        return 0;
    }

    private static HashSet<string> Pairs(JsonElement report) =>
        [.. report.GetProperty("metrics").EnumerateArray().Select(m => $"{m.GetProperty("key").GetString()}={m.GetProperty("value").GetRawText()}")];

    private static IEnumerable<string> Kinds(JsonElement report) =>
        report.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal);
}
