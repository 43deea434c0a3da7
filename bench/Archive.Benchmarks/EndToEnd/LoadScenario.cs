using System.Globalization;
using Archive.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// Which search strings the load generator sends. <see cref="Next"/> is called concurrently by every client,
/// each with its own <see cref="Random"/>.
/// </summary>
internal sealed class LoadScenario
{
    /// <summary>The fixed five-term mix the first GraphQL load figures were measured with.</summary>
    public static readonly IReadOnlyList<string> FixedTerms = ["依申请公开", "\"行政复议\"", "政务公开 培训", "\"不予公开\" year:2015..2022", "保密审查"];

    public const int MinZipfQueries = 2000;

    private readonly Func<long, Random, string> _next;
    private long _sent;

    private LoadScenario(string name, string description, Func<long, Random, string> next)
    {
        Name = name;
        Description = description;
        _next = next;
    }

    public static IReadOnlyList<string> Names { get; } = ["fixed", "zipf", "distinct"];

    public string Name { get; }

    public string Description { get; }

    /// <summary>The next search string; the n-th call of a run gets n.</summary>
    public string Next(Random random) => _next(Interlocked.Increment(ref _sent) - 1, random);

    public static LoadScenario Fixed() =>
        new("fixed", $"the {FixedTerms.Count} fixed terms in turn", (n, _) => FixedTerms[(int)(n % FixedTerms.Count)]);

    /// <summary>Queries drawn with Zipf(s = 1) over <paramref name="ranked"/> (most popular first).</summary>
    public static LoadScenario Zipf(IReadOnlyList<string> ranked)
    {
        if (ranked.Count < MinZipfQueries)
        {
            throw new ArgumentException($"zipf needs at least {MinZipfQueries} distinct queries, not {ranked.Count}", nameof(ranked));
        }

        // Cumulative weights 1/1, 1/2, ... 1/N; a uniform draw then a binary search picks a rank.
        var cumulative = new double[ranked.Count];
        var sum = 0.0;
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }

        return new("zipf", $"Zipf(s=1) over {ranked.Count} distinct corpus words, phrases and filtered variants", (_, random) =>
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            return ranked[Math.Min(index < 0 ? ~index : index, ranked.Count - 1)];
        });
    }

    /// <summary>
    /// Never the same query twice in a run: the n-th request is the unordered pair {words[a], words[a + d]} (indices
    /// mod an odd word count, 1 ≤ d ≤ (count − 1) / 2), every pair distinct; every third also gets a year filter.
    /// </summary>
    public static LoadScenario Distinct(IReadOnlyList<string> words)
    {
        var count = words.Count % 2 == 1 ? words.Count : words.Count - 1;
        var pairs = (long)count * ((count - 1) / 2);
        return new("distinct", $"every request a new pair of {count} corpus words ({pairs} possible)", (n, _) =>
        {
            if (n >= pairs)
            {
                throw new InvalidOperationException("the distinct scenario ran out of new queries");
            }

            var a = (int)(n % count);
            var d = 1 + (int)(n / count);
            var query = $"{words[a]} {words[(a + d) % count]}";
            return n % 3 == 2 ? $"{query} year:{2008 + (n % 16)}..2024" : query;
        });
    }

    /// <summary>
    /// The vocabulary of a sample of the archive's reports (NormalizedText, read-only): SmartCn words of 2+ hanzi and
    /// quoted 3–6 hanzi phrases of two adjacent words, most frequent first; then the same with year: or region:
    /// filters interleaved, so the list holds at least <see cref="MinZipfQueries"/> distinct queries.
    /// </summary>
    public static CorpusVocabulary ReadVocabulary(string databasePath, int sampleReports = 150)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString();
        var texts = new List<(string Text, string? Region)>();
        using (var db = new SqliteConnection(connection))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT max(Id) FROM Reports";
            var maxId = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            command.CommandText = "SELECT NormalizedText, RegionCode FROM Reports WHERE Id = $id";
            var id = command.Parameters.Add("$id", SqliteType.Integer);
            for (var i = 0; i < sampleReports; i++)
            {
                id.Value = 1 + (maxId * i / sampleReports);
                using var reader = command.ExecuteReader();
                if (reader.Read())
                {
                    // Stored compressed (StoredText) since the eleventh session; plain UTF-8 in older archives: Decode reads both.
                    texts.Add((Archive.Storage.StoredText.Decode(reader.GetFieldValue<byte[]>(0)), reader.IsDBNull(1) ? null : reader.GetString(1)));
                }
            }
        }

        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, _) in texts)
        {
            string? previous = null;
            foreach (var (term, _, _) in SmartCnTokenDump.Tokens(text))
            {
                if (!term.All(IsHanzi))
                {
                    previous = null;
                    continue;
                }

                if (term.Length >= 2)
                {
                    words[term] = words.GetValueOrDefault(term) + 1;
                }

                if (previous is not null && previous.Length + term.Length is >= 3 and <= 6)
                {
                    var phrase = $"\"{previous}{term}\"";
                    phrases[phrase] = phrases.GetValueOrDefault(phrase) + 1;
                }

                previous = term;
            }
        }

        var rankedWords = words.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key).ToList();
        var rankedPhrases = phrases.Where(p => p.Value >= 2).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var regions = texts.Select(t => t.Region).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // Popularity follows corpus frequency: two words, then a phrase, in turn; every fifth entry also gets a filtered variant.
        var ranked = new List<string>();
        using var nextWord = rankedWords.Take(1400).GetEnumerator();
        using var nextPhrase = rankedPhrases.Take(800).GetEnumerator();
        for (var i = 0; ; i++)
        {
            var term = i % 3 == 2 && nextPhrase.MoveNext() ? nextPhrase.Current
                : nextWord.MoveNext() ? nextWord.Current
                : nextPhrase.MoveNext() ? nextPhrase.Current
                : null;
            if (term is null)
            {
                break;
            }

            ranked.Add(term);
            if (i % 5 == 4)
            {
                ranked.Add(i % 10 == 4 || regions.Count == 0 ? $"{term} year:{2010 + (i % 14)}" : $"{term} region:{regions[i % regions.Count]}");
            }
        }

        return new CorpusVocabulary(rankedWords, [.. ranked.Distinct(StringComparer.Ordinal)]);
    }

    private static bool IsHanzi(char c) => c is >= '\u4e00' and <= '\u9fff';
}
