using System.Text.RegularExpressions;
using Archive.Core.Regions;

namespace Archive.Ingest.Metadata;

/// <summary>
/// Finds the region of a report: first from the chain of region names an agency name starts with
/// (宁夏 + 贺兰 + 工业园区 → 贺兰县), using other region names printed in the report to choose among same-named
/// counties; else from region names in the prose at the level the agency implies (县工信局 + 今日微山 → 微山县).
/// Ambiguity yields no region.
/// </summary>
internal sealed partial class RegionResolver
{
    // What a quoted name may be the name of when it is no place: an account, an app, a channel.
    private static readonly string[] AccountWords = ["微信公众号", "公众号", "微信号", "微信", "微博", "客户端", "APP", "抖音", "头条号", "视频号", "号"];

    // An account's platform named before its quoted name (微信公众平台“X”, 公众号平台“X”, 官方账号“X”).
    private static readonly string[] AccountPlatforms = ["公众平台", "号平台", "账号"];

    private readonly RegionGazetteer _gazetteer;
    private readonly Dictionary<char, string[]> _keysByFirstChar;

    // Autonomous counties by the name they go by with 县 (阜新蒙古族自治县 → 阜新, one named after its people → that people).
    private readonly Dictionary<string, RegionInfo[]> _autonomousCounties;

