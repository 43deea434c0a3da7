using System.Text;

namespace Archive.Core.Agencies;

/// <summary>
/// Reduces an agency name to a form shared by the same body across years (issue 24): spaces and bracket forms
/// unified, the names of its region dropped from the front (平罗县工信局 and 工信局 are one body in 平罗县), and
/// older or short designations replaced at the end by the rename table kept as data (agency-renames.tsv).
/// </summary>
public sealed class AgencyNameNormalizer
{
    private const int MaxRenameSteps = 4;

    private readonly List<AgencyRename> _renames;

    public AgencyNameNormalizer(IEnumerable<AgencyRename> renames)
    {
        ArgumentNullException.ThrowIfNull(renames);
        // Longest designation first, so 经济和信息化局 wins over a shorter line that also ends the name.
        _renames = [.. renames.OrderByDescending(r => r.From.Length).ThenBy(r => r.From, StringComparer.Ordinal)];
    }

    /// <summary>The table shipped with Archive (Agencies/agency-renames.tsv).</summary>
    public static AgencyNameNormalizer Default { get; } = new(LoadEmbeddedTable());

    public IReadOnlyList<AgencyRename> Renames => _renames;

    /// <summary>
    /// The normalized form of <paramref name="agencyName"/>; <paramref name="regionNames"/> are the names of the
    /// agency's region and its ancestors (e.g. 宁夏回族自治区, 石嘴山市, 平罗县), dropped where they lead the name.
    /// </summary>
    public NormalizedAgencyName Normalize(string agencyName, IEnumerable<string>? regionNames = null)
    {
        ArgumentNullException.ThrowIfNull(agencyName);
        var name = Clean(agencyName);
        var prefixes = (regionNames ?? []).Where(n => n.Length > 0).Select(Clean).OrderByDescending(n => n.Length).ToList();
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var prefix in prefixes)
            {
                // Keep at least two characters: a region's own government (平罗县人民政府) keeps 人民政府.
                if (name.Length - prefix.Length >= 2 && name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    name = name[prefix.Length..];
                    stripped = true;
                }
            }
        }

        var applied = new List<AgencyRename>();
        for (var step = 0; step < MaxRenameSteps; step++)
        {
            var rename = _renames.FirstOrDefault(r => name.EndsWith(r.From, StringComparison.Ordinal) && !name.EndsWith(r.To, StringComparison.Ordinal));
            if (rename is null)
            {
                break;
            }

            name = name[..^rename.From.Length] + rename.To;
            applied.Add(rename);
        }

        return new NormalizedAgencyName(name, applied);
    }

    /// <summary>Parses the table: one line per rename, old, new and why separated by tabs; # starts a comment.</summary>
    public static IReadOnlyList<AgencyRename> Parse(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var renames = new List<AgencyRename>();
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
            {
                throw new FormatException($"agency rename line needs old<TAB>new: '{line}'");
            }

            renames.Add(new AgencyRename(parts[0].Trim(), parts[1].Trim(), parts.Length > 2 ? parts[2].Trim() : string.Empty));
        }

        return renames;
    }

    private static IReadOnlyList<AgencyRename> LoadEmbeddedTable()
    {
        using var stream = typeof(AgencyNameNormalizer).Assembly.GetManifestResourceStream("Archive.Core.Agencies.agency-renames.tsv")
            ?? throw new InvalidOperationException("embedded agency-renames.tsv is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
