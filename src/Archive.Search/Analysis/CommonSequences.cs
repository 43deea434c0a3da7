using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Search.Analysis;

/// <summary>
/// The hanzi sequences most reports of this genre share — the mandated table labels, the title, the stock headings
/// (依申请公开, 政府信息公开工作, 行政复议 …) — each indexed as one term of a docs-only field
/// (<see cref="IndexFields.TextCommon"/>), the idea of Lucene's CommonGrams taken to whole phrases. A quoted phrase
/// or word that is one of them is then one posting list, read without positions: these are the phrases found in
/// nearly every report, whose positions are the most expensive to check. Every other sequence is checked through
/// the bigrams as before, and both ways find exactly the same reports.
/// <para>
/// The list is data, derived by a fixed rule (<see cref="Derive"/>) from the five real seed reports: sequences of
/// <see cref="MinUnits"/>–<see cref="MaxUnits"/> hanzi found in at least <see cref="MinSeedReports"/> of them.
/// A test checks that the embedded list is exactly that rule's output; changing it changes the index's terms, and
/// <see cref="Fingerprint"/> is part of <see cref="AnalysisVersion.Current"/>, so an old index asks to be rebuilt.
/// </para>
/// </summary>
public static class CommonSequences
{
    public const int MinUnits = 3;
    public const int MaxUnits = 8;
    public const int MinSeedReports = 3;

    private const string ResourceName = "Archive.Search.Analysis.CommonSequences.txt";

    private static readonly FrozenSet<string> Entries = Load();

    // Every proper prefix of an entry (at least MinUnits long), so a scan stops as soon as no entry can follow.
    private static readonly FrozenSet<string> Prefixes = Entries
        .SelectMany(entry => Enumerable.Range(MinUnits, entry.Length - MinUnits).Select(length => entry[..length]))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EntryLookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sequences, in ordinal order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Entries.Order(StringComparer.Ordinal)];

    /// <summary>A short hash of the list: indexes built with another list have other terms.</summary>
    public static string Fingerprint { get; } =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', All))))[..8];

    /// <summary>The sequence <paramref name="units"/> (<see cref="ExactTextForm"/> units) spell, when it is in the list.</summary>
    public static bool TryGet(IReadOnlyList<string> units, out string sequence)
    {
        ArgumentNullException.ThrowIfNull(units);
        sequence = string.Empty;
        if (units.Count is < MinUnits or > MaxUnits)
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxUnits];
        for (var i = 0; i < units.Count; i++)
        {
            // Entries hold only hanzi, one char each: a unit of any other shape cannot be part of one.
            if (units[i].Length != 1 || !IsHanzi(units[i][0]))
            {
                return false;
            }

            chars[i] = units[i][0];
        }

        if (!EntryLookup.TryGetValue(chars[..units.Count], out var entry))
        {
            return false;
        }

        sequence = entry;
        return true;
    }

    /// <summary>
    /// Every listed sequence that occurs in <paramref name="folded"/> (an <see cref="ExactTextForm.Fold"/> form),
    /// each once, as the list's own string instances.
    /// </summary>
    public static HashSet<string> FindIn(ReadOnlySpan<char> folded)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start + MinUnits <= folded.Length; start++)
        {
            // Only hanzi make up an entry, and a hanzi is never half of a surrogate pair.
            if (!IsHanzi(folded[start]) || !IsHanzi(folded[start + 1]))
            {
                continue;
            }

            for (var length = MinUnits; length <= MaxUnits && start + length <= folded.Length && IsHanzi(folded[start + length - 1]); length++)
            {
                var candidate = folded.Slice(start, length);
                if (EntryLookup.TryGetValue(candidate, out var entry))
                {
                    found.Add(entry);
                }

                if (!PrefixLookup.Contains(candidate))
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The rule the list comes from: every run of <see cref="MinUnits"/>–<see cref="MaxUnits"/> hanzi in the folded
    /// form of at least <paramref name="minTexts"/> of <paramref name="texts"/>, in ordinal order.
    /// </summary>
    public static List<string> Derive(IEnumerable<string> texts, int minTexts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var textsHolding = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var folded = ExactTextForm.Fold(text);
            var sequences = new HashSet<string>(StringComparer.Ordinal);
            for (var start = 0; start < folded.Length; start++)
            {
                for (var length = 1; length <= MaxUnits && start + length <= folded.Length && IsHanzi(folded[start + length - 1]); length++)
                {
                    if (length >= MinUnits)
                    {
                        sequences.Add(folded.Substring(start, length));
                    }
                }
            }

            foreach (var sequence in sequences)
            {
                textsHolding[sequence] = textsHolding.GetValueOrDefault(sequence) + 1;
            }
        }

        return [.. textsHolding.Where(pair => pair.Value >= minTexts).Select(pair => pair.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>CJK unified ideographs of the BMP (the basic block and extension A).</summary>
    public static bool IsHanzi(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonSequences).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length is < MinUnits or > MaxUnits || !line.All(IsHanzi))
            {
                throw new InvalidOperationException($"{ResourceName}: '{line}' is not {MinUnits}–{MaxUnits} hanzi.");
            }

            entries.Add(line);
        }

        return entries.ToFrozenSet(StringComparer.Ordinal);
    }
}
