using System.Text.RegularExpressions;
using Archive.Core.Regions;

namespace Archive.Ingest.Metadata;

/// <summary>
/// The region a page's 索引号 (index number) names when it starts with its publishing body's unified social credit
/// code (GB 32100-2015: 11410402005462140C/2026-00010). Digits 3–8 of that code are the division the body is
/// registered in; a government body or public institution is registered by the 机构编制 office of its own level
/// (first character 1), so a township's report on its county's site carries the county, a city bureau's its city.
/// Only a code whose check character holds and whose division is a current GB/T 2260 code counts (an 上虞市 code of
/// before 2013 names no current division); several codes naming different divisions name none.
/// </summary>
internal static partial class IndexNumber
{
    // GB 32100-2015: the 31 characters of the code, in value order, and the weights of its first 17 positions.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The division the page's index numbers name, or null.</summary>
    public static RegionInfo? Region(string text, RegionGazetteer gazetteer)
    {
        RegionInfo? found = null;
        foreach (Match match in LabelledCode().Matches(text))
        {
            var code = match.Groups["code"].Value;
            if (code[0] != '1' || !CheckCharacterHolds(code) || gazetteer.Find(code[2..8]) is not { } region)
            {
                continue;
            }

            if (found is not null && found.Code != region.Code)
            {
                return null;
            }

            found = region;
        }

        return found;
    }

    internal static bool CheckCharacterHolds(string code)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            sum += value * Weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return code[17] == Alphabet[check];
    }

    // 索引号: / 索 引 号 / | 索引号 | then the code, ended by its /year-number or anything but a code character.
    [GeneratedRegex(@"索\s*引\s*号[\s:：|]*(?<code>[0-9A-HJ-NP-RTUWXY]{18})(?![0-9A-Za-z])")]
    private static partial Regex LabelledCode();
}