    public RegionResolver(RegionGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _keysByFirstChar = gazetteer.NameKeys
            .GroupBy(k => k[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ToArray());
        _autonomousCounties = gazetteer.All
            .Where(r => r.Level == RegionLevel.County && r.Name.EndsWith("自治县", StringComparison.Ordinal))
            .GroupBy(r => NameWithCounty(r.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        static string NameWithCounty(string name)
        {
            var stem = RegionGazetteer.ShortName(name);
            return stem.EndsWith('族') && stem.Length > 2 ? stem[..^1] : stem;
        }
    }

    /// <summary>Region names printed in the text (full names of provinces and prefectures, province short names): context for disambiguation.</summary>
    public List<string> ContextNames(string compactText)
    {
        var names = new List<string>();
        for (var i = 0; i < compactText.Length; i++)
        {
            var key = LongestKeyAt(compactText, i);
            if (key is null)
            {
                continue;
            }

            var regions = _gazetteer.FindByName(key);
            if (regions.Count == 1 && regions[0].Level != RegionLevel.County && (key == regions[0].Name || regions[0].Level == RegionLevel.Province))
            {
                names.Add(key);
            }

            i += key.Length - 1;
        }

        return names;
    }

    /// <summary>Resolves the region chain an agency name starts with; returns the most specific region and how many characters it covered.</summary>
    public (RegionResolution Resolution, int Consumed) FromAgencyName(string agency, IReadOnlyList<string> contextNames)
    {
        RegionInfo? resolved = null;
        var position = 0;
        var evidence = new List<string>();
        while (position < agency.Length)
        {
            var key = LongestKeyAt(agency, position);
            if (key is null)
            {
                break;
            }

            var candidates = AsPrinted(key, _gazetteer.FindByName(key), agency.AsSpan(position + key.Length));
            if (candidates.Count == 0)
            {
                break;
            }

            // The places an international airport is named after (X市Y区国际机场临空经济区(Z)管理委员会: a zone around an
            // airport that lies on two sides of a border) are the airport's name, not the body's place: the body is placed by
            // the side its name gives in brackets, else nowhere.
            if (agency.AsSpan(position + key.Length).StartsWith("国际机场"))
            {
                return AirportZoneSide(agency, contextNames);
            }

            // A short name followed only by an organ's one-character ending is the body's own name: 公安 of
            // 湖北省公安厅 is the police, not 公安县. Not the place's own designation, which the candidates kept end with (X县
            // for the autonomous county X族自治县 that goes by it, a county's report naming itself 2011年X县…报告; X州 for the
            // autonomous prefecture, a prefecture's titled X州2015年…报告).
            if (agency.Length - position - key.Length == 1 && candidates.All(c => !string.Equals(c.Name, key, StringComparison.Ordinal))
                && !(agency[^1] == '县' && candidates.All(c => c.Name.EndsWith("自治县", StringComparison.Ordinal)))
                && !(agency[^1] == '州' && candidates.All(c => c.Name.EndsWith("自治州", StringComparison.Ordinal))))
            {
                break;
            }

            // X州 right before 人民政府 (由X州人民政府编制, a prefecture's page) is a prefecture's short name (X州 for an autonomous
            // prefecture), not a district named X州区 of another province: a district's government keeps its 区 (X州区人民政府).
            if (key[^1] == '州' && agency.AsSpan(position + key.Length).StartsWith("人民政府", StringComparison.Ordinal)
                && candidates.All(c => c.Level == RegionLevel.County && string.Equals(c.Name, key + "区", StringComparison.Ordinal)))
            {
                break;
            }

            // A short name followed by a township's designation is the township's own name: 城关 of 城关镇 is no 城关区,
            // nor 卧龙 of 卧龙山街道 (a township's name is no place's short name and one character).
            if (candidates.All(c => !string.Equals(c.Name, key, StringComparison.Ordinal))
                && (ContinuesIntoTownship(agency.AsSpan(position + key.Length)) || ContinuesIntoLongerTownshipName(agency, position + key.Length)))
            {
                break;
            }

            // A county's short name followed by 学院 or 大学 is an institution's own name, after a mountain or river as often as
            // after the county (a 青峦学院's school is no body of 青峦区): no place. A county printed whole (X县职业技术学院) is one.
            if (candidates.All(c => c.Level == RegionLevel.County && !string.Equals(c.Name, key, StringComparison.Ordinal))
                && (agency.AsSpan(position + key.Length).StartsWith("学院") || agency.AsSpan(position + key.Length).StartsWith("大学")))
            {
                break;
            }

            // A county's full name with the township's designation right after it and nothing more (X县镇, X县镇人民政府: a
            // town of a real 2012 page named like a county of another province) is the township's own name: no township
            // goes without a name of its own after its county's.
            if (TownshipNamedLikeItsCounty().IsMatch(agency.AsSpan(position + key.Length)))
            {
                break;
            }

            // A county's short name followed by 新区 opening the name is a zone's own name (X新区管委会), not that county
            // (a zone of one province named like a district of another): it places the body only where the text names
            // the county's city or province too (a city's short name, 某州新区, still places it in the city).
            if (resolved is null && IsZoneNamedLikeACounty(key, candidates, agency.AsSpan(position + key.Length))
                && !candidates.Any(c => contextNames.SelectMany(_gazetteer.FindByName).Any(p => p.Code != c.Code && _gazetteer.IsWithin(c.Code, p.Code))))
            {
                break;
            }

            if (resolved is not null)
            {
                candidates = [.. candidates.Where(c => _gazetteer.IsWithin(c.Code, resolved.Code) && c.Code != resolved.Code)];
            }

            if (candidates.Count > 1)
            {
                var narrowed = _gazetteer.Resolve(key, contextNames) ?? HoldingContext(candidates, contextNames)
                    ?? HolderOfTheNext(agency, position + key.Length, candidates);
                candidates = narrowed is null ? candidates : [narrowed];
            }

            if (candidates.Count != 1)
            {
                if (candidates.Count > 1)
                {
                    return (RegionResolution.None($"ambiguous {key} in agency name"), 0);
                }

                break;
            }

            resolved = candidates[0];
            evidence.Add(key);
            position += key.Length;
        }

        return resolved is null
            ? (RegionResolution.None("no region name in agency"), 0)
            : (new RegionResolution(HostOf(resolved), 0.9, "agency name: " + string.Join('+', evidence)), position);
    }

    /// <summary>The side of an airport's zone its name gives in brackets after the zone (…临空经济区(Z)管理委员会), placed whole; else none.</summary>
    private (RegionResolution Resolution, int Consumed) AirportZoneSide(string agency, IReadOnlyList<string> contextNames)
    {
        var side = BracketedSide().Match(agency);
        if (side.Success && !side.Groups["p"].Value.Contains("国际机场", StringComparison.Ordinal)
            && FromAgencyName(side.Groups["p"].Value, contextNames) is { Resolution.Region: not null } placed && placed.Consumed == side.Groups["p"].Length)
        {
            return (placed.Resolution with { Evidence = "an airport's zone, its side in brackets: " + placed.Resolution.Evidence }, 0);
        }

        return (RegionResolution.None("an airport's name in the agency name"), 0);
    }

    /// <summary>
    /// The division a region stands for: a zone the gazetteer lists under a statistical code (county part 71–79,
    /// 连云港经济技术开发区 320771) is no GB/T 2260 division and belongs to the city it lies in (metric-dictionary.md §11).
    /// </summary>
    private RegionInfo HostOf(RegionInfo region) =>
        IsStatisticalZone(region) && region.ParentCode is { } parent && _gazetteer.Find(parent) is { } host ? host : region;

    private static bool IsStatisticalZone(RegionInfo region) => region.Level == RegionLevel.County && region.Code[4] == '7';

    /// <summary>
    /// Of same-named regions, the one the text's other places lie in: 海南 of a 海事局 whose address names 海口市 is the
    /// province, not the prefecture of that name in another province. None unless exactly one holds them.
    /// </summary>
    private RegionInfo? HoldingContext(IReadOnlyList<RegionInfo> candidates, IReadOnlyList<string> contextNames)
    {
        var placed = contextNames.SelectMany(_gazetteer.FindByName).ToList();
        var holding = candidates.Where(c => placed.Any(p => p.Code != c.Code && _gazetteer.IsWithin(p.Code, c.Code))).ToList();
        return holding.Count == 1 ? holding[0] : null;
    }

    /// <summary>
    /// Of same-named regions, the one that holds the place named right after it: a zone named after its city's and its
    /// county's short names (X|Y旅游开发区, Y a county of the city X and of no other place that goes by X) lies in that
    /// county of that city. None unless exactly one holds it, or where the next name opens a township's own name.
    /// </summary>
    private RegionInfo? HolderOfTheNext(string agency, int next, IReadOnlyList<RegionInfo> candidates)
    {
        if (next >= agency.Length || LongestKeyAt(agency, next) is not { } nextKey
            || ContinuesIntoTownship(agency.AsSpan(next + nextKey.Length)) || ContinuesIntoLongerTownshipName(agency, next + nextKey.Length))
        {
            return null;
        }

        var held = AsPrinted(nextKey, _gazetteer.FindByName(nextKey), agency.AsSpan(next + nextKey.Length));
        var holders = candidates.Where(c => held.Any(h => h.Code != c.Code && _gazetteer.IsWithin(h.Code, c.Code))).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>
    /// The region most named in the prose among those at <paramref name="level"/>; null unless one region clearly dominates.
    /// </summary>
    public RegionResolution FromProse(string compactText, RegionLevel level, IReadOnlyList<string> contextNames)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < compactText.Length; i++)
        {
            var key = LongestKeyAt(compactText, i);
            if (key is null)
            {
                continue;
            }

            // A zone's statistical entry is no county (HostOf).
            var candidates = AsPrinted(key, _gazetteer.FindByName(key), compactText.AsSpan(i + key.Length))
                .Where(r => r.Level == level && !IsStatisticalZone(r)).ToList();
            var isFullName = candidates.Any(c => c.Name == key);

            // In running text a two-character full name (和县) or a short name inside a word (展开原则 → 开原) is noise:
            // a short name counts only where it is not embedded between two Chinese characters (《今日微山》), and not
            // where a township's designation follows (a real 太平镇's report named 太平区 of another province).
            // Nor does a short name that ends a word (乡村振兴、 is no 振兴区), unless the word is a quoted name.
            // Nor does a short name that names a website (人民网、华龙网: a news site's brand, no mention of a place).
            // Nor one that opens a longer word after a clause mark (增动能、惠民生 is no 惠民县), nor one that opens a township's
            // longer name (青石扎木乡 is no 青石县).
            // A short name that names its government's website (在某阳政府网…公布, a real town's report) is that place, a
            // word before it or not: the site is the place's government's, no news brand.
            // A two-character full name before its government (利用X县人民政府网站, a county bureau's page that names its county
            // only so) is that county: 人民政府 after it is no word it could be embedded in.
            if ((isFullName && key.Length < 3 && !compactText.AsSpan(i + key.Length).StartsWith("人民政府"))
                || (!isFullName && !NamesItsGovernmentsSite(compactText.AsSpan(i + key.Length))
                    && (IsEmbedded(compactText, i, key.Length) || EndsAWord(compactText, i, key.Length)
                    || OpensAWordAfterAClauseMark(compactText, i, key.Length)
                    || ContinuesIntoTownship(compactText.AsSpan(i + key.Length)) || ContinuesIntoLongerTownshipName(compactText, i + key.Length)
                    || NamesAWebsite(compactText.AsSpan(i + key.Length)))))
            {
                i += key.Length - 1;
                continue;
            }

            if (candidates.Count > 1)
            {
                var narrowed = _gazetteer.Resolve(key, contextNames);
                candidates = narrowed is null || narrowed.Level != level ? [] : [narrowed];
                if (candidates.Count == 0)
                {
                    ambiguous.Add(key);
                }
            }

            if (candidates.Count == 1)
            {
                counts[candidates[0].Code] = counts.GetValueOrDefault(candidates[0].Code) + 1;
            }

            i += key.Length - 1;
        }

        var ranked = counts.OrderByDescending(p => p.Value).ToList();
        if (ranked.Count == 0)
        {
            return RegionResolution.None("no region named in prose");
        }

        if (ranked.Count > 1 && ranked[1].Value * 2 > ranked[0].Value)
        {
            return RegionResolution.None("prose names several regions: " + string.Join(",", ranked.Take(4).Select(p => $"{_gazetteer.Find(p.Key)!.Name}={p.Value}")));
        }

        var region = _gazetteer.Find(ranked[0].Key)!;
        return new RegionResolution(region, 0.6, $"prose: {region.Name} named {ranked[0].Value}x");
    }

    /// <summary>
    /// The regions a short name can be with the designation printed after it: 东乡县 is no 东乡区, whether another division
    /// or a county since made a district, but may be the autonomous county that goes by 东乡县; a 区 is no 县, and a city
    /// printed X市 whose short name only a district now bears was a county-level city before it became that district (its
    /// code was another). None left: the name is no region's (better none than another division's).
    /// </summary>
    private IReadOnlyList<RegionInfo> AsPrinted(string key, IReadOnlyList<RegionInfo> candidates, ReadOnlySpan<char> rest)
    {
        if (rest.Length == 0 || rest[0] is not ('县' or '区' or '州' or '市') || rest.StartsWith("区域") || rest.StartsWith("市场")
            || candidates.Any(c => string.Equals(c.Name, key, StringComparison.Ordinal)))
        {
            return candidates;
        }

        // X州 is the short form of an autonomous prefecture (甘南州: 甘南藏族自治州, not 甘南县).
        var designation = rest[0];
        if (designation == '州')
        {
            return [.. candidates.Where(c => c.Level == RegionLevel.Prefecture && c.Name.EndsWith("自治州", StringComparison.Ordinal))];
        }

        var printed = candidates.Where(c => c.Name.EndsWith(designation)).ToList();
        if (printed.Count == 0 && designation == '县' && _autonomousCounties.TryGetValue(key, out var autonomous))
        {
            printed.AddRange(autonomous);
        }

        return printed;
    }

    /// <summary>
    /// Whether a name opens on a place the code table knows only under another designation (X县 where only X区 is listed: a
    /// county since made a district, whose code was another). AsPrinted gives such a name no region; it still names a place.
    /// </summary>
    public bool OpensOnAFormerDivision(string agency)
    {
        var key = LongestKeyAt(agency, 0);
        if (key is null || key.Length < 2 || key.Length >= agency.Length || agency[key.Length] is not ('县' or '市' or '区'))
        {
            return false;
        }

        var candidates = _gazetteer.FindByName(key);
        return candidates.Count > 0 && candidates.All(c => c.Level == RegionLevel.County && !string.Equals(c.Name, key, StringComparison.Ordinal))
            && AsPrinted(key, candidates, agency.AsSpan(key.Length)).Count == 0;
    }

    /// <summary>A short name (not the full name) of county-level divisions only, followed by 新区: a zone's own name (X新区).</summary>
    private static bool IsZoneNamedLikeACounty(string key, IReadOnlyList<RegionInfo> candidates, ReadOnlySpan<char> rest) =>
        rest.StartsWith("新区") && candidates.Count > 0
        && candidates.All(c => c.Level == RegionLevel.County && !string.Equals(c.Name, key, StringComparison.Ordinal));

    /// <summary>Whether a name's continuation makes it a township's, village's or street's own name (乡村振兴 does not).</summary>
    private static bool StartsTownshipDesignation(ReadOnlySpan<char> rest) =>
        rest.StartsWith("镇") || (rest.StartsWith("乡") && !rest.StartsWith("乡村")) || rest.StartsWith("街道") || rest.StartsWith("苏木") || rest.StartsWith("村");

    /// <summary>Whether a name's continuation is a township's designation, or one character and then one (卧龙|山街道).</summary>
    private static bool ContinuesIntoTownship(ReadOnlySpan<char> rest) =>
        StartsTownshipDesignation(rest) || (rest.Length > 1 && IsIdeograph(rest[0]) && StartsTownshipDesignation(rest[1..]));

    /// <summary>
    /// Whether a name goes on from a short name with two or three characters that are no place's name and then a
    /// township's designation (青石|扎木乡人民政府, a 乡 of another province than 青石县's): the short name opens
    /// the township's own name. A county's short name before a township's printed without its county's designation is
    /// rarer than a township's name that opens like a county's, and a wrong region is worse than none.
    /// </summary>
    private bool ContinuesIntoLongerTownshipName(string agency, int at)
    {
        for (var length = 1; length <= 3; length++)
        {
            if (at + length >= agency.Length || !IsIdeograph(agency[at + length - 1]))
            {
                return false;
            }

            // Not the 乡村 of a department's name (X州乡村振兴局: 州 and 乡 are no township's name before 村).
            if (length >= 2 && StartsTownshipDesignation(agency.AsSpan(at + length))
                && !(agency[at + length - 1] == '乡' && agency[at + length] == '村'))
            {
                return Enumerable.Range(at, length).All(i => LongestKeyAt(agency, i) is null);
            }
        }

        return false;
    }

    /// <summary>Whether a short name's continuation is its government's website (X政府网, X人民政府网, X政府门户网站).</summary>
    private static bool NamesItsGovernmentsSite(ReadOnlySpan<char> rest) =>
        rest.StartsWith("政府网") || rest.StartsWith("人民政府网") || rest.StartsWith("政府门户网") || rest.StartsWith("人民政府门户网");

    /// <summary>Whether a short name's continuation makes it a website's name (X网, not 网格 or 网络).</summary>
    private static bool NamesAWebsite(ReadOnlySpan<char> rest) =>
        rest.StartsWith("网") && !rest.StartsWith("网格") && !rest.StartsWith("网络");

    /// <summary>A name after a Chinese character and before none, other than a quoted name's closing mark (《今日微山》).</summary>
    private static bool EndsAWord(string text, int start, int length)
    {
        if (start == 0 || !IsIdeograph(text[start - 1]))
        {
            return false;
        }

        var end = start + length;
        if (end >= text.Length || IsIdeograph(text[end]))
        {
            return end >= text.Length;
        }

        // A quoted name ending in the place's short name counts, unless it is an account's or app's name (“文旅某城”微信公众号:
        // a brand, no mention of that place), also where the account is named before its quoted names (通过乡级微信公众号
        // “云上某城”“至美某城”发布…, a real township's: its two accounts' names ended in a county's short name of another
        // province, which became its region).
        return text[end] is not ('》' or '”' or '"' or '」' or '』' or '>')
            || AccountWords.Any(w => text.AsSpan(end + 1).StartsWith(w, StringComparison.OrdinalIgnoreCase))
            || (text[end] is '”' or '"' or '」' or '』' && NamedAfterAnAccount(text, start));
    }

    /// <summary>
    /// Whether the quoted name holding <paramref name="start"/> follows an account word, itself or after quoted names
    /// listed before it (微信公众号“A”“B”, 公众号“A”、“B”).
    /// </summary>
    private static bool NamedAfterAnAccount(string text, int start)
    {
        var open = start > 0 ? text.LastIndexOfAny(['“', '"', '「', '『'], start - 1) : -1;
        if (open < 0 || start - open > 20)
        {
            return false;
        }

        while (open > 0)
        {
            // A span, not a copy: the text before the mark may be the whole page.
            var before = text.AsSpan(0, open);
            foreach (var word in AccountWords)
            {
                if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (var platform in AccountPlatforms)
            {
                if (before.EndsWith(platform, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            // The quoted name before this one, run on or listed with 、: its opening mark.
            var close = text[open - 1] == '、' ? open - 2 : open - 1;
            if (close < 0 || text[close] is not ('”' or '"' or '」' or '』'))
            {
                return false;
            }

            open = close > 0 ? text.LastIndexOfAny(['“', '"', '「', '『'], close - 1) : -1;
        }

        return false;
    }

    /// <summary>
    /// A name after an enumeration or clause mark and before a Chinese character: the start of a word, not a place. A
    /// government named after it is the place's (《条例》、某东人民政府《关于…》: a township's 2008 report citing its county
    /// government without the county's 县).
    /// </summary>
    private static bool OpensAWordAfterAClauseMark(string text, int start, int length) =>
        start > 0 && text[start - 1] is '、' or '，' or ',' or '；' or ';'
        && start + length < text.Length && IsIdeograph(text[start + length])
        && !text.AsSpan(start + length).StartsWith("人民政府", StringComparison.Ordinal);

    private static bool IsEmbedded(string text, int start, int length)
    {
        var before = start > 0 && IsIdeograph(text[start - 1]);
        var after = start + length < text.Length && IsIdeograph(text[start + length]);
        return before && after;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private string? LongestKeyAt(string text, int position)
    {
        if (!_keysByFirstChar.TryGetValue(text[position], out var keys))
        {
            return null;
        }

        foreach (var key in keys)
        {
            if (text.AsSpan(position).StartsWith(key, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }

    // The rest of a name after a county's: a township's designation alone, then its government's words or nothing.
    [GeneratedRegex(@"^(?:镇|乡|苏木|街道)(?:人民政府|政府|办事处)?$")]
    private static partial Regex TownshipNamedLikeItsCounty();

    [GeneratedRegex(@"(?<=[区园])[(（](?<p>[\u4E00-\u9FFF]{2,8})[)）]")]
    private static partial Regex BracketedSide();
}
