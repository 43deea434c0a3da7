namespace Archive.Search.Indexing;

/// <summary>GB/T 2260 code levels as the index uses them.</summary>
public static class RegionCodes
{
    /// <summary>True for a six-digit code.</summary>
    public static bool IsCode(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);

    /// <summary>"province", "prefecture" or "county" (from the trailing zeros), or null if not a code.</summary>
    public static string? LevelOf(string code) =>
        !IsCode(code) ? null
        : code.EndsWith("0000", StringComparison.Ordinal) ? "province"
        : code.EndsWith("00", StringComparison.Ordinal) ? "prefecture"
        : "county";

    /// <summary>The three levels of a report, deriving missing higher levels from the lower ones.</summary>
    public static (string? Province, string? Prefecture, string? County) Levels(string? province, string? prefecture, string? county)
    {
        county = IsCode(county) && LevelOf(county!) == "county" ? county : null;
        prefecture = IsCode(prefecture) ? prefecture : null;
        if (prefecture is null && county is not null)
        {
            prefecture = string.Concat(county.AsSpan(0, 4), "00");
        }

        province = IsCode(province) ? province : null;
        var lower = prefecture ?? county;
        if (province is null && lower is not null)
        {
            province = string.Concat(lower.AsSpan(0, 2), "0000");
        }

        return (province, prefecture, county);
    }
}
