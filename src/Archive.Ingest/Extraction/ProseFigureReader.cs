using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Metrics;

namespace Archive.Ingest.Extraction;

/// <summary>
/// Figures stated in prose (metric-dictionary.md §8). Only sentences that state exactly a key's concept with printed
/// digits and a measure word count. Not metrics: approximations (余/多/约/以上/左右…), cumulative figures (截至/累计),
/// subordinate units' figures (所属/下属…单位), reposts. Precision over recall: each pattern names its concept
/// literally — the §8 sentence patterns, then for the other legacy keys the 统计表 row's own wording followed by N.
/// Prose never yields table keys.
/// </summary>
internal static partial class ProseFigureReader
{
    private const string Number = @"(?<n>\d{1,3}(?:,\d{3})+|\d+)";

    // The active-disclosure section's heading, its number first: （一）主动公开情况, 二、主动公开政府信息情况, （一）主动公开政府信息的数量.
    private const string ActiveDisclosureHeading = @"(?:(?<!第)\([一二三四五六七八九十]{1,3}\)|(?<![\d第])[一二三四五六七八九十]{1,3}、)(?:政府信息)?主动公开(?:政府信息)?(?:的数量|情况|方面|工作|信息)?[。.:：]?";

    // Where a list of the channels of the body's whole goes on: after the whole, its information named without a topic
    // (…合计发布各类信息2578条,其中: / 主动公开政务信息382条,包括), or after the verb that counts a channel first (发布政府网站信息
    // 640条、), past the channels' items before (…,某某日报等媒体上发布信息80条,). A topic's items (发布疫情防控信息640条,其中官方
    // 微博200条) or a topic before (其中工作动态40条、微信公众号80条) split that topic, not the whole.
    private const string ChannelListBefore = "(?:" + WholeBeforeItsChannels + "(?:" + ChannelItem + ")*|(?:公开|发布|更新)(?:" + ChannelItem + ")+)";

    private const string WholeBeforeItsChannels = @"(?:公开|发布|更新)(?:各类)?(?:政府|政务)?信息(?:共计|合计|总计|共)?\d+条[,，。]?(?:其中|包括)[:：,，]?";

    private const string ChannelItem = @"[^\d。;；()]{0,40}?(?:网站|微博|公众号|媒体上?(?:发布|公开)?)(?:信息)?\d+条[、,，;；]";

    // A list item's count ends at its separator, and no bracket it stands in closes after it (the parts of one item).
    private const string ItemEndOutsideBrackets = @"(?=[、,，;；。]|$)(?![^()。]*\))";

    // A sum of money as printed, its decimals kept (100.28万元).
    private const string Amount = @"(?<n>\d+(?:\.\d{1,4})?)";

    // Right after 其中 that follows the count of applications received (in its sentence, or opening the next), past the
    // list items before it; the office an application was sent to may stand before its channel (向X邮寄…).
    private const string ChannelOfReceived = @"(?<=(?:收到|受理|新收|接收)[^。;；]{0,30}?申请共?\d+件[(（,，。]?其中[:：,，]?(?:[^。()（）]{0,80}?[、,，;；])?(?:向[^\d,，。;；、]{1,12}?)?)";

    // Inside a bracket right after the count of the applications, past the list items before it (…申请247件(网络申请195件、).
    private const string ChannelInBracket = @"(?<=(?:申请|依申请公开件?)(?:共计|共)?\d+件[(（](?:其中[:：,，]?)?(?:[^()（）。]{0,60}?[、,，;；])?)";

    // Row wordings whose meaning depends on the group or parent row they sit under in the 统计表
    // (维持具体行政行为 / 被依法纠错 / 其他情形 under 四 or 五; 涉及商业秘密 … under 不同意公开) or that §8 reads as one
    // sentence (staff split): their wording alone does not state the concept.
    private static readonly string[] DependentRowKeys =
    [
        "legacy.review.upheld", "legacy.review.corrected", "legacy.review.other",
        "legacy.litigation.upheld", "legacy.litigation.corrected", "legacy.litigation.other",
        "legacy.apply.denied.state_secret", "legacy.apply.denied.commercial_secret", "legacy.apply.denied.privacy",
        "legacy.apply.denied.security_stability", "legacy.apply.denied.not_government_info", "legacy.apply.denied.other_law",
        "legacy.org.staff", "legacy.org.staff_full_time", "legacy.org.staff_part_time",
    ];

    // Prose names of 统计表 rows that are the row and nothing else (属于已经主动公开的2件, 同意部分公开的2件, a real
    // office's reply list), with the words before them that make them another row's (不 + 同意…).
    // Older reports list the answers by their kinds' short names, often quoted (“同意公开”的7件, “不予公开”的1件, “非本机关
    // 政府信息”的1件: a real bureau's). 不予公开 is an answer only quoted as one: bare, it sorts documents (制发公文…其中
    // 主动公开26件…不予公开3件, §8's non-metric) or counts them (不予公开信息1535条).
    private static readonly (string Key, string Wording, string[] ExcludedPrefixes, string Unit)[] ProseRowWordings =
    [
        ("legacy.apply.already_public", "属于已经主动公开", [], "件|条"),
        ("legacy.apply.granted", "同意公开", ["不", "部分"], "件|条"),
        ("legacy.apply.partial", "同意部分公开", ["不"], "件|条"),
        ("legacy.apply.denied", "\"不予公开", [], "件"),
        ("legacy.apply.not_held", "非本机关政府信息", [], "件|条"),
        ("legacy.apply.not_exist", "信息不存在", [], "件|条"),
    ];

    // Keys that are by definition a part of another (当面申请 of 收到申请, 同意公开 of 申请答复): given with their share of
    // the whole (当面申请1宗，占10%) they are still the part itself, not a part mistaken for a total.
    // Keys counted as they stand at a date (the body's staff, offices, reading points), not summed over the year.
    private static readonly HashSet<string> StockKeys =
    [
        "legacy.org.units", "legacy.org.reading_points", "legacy.org.staff", "legacy.org.staff_full_time", "legacy.org.staff_part_time",
    ];

    // The 统计表's channels of the applications received (当面 / 传真 / 网络 / 信函申请数).
    private static readonly HashSet<string> ChannelRowKeys =
        new(["legacy.apply.in_person", "legacy.apply.fax", "legacy.apply.online", "legacy.apply.letter"], StringComparer.Ordinal);

    private static readonly HashSet<string> PartKeys = MetricIdentities.All
        .Where(i => i.Relation == IdentityRelation.Equal && i.Id.StartsWith("legacy.", StringComparison.Ordinal))
        .SelectMany(i => i.RightTerms)
        .ToHashSet(StringComparer.Ordinal);

    private sealed record Pattern(string Key, string Unit, Regex Regex);

    /// <summary>A 统计表 row's wording (label without numbering, parenthetical and trailing 数), read as wording + 共? + N + unit.</summary>
    /// <param name="ExcludedPrefixes">Text that, right before the wording, makes it another row's wording (不 + 同意公开答复).</param>
    /// <param name="ShortName">A prose name of the row (ProseRowWordings), not the 统计表's own wording. Named after another
    /// answer kind with no count of its own (政府信息不存在、非本机关政府信息114件, a province's reply list), it shares the count.</param>
    /// <param name="Cases">Reviews or suits counted as cases: named second in a list whose first item has no count of its
    /// own (发生行政复议、行政诉讼案件0件) the two share one count, neither's; after a counted item (行政复议0件、行政诉讼0件) it
    /// is the suits' own.</param>
    private sealed record RowWording(string Key, string Wording, Regex Tail, string[] ExcludedPrefixes, bool ShortName = false, bool Cases = false);

    private static readonly Pattern[] Patterns =
    [
        // Also as real reports word it: 主动公开信息数53条 (the 统计表's row), 主动公开政府信息共计127条, …件数为123件; not
        // 主动公开信息81条 alone (a real township's 81 included 3 sent back). With the year's 年度 between (累计主动公开
        // 2009年度政府信息28条, a real township's 2009 report): that year's information only. …政府信息总数171条 counts it
        // as the 统计表's 数 does (a real town's), and 主动公开政府信息的数量共N条 is the same row in an older township's words;
        // 主动公开的各类政府信息数量66件 names the count itself (a real street office's), as 主动公开各类政府信息N条 names the
        // information of every kind (a real prefecture's, then 其中 its parts; a real county's 2025 report), and 主动公开的政府
        // 信息N条 the same with 的 (委机关本级主动公开的政府信息20条, a city commission's). 各种 is 各类 in other words (2021年度,
        // 某某县某某局主动公开各种政府信息346条, a county bureau's).
        // The information may be named as every level's of the whole area (全年主动公开我区各级单位政府信息N条): the whole.
        // The 统计表's row may count 政务信息 (2024年,X乡主动公开政务信息数545条, a township's): 政府信息 in its words.
        // 合计 sums as 共计 does (2021年,区工信局主动公开政府信息合计76条, a district bureau's, its parts after 其中).
        // The information without 政府, after 的, summed (我镇主动公开的信息共计85条, a township's): the same count; 的 and the
        // sum's word both, so that a list's item (主动公开信息3条) stays out. The 统计表's row word may be 数量 (主动公开信息数量
        // 2056条, a provincial department's).
        new("legacy.active.total", "条", Make(@"主动公开(?:(?<yr>(?:19|20)\d{2})年度)?(?:的?(?:各类|各种)?(?:[我本全][省市州县区旗镇乡]各级(?:各)?单位的?)?政府信息(?:总数|的数量|数|件数)?|(?:政务)?信息(?:总)?数量?|的?(?:各类)?政府信息数量|的信息(?=共计|总计|合计))(?:共计|总计|合计|共|为|达)?" + Number + "[条件]")),
        // The 统计表's row with its words the other way round, the information first and its disclosure after (2018年度政府信息
        // 主动公开总数为100条, a street office's 2018 page): the year opening the sentence, the count of the whole.
        // The 统计表's old row may keep the 条例's words for what is disclosed 主动 before the information (2023年我镇对涉及公众利益调整、
        // 需要公众广泛知晓或者需要公众参与决策的政府信息主动公开数为N条, a town's 2023 report, its channels after 其中): the
        // information the 条例 names is all that is disclosed, the row's whole count all the same.
        new("legacy.active.total", "条", Make(@"(?<=^|[。;；:：!？]|[一二三四五六七八九十]{1,3}、[^\d,，。;；:：!？]{1,24}?(?:情况|方面|工作))(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，]?(?:(?:我|本)[^\d,，。;；:：]{1,4}?)?(?:对?涉及公众利益调整[、,，]?需要公众广泛知晓或者需要公众参与决策的)?(?:政府|政务)信息主动公开(?:总数|总量|数量|数)(?:为|共计|共|达)?" + Number + "条")),
        // The 政务信息 a report names its information by, the year's new items right after the year (2016年新增主动公开政务信息
        // 2315条。其中,规划计划类信息121条…, a new area's 2016 report, its section headed 主动公开政务信息情况): the year's whole,
        // split into its parts right after it. Only with 其中 following, and nothing but the body or 新增 between the year and
        // the verb: a channel named before it (我乡通过X网站主动公开政务信息194条) or a date it runs to (截至2016年…) leaves it out.
        new("legacy.active.total", "条", Make(@"(?<![\d至止到])(?<yr>(?:19|20)\d{2})年度?[,，]?(?:(?:我|本)(?:镇|乡|街道|单位|局|委|办)|新增)?主动公开(?:各类)?政务信息(?:共计|共)?" + Number + "条(?=[,，。;；:：]?其中)")),
        // The information before the verb, right after the year (区X办2019年政府信息主动公开共7条, a real district office's list
        // of the year's facts): the same count in the other order. Only after the report's year: a channel or a part names
        // itself before it (网站政府信息主动公开…) and has no year there.
        new("legacy.active.total", "条", Make(@"(?<yr>(?:19|20)\d{2})年度?政府信息主动公开(?:共计|总计|共|总数为?)?" + Number + "条")),
        // The older reports' list of the year's facts, item by item (1、主动公开政府信息的情况：40条; 2、…依申请公开…：无, a
        // township's 2021 report): the item's count is the year's whole. The item may state it as a sentence of the year
        // and the body's whole ((一)主动公开政府信息的数量:2012年度全镇共公开政府信息140条, a township's 2012 page): the
        // heading says which publishing it is; only that year's, and nothing else may stand between.
        // The item may name the count without 政府 (1.主动公开信息数量:全年公开政府信息625条, a town's 2021 report).
        new("legacy.active.total", "条", Make(@"主动公开(?:政府信息的(?:情况|数量)|(?:政府)?信息的?数量)[:：](?:(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，]?(?:[全我本](?:镇|乡|街道|局|委|办|县|区|市))?共?(?:主动)?公开(?:各类)?(?:政府|政务)?信息(?:共计|共)?)?共?" + Number + "条")),
        // The year's whole as a sentence of its own, 主动 left out (…沟通了解的桥梁。全年公开政府信息74条,有力地促进了…, a zone
        // committee's 2019 report on a traditional-character mirror): the year's information the body disclosed. Only opening
        // its sentence with the whole year, and not where 其中 follows: a whole split into 主动公开 and 依申请公开 (全年公开政府
        // 信息N条,其中主动公开…) counts more than the active ones; nor under the heading of applications ((二)依申请公开情况。…
        // 全年公开各类政府信息3150条: not the active disclosure's), no heading's mark between. The whole year may be summed
        // (…主动公开情况。全年累计公开政府信息309条。其中,工作情况63条…, a district bureau's 2025 report, its kinds after
        // it): 全年累计 is the year's own sum, as 全年累计主动公开 is.
        new("legacy.active.total", "条", Make(@"(?<=^|[。;；!？])(?<!依申请公开[^()（）、]{0,80})(?:全年|本年度?)(?:累计)?共?公开(?:各类)?政府信息(?:共计|共)?" + Number + "条(?=[,，。;；]|$)(?![,，:：]?其中)")),
        // The count followed by the 统计表 row's own note in brackets (共计公开各类信息2936条(不同渠道和方式公开相同信息计1条), a city
        // bureau's 2018 report): the row's count, each item once whatever its channels.
        new("legacy.active.total", "条", Make(@"公开(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条(?=[(（]不同渠道和方式公开相同信息计1条[)）])")),
        // The 统计表's row with its note run into the sentence, the count in the note's place (主动公开政府信息数不同渠道和方式
        // 公开相同信息计62条, a real market bureau's 2024 report): not where the note keeps its own 计1条 in brackets.
        new("legacy.active.total", "条", Make(@"主动公开政府信息数[（(]?不同渠道和方式公开相同信息计" + Number + "条(?![)）])")),
        // The verb's 了 before the information of every kind, summed (我镇围绕…重点领域，主动公开了各类政府信息共计 580 条, a
        // township's 2024 report): the count 主动公开各类政府信息共计N条 gives. Only with 政府信息 and the sum's word, so that
        // a list's item (主动公开了信息3条) stays out.
        new("legacy.active.total", "条", Make(@"主动公开了(?:各类|各种)?政府信息(?:共计|总计|合计|共)" + Number + "条")),
        // The year opening its sentence, then the whole summed without 主动 (…推进政府信息公开工作。2021年度，共公开政府信息15条，
        // 在县政府网站发布工作动态38条, a township's 2021 report): as 全年共公开政府信息N条 is (below). The township may be the
        // subject (2022年，X镇共公开政府信息177条，完成…任务数120条的147.5%，其中动态类信息94条…, a town's): only the report's
        // own. Only with 共, only the report's year, and not where the parts after 其中 split it into 主动 and 依申请 (the whole
        // counts more than the active ones), nor under the heading of applications.
        new("legacy.active.total", "条", Make(@"(?<=^|[。;；!？])(?<!依申请公开[^()（）、]{0,80})(?<yr>(?:19|20)\d{2})年度?[,，](?:(?:我|本)(?:镇|乡|街道|单位)|(?<town>[^\d,，。;；:：、!？""各全属及和与等我本在通]{1,10}?(?:镇|乡|街道|苏木)))?共公开(?:各类)?政府信息(?:共计)?" + Number + "条(?=[,，。;；]|$)(?![,，:：]?其中[^。]{0,300}?(?:依申请|主动))")),
        // The body itself the subject right after the year, 共 left out (2022年我镇公开政府信息243条,在门户网站…栏目公开了63条…, a
        // town's; 2023年我乡公开政府信息209条,其中通过…专栏公开政府文件5条, a township's under its heading of active
        // disclosure): the year's whole, as with 共. Only 我/本 with the body's kind, and not where the parts after 其中 split
        // it into 主动 and 依申请.
        new("legacy.active.total", "条", Make(@"(?<=^|[。;；!？])(?<!依申请公开[^()（）、]{0,80})(?<yr>(?:19|20)\d{2})年度?[,，]?(?:我|本)(?:镇|乡|街道|单位|局|委|办)公开(?:各类)?政府信息(?:共计|共)?" + Number + "条(?=[,，。;；]|$)(?![,，:：]?其中[^。]{0,300}?(?:依申请|主动))")),
        // The township or street as the subject of the whole year's count, after the clause before it (在镇微信公众号公开工作动态
        // 信息80余条，X镇全年公开政府信息23条，其中：机构概况1条…, a town's 2023 report on a traditional-character mirror): the
        // year's whole, as 全年公开政府信息N条 opening its sentence is. Only the report's own township (its name in the body's),
        // and not where the parts after 其中 name 主动 or 依申请 (a whole of both kinds).
        new("legacy.active.total", "条", Make(@"(?<=^|[。;；!？,，])(?<!依申请公开[^()（）、]{0,80})(?<town>[^\d,，。;；:：、!？""各全属及和与等我本在通]{1,10}?(?:镇|乡|街道|苏木))(?:全年|本年度?)共?公开(?:各类)?政府信息(?:共计|共)?" + Number + "条(?=[,，。;；]|$)(?![,，:：]?其中[^。]{0,300}?(?:依申请|主动))")),
        // The heading of the older overview's item naming the count, closed by its stop, then the body's sentence (（一）本单位
        // 主动公开政府信息的数量。我镇积极公开政府信息36条；其中单位概况信息1条…, a town's 2020 report): the heading says which
        // publishing it is, as 主动公开政府信息的数量：N条 does. Only the body speaking of itself (我镇, 本单位) right after it.
        new("legacy.active.total", "条", Make(@"(?<=主动公开(?:政府信息的数量|(?:政府)?信息的?数量)。)(?:我|本)(?:镇|乡|街道|单位)(?:积极|依法)?共?(?:主动)?公开(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The year's items with the count's rule after them (全年通过电子屏幕,公告栏等公开渠道主动发布政府信息共计49条(不同渠道发布的
        // 同一信息计为1条), a real town's): the 统计表 row's count, each item once across its channels, not their sum.
        new("legacy.active.total", "条", Make(@"主动(?:公开|发布)(?:各类)?政府信息(?:共计|总计|共)?" + Number + @"条[(（]不同渠道(?:和方式)?(?:发布|公开)的?(?:相同|同一)信息计为?1条[)）]")),
        // The year's items after the body may be counted as articles (2022年某某县教体局主动公开信息 417篇, a district bureau's).
        // The bare wording only as the whole year's: 全年主动公开信息113条; 2017年，我街道主动公开信息569条; after the whole
        // year as the period (自2016年1月1日起至2016年12月31日止，我镇经审核主动公开信息568条) (real reports); the whole year
        // before the body (全年我局主动公开信息25条). With the kinds summed (全年累计主动公开各类政府信息60条, a real brigade's):
        // only so, not after channels (通过网站、报刊等多种渠道，主动公开各类政府信息共计210条: their sum, a real street's).
        // The year's items may be listed by their kinds before 等政府信息 (全年主动公开领导分工、机构职能、政策文件等政府信息337条,
        // a real office's): a list of two or more kinds, ended by 等, sums them up; one kind before 等 (财政预决算等信息) may be
        // a topic's share. The body may be its bare kind (2022年，中心主动公开信息329条: a service centre's 中心 as its 我中心),
        // and the year's items may be called new (2021年我局主动公开新增信息145条, a city bureau's). The body may stand
        // before the year it names (我镇2018年度共主动公开信息380条, a real town's): that year only.
        // 政务信息 is 政府信息 there too (2021年度我乡主动公开政务信息8条，其中：…, a township's).
        // The named body may sum its year's items (2022年某某市商务局累计主动公开信息91篇, a county-level city bureau's, its
        // kinds listed after it): that year summed, as 我局 does (YearSummed). Its items may be named 政府信息 and counted as
        // articles all the same (2024年,区统计局主动公开政府信息共148篇, a district bureau's).
        // The count may be said to be there (2022年,区科技局主动公开信息有14条,其中…, a district bureau's), as 共有 says it.
        // Every kind of information without 政府 opening the whole year (全年主动公开各类信息N条,其中…, a district office's).
        // A township or street named after the year (2020年某某镇主动公开信息101条, a town's 2020 report) is the body itself
        // only where the report is that township's or street's own (`town`): in a county's report it is one of its townships.
        // The whole year's items may be called new with 的 (本年度新增的主动公开信息55条, after a district commission's running
        // total 到年底累计…1338条): the year's own additions, as 全年新增主动公开 are.
        // The whole year, a comma, then the body named (本年度,区教育局累计主动公开政府信息120条, a district bureau's): the
        // year's items, as after the year named.
        // The year's span may be set off by a comma before the body (一年来,我局主动公开了各类信息24条, a county bureau's page),
        // and the verb may take 了: the same statement.
        new("legacy.active.total", "条", Make(@"(?:(?:全年|本年度?|今年|(?<![\d十百几多])一年(?:以)?来)(?:[,，]?(?:我|本)[^\d,，。;；]{1,4}?|[,，]?(?<named>(?![省市县区]局)[^\d,，。;；:：、!？""各全属及和与等]{2,12}?(?:局|委员会|中心)(?=(?:累计)?共?主动公开)))?|(?:我|本)[^\d,，。;；]{1,4}?(?<yr>(?:19|20)\d{2})年度?|(?:(?:19|20)\d{2}年度?|自(?<y>(?:19|20)\d{2})年1月1日起?至(?:\k<y>年)?12月31日止?)[,，]?(?:(?:我|本)[^\d,，。;；]{1,4}?|(?:中心|局|委|办|厅)(?=共?主动公开)|(?<named>(?![省市县区]局)[^\d,，。;；:：、!？""各全属及和与等]{2,12}?(?:局|委员会|中心)(?=(?:累计)?共?主动公开))|(?<town>[^\d,，。;；:：、!？""各全属及和与等我本]{1,10}?(?:镇|乡|街道|苏木))(?=(?:累计)?共?主动公开)))(?:累计)?共?(?:新增的?)?主动公开了?(?:(?:新增|各类政府|各类政务|各类|政务|政府)?信息|(?:(?!其中)[^\d,，。;；:：!？、]{1,16}、){1,15}(?!其中)[^\d,，。;；:：!？、]{1,16}等(?:各类)?政府信息)(?:共计|共有|共|达|有)?" + Number + "[条篇]")),
        // The whole year's items issued of the body's own accord (全年主动发布信息382条,其中,主动公开部门文件53件、…, a city
        // bureau's, under its heading (一)主动公开情况): 主动发布 says 主动公开, opening its sentence or right after the heading.
        new("legacy.active.total", "条", Make(@"(?<=^|[。;；!？]|(?<!第)\([一二三四五六七八九十]{1,3}\)主动公开(?:政府信息)?(?:情况|方面|工作)?[。.:：]?)(?:全年|本年度?)共?主动发布(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条(?=[,，。;；]|$)")),
        // The same after the sentence's first clauses, which name no channel, part or running total (2017年,我局不断加大政府
        // 信息主动公开力度,全年主动发布各类政府信息 876条, a provincial bureau's): the year's whole as well.
        new("legacy.active.total", "条", Make(@"(?<=(?:^|[。;；!？])(?:(?:19|20)\d{2}年度?[,，])?(?:(?!网|平台|专栏|栏目|专题|微信|微博|公众号|新媒体|客户端|通过|依托|利用|其中|转载|转发|报送|下属|所属|各|截至|截止|累计|以来)[^\d。;；!？:：]){1,80}[,，])(?:全年|本年度?)共?主动发布(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条(?=[,，。;；]|$)")),
        // Under the heading of active disclosure, sentences without a count between, the whole year opening a sentence whose
        // clauses name no channel, part or running total, then the items disclosed ((一)主动公开 2025年,X镇…取得显著成效。全年
        // 始终聚焦中心工作与群众关切,…,持续拓宽公开广度、细化公开内容,主动公开信息达 747 条, a town's 2025 report): the year's
        // whole, as after the year's 主动发布 above. Under another heading (组织领导) such a sentence may be any task's.
        new("legacy.active.total", "条", Make(@"(?<=" + ActiveDisclosureHeading + @"(?:(?:(?!\d+[条件个次篇项])[^。;；!？()])+。){0,3}(?:全年|本年度?|(?:19|20)\d{2}年度?)[,，]?(?:(?!网|平台|专栏|栏目|专题|微信|微博|公众号|新媒体|客户端|通过|依托|利用|其中|转载|转发|报送|下属|所属|各|截至|截止|累计|以来)[^\d。;；!？:：]){1,120}[,，])主动公开(?:各类)?(?:政府|政务)?信息(?:共计|共|达)?" + Number + "条(?=[,，。;；]|$)")),
        // The active part of a whole that the sentence splits into 主动 and 依申请 (2020年,我局公开信息687条,其中主动公开668条(包括
        // 规划信息…等),依申请公开19条, a district bureau's): the year's active total.
        new("legacy.active.total", "条", Make(@"(?<=公开(?:各类)?(?:政府|政务)?信息(?:共计|共)?\d+条[,，]其中)主动公开(?:各类)?(?:政府|政务)?(?:信息)?(?:共计|共)?" + Number + @"条(?=(?:\([^()]{0,80}\))?[,，;；、]依申请公开(?:政府|政务)?(?:信息)?\d+条)")),
        // The year's own share after 其中, a running total before it (到2014年底累计共主动公开政府信息1323条,其中2014年主动公开
        // 政府信息130条, a district bureau's 2014 page): the report's year named, its items are the year's total.
        new("legacy.active.total", "条", Make(@"(?<=其中)(?<yr>(?:19|20)\d{2})年度?(?:新增的?)?主动公开(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The year's newly disclosed information with the year and the body as its subject, 主动 left out (2023年我镇新增公开
        // 政府信息19条, a town's): the year's new items are its active disclosure, as 新增主动公开 is (on application is
        // another sentence's). Only the report's year, the body itself (我/本) opening the clause (or right after a section's
        // heading: (一)主动公开情况 2023年我镇…, the compact text has no line ends).
        new("legacy.active.total", "条", Make(@"(?<=^|[。;；!？,，]|(?<!第)\([一二三四五六七八九十]{1,3}\)[^\d,，。;；:：!？()]{1,12})(?<yr>(?:19|20)\d{2})年度?[,，]?(?:我|本)[^\d,，。;；:：、]{1,3}?(?:共)?新增公开(?:的)?(?:政府|政务)信息(?:共计|共)?" + Number + "条")),
        // The report's year opening the sentence as its subject (2016年主动公开信息123条, a real township's), also after
        // 据统计 and with the items' kinds summed or said to be there (据统计,2011年度共主动公开各类信息155条; 2013年度
        // 主动公开信息的有5条: real bureaus').
        // The sentence may open on the figure itself, the year being the section's (（一）主动公开情况。主动公开信息231条，
        // 其中…, a city bureau's): nothing before it names a channel or a subject whose share it might be. The heading may
        // stand without its stop, the year opening the sentence under it ((一)主动公开情况 / 2020年,主动公开信息13491条, a city
        // bureau's page), and the items may be called 政务信息 (2023年,主动公开政务信息21 条, a zone committee's).
        // The year opening the sentence may sum its items (2025年,累计主动公开各类信息57条, a county branch's): that year summed,
        // as YearNamedOpeningSummed reads it; 累计 opening the sentence with no year before it stays a running total.
        new("legacy.active.total", "条", Make(@"(?<=^|[。;；:：!？]|据统计[,，]|(?<!第)\([一二三四五六七八九十]{1,3}\)主动公开(?:政府信息)?(?:情况|方面|工作)?)(?:(?<yr>(?:19|20)\d{2})年度?[,，]?(?:累计)?)?共?主动公开(?:各类)?(?:政务)?信息(?:共计|共|的有)?" + Number + "条")),
        // The sentence's last clause summing every kind of item (按规定定期更新完善…内容,按时上传工作动态,主动公开各类信息共31条, a
        // district bureau's under its (一)主动公开 heading): the clauses before it name no channel, column, part or other
        // body, and hold no figure, so the sum is the year's whole. 各类 and the sum's 共 both, so that a list's item
        // (主动公开信息3条) stays out; a channel before it (通过X网站,…) makes it that channel's.
        new("legacy.active.total", "条", Make(@"(?<=(?:^|[。;；!？])(?:(?!网|平台|专栏|栏目|专题|微信|微博|公众号|新媒体|客户端|通过|依托|利用|其中|转载|转发|报送|下属|所属|各|截至|截止|累计|以来)[^\d。;；!？:：]){1,80}[,，])主动公开各类(?:政府|政务)?信息(?:共计|共)" + Number + "条(?=[,，。;；]|$)")),
        // The year's sentence of the body's work ending on what it disclosed as the law asks (2023年,在…领导下,X分局认真落实
        // 《…目录》,依法主动公开信息41条, a city bureau's branch, right under 一、总体情况): the year's total. Nothing between the year and it may name a
        // channel, a column or a part (通过…网站, 专栏, 其中), whose share it would be.
        new("legacy.active.total", "条", Make(@"(?<=(?:^|[。;；!？]|[一二三四五六七八九十]{1,3}、[^\d,，。;；:：!？]{1,24}?(?:情况|方面|工作))(?<yr>(?:19|20)\d{2})年度?[,，](?:(?!其中|专栏|栏目|专题|平台|网站|网|微信|微博|公众号|新媒体|客户端|通过|依托|利用)[^。;；!？]){0,160}?[,，])依法主动公开(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条(?=[,，。;；]|$)")),
        // The count before the items it counts, the year opening the sentence (2009年共整理、录入、发布14条主动公开政府信息, a
        // real township's 2009 report): the year's items of active disclosure; the body's verbs may be listed before the
        // publishing one, but nothing between names a channel (通过…) or a part (其中). The sentence may open right after
        // a section's heading (二、主动公开政府信息情况 2009年共…: the compact text has no line ends).
        new("legacy.active.total", "条", Make(@"(?<=^|[。;；!？]|(?:[一二三四五六七八九十]{1,3}、|(?<!第)\([一二三四五六七八九十]{1,3}\))[^\d,，。;；:：!？()、]{1,16})(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，]?(?:(?:我|本)[^\d,，。;；:：、通]{1,4}?)?共?(?:[^\d,，。;；:：!？、通其]{1,4}、){0,4}(?:发布|公开|公布)了?" + Number + "条主动公开的?(?:政府)?信息(?=[,，。;；]|$)")),
        // The verb before the count and the items after it (2023年度主动公开的60条政府信息。其中发布街道动态50条…, a street
        // office's page whose heading 主动公开 stands before it without a number or a stop: the compact text has no line
        // ends): the year's items of active disclosure. Only the whole sentence: the items end it or its clause.
        new("legacy.active.total", "条", Make(@"(?<=(?:^|[。;；!？])(?:主动公开(?:政府信息)?(?:情况|方面|工作)?)?|(?:[一二三四五六七八九十]{1,3}、|(?<!第)\([一二三四五六七八九十]{1,3}\))[^\d,，。;；:：!？()、]{1,16})(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，]?(?:(?:我|本)[^\d,，。;；:：、通]{1,4}?)?共?主动公开了?的?" + Number + "条(?:各类)?(?:政府|政务)?信息(?=[,，。;；]|$)")),
        // The year's count as the last clause of a sentence the year and the body open (2022年，我局聚焦…工作，…及时公开群众
        // 最关心的信息，主动公开各类信息230条, a county bureau's): the body is the clause's subject; nothing between is 其中.
        // The channel words of TryFigure still make a channel's figure of it. The sentence may open right after a section's
        // heading (（一）主动公开情况 2022年，我局…: the compact text has no line ends).
        new("legacy.active.total", "条", Make(@"(?<=(?:^|[。;；!？]|(?<!第)\([一二三四五六七八九十]{1,3}\)[^\d,，。;；:：!？()]{1,12})(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，]?(?:我|本)[^\d,，。;；:：]{1,4}?(?:(?!其中)[^。;；!？]){0,160}?[,，](?:(?:我|本)(?:局|委|办|中心|单位))?)主动公开(?:各类)?(?:政府)?信息(?:共计|共)?" + Number + "条")),
        // Under the heading of active disclosure, the year's information of every kind published (（一）主动公开情况。2022年，
        // 共公开各类政府信息12888条，其中…, a county-level city's): the heading says which publishing it is, 各类 that it is
        // all of it; nothing stands between to name a channel or a subject whose share it might be. The sentence may open on
        // the whole year and come after the section's first sentences (（一）主动公开方面。根据…,积极推进…公开。全年公开各类政府
        // 信息3050条、政务动态信息更新2944条…, a county office's): up to three sentences, no parenthesis or heading among
        // them. The heading is looked for behind the wording once it is found (a lookbehind ahead of the match would be
        // tried at every place in the text).
        new("legacy.active.total", "条", Make(@"(?:(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，]?)?共?公开各类政府信息(?<=主动公开(?:政府信息)?(?:情况|方面|工作)?[。.:：](?:(?![一二三四五六七八九十]、)[^。()]{1,200}。){0,3}(?:(?:(?:19|20)\d{2})年度?|全年|本年度?)?[,，]?共?公开各类政府信息)(?:共计|共)?" + Number + "条")),
        // Right under the heading of active disclosure, the year's sentence with the body as its subject and every kind of its
        // information as the object (（一）主动公开 2023年，我局公开各类信息309条，其中工作动态信息306条…, a district police
        // branch's): the heading says which publishing it is, 各类 that it is all of it; nothing stands between.
        // The heading may be the section's own (二、主动公开政府信息情况) or name the count or the information (（一）主动公开政府信息
        // 的数量, （一）主动公开信息), and the year's items may be summed with 共计 or named without 各类 or 政府 (全年共公开信息253条,
        // 2022年度共计公开各类信息236条: a bureau's and a street's under such headings). The count may also close the first
        // sentence under that heading, after what the body did (（一）主动公开政府信息情况 / 我局认真贯彻…,在X门户网站开展信息公开
        // 工作,及时公开…等政务信息,2024年共公开各类信息89条。, a district bureau's): no bracket, 其中 or other sentence between.
        // Not a whole split after it into 主动公开 and the rest. The heading is looked for behind the wording once it is found.
        // The heading may name the information first (二、政府信息主动公开情况), the first sentence under it may end before the
        // count's (…主要通过网站、报刊等形式主动公开信息。全年,共公开各类信息153条, a district office's), with no figure, and the
        // items may be said 公开发布 (…等信息,全年公开发布信息 83 条, a county bureau's): the same whole.
        new("legacy.active.total", "条", Make(@"(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，]?(?:(?:我|本)[^\d,，。;；:：、]{1,3}?)?(?:共计|共)?公开(?:发布)?(?:各类)?(?:政府|政务)?信息(?<="
            + ActiveDisclosureHeading + @"(?:(?:(?!其中)[^。;；!？()]){0,200}?[,，]|(?:(?!其中)[^\d。;；!？()]){1,200}。)?(?:(?:19|20)\d{2}年度?|全年|本年度?)[,，]?(?:(?:我|本)[^\d,，。;；:：、]{1,3}?)?(?:共计|共)?公开(?:发布)?(?:各类)?(?:政府|政务)?信息)(?:共计|共)?"
            + Number + "条(?![,，;；]?其中[^。]{0,20}?主动公开)")),
        // The kinds of the year's items listed after 主动公开 and summed up by 等 as the clause's end (…,主动公开确权登记、国有
        // 土地使用权出让和划拨、用地审批等信息31条, a zone bureau's; …等内容139条, a provincial bureau's): two or more kinds, as the
        // same list opening its year's sentence is read above.
        new("legacy.active.total", "条", Make(@"(?<=[,，])主动公开了?(?:(?!其中)[^\d,，。;；:：!？、]{1,20}、){1,15}(?!其中)[^\d,，。;；:：!？、]{1,20}等(?:各类)?(?:政府|政务)?(?:信息|内容)(?:共计|共)?" + Number + "条(?=[,，。;；]|$)")),
        // Right under that heading, the year's sentence with the township or street named as its subject and its 政府信息 as
        // the object (（一）主动公开。2024年,X街道公开政府信息201条,其中政策文件8条,…, a street office's): the heading says which
        // publishing it is. Not 各 (各乡镇 in a county's report: its townships' sum).
        new("legacy.active.total", "条", Make(@"(?<=(?<!第)\([一二三四五六七八九十]{1,3}\)主动公开(?:政府信息)?(?:情况|方面|工作)?[。.:：]?)(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，]?(?:[^\d,，。;；:：、!？()各]{1,10}?(?:街道|镇|乡|苏木))?共?公开(?:政府|政务)信息(?:共计|共)?" + Number + "条")),
        // Right under that heading, the year's sentence ending on the body's active disclosure with no subject named, its
        // clauses saying what was updated or by which rules (（一）主动公开。2024年,按照X市政府信息公开要求,对街道机构职能、…等
        // 信息进行更新,主动公开政务信息6063条,通过…, a street's): the heading and the year make it the year's; no figure and no
        // 其中 may stand before it. The heading is looked for behind the wording once it is found.
        new("legacy.active.total", "条", Make(@"主动公开(?<=(?<!第)\([一二三四五六七八九十]{1,3}\)主动公开(?:政府信息)?(?:情况|方面|工作)?[。.:：]?(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，](?:(?!其中)[^\d。;；!？]){0,160}?[,，]主动公开)(?:各类)?(?:政府|政务)信息(?:共计|共)?" + Number + "条")),
        // The 统计表's 制发规范性文件总数 in the words of a list of the year's documents (制定发布规范性文件4件,清理废止文件0件, a
        // district's; 全年共制定政府规范性文件3件,废止…6件, a town's): made and issued. The verb opens its clause or follows the
        // year, 共 or the body itself: not documents the body reviewed or had others make (审核各镇制定…, 指导各科室制定…).
        new("legacy.active.normative_docs_issued", "件", Make(@"(?<=^|[,，。;；:：、]|全年|本年度?|年度?|共|累计|(?:我|本)(?:局|委|办|镇|乡|街道|单位|中心|厅))(?:制定(?:并|和)?(?:发布|印发|出台)|制定|制发|印发)了?(?:各类)?(?:政府|行政)?规范性文件(?:共计|共)?" + Number + "件")),
        // The site's count as its items published (全年主动公开政府信息7390条,其中主动公开规范性文件4条,网站信息发布量3633条, a
        // provincial bureau's), as the WeChat account's is read: the body's own site, no other's named.
        new("legacy.channel.website", "条", Make(@"(?<=^|[,，。;；:：]|其中|全年)(?:政府|门户)?网站信息发布(?:量|数)(?:共计|共|为|达)?" + Number + "条")),
        // The 统计表's row in its short form (政府网站公开信息数71条, a real township's); also with the items uploaded (全年我街道
        // 政府网站公开上传信息64条, a real street office's), and the information's 总数 (X市民政局网站公开信息总数357条, a city
        // bureau's, beside its WeChat account's count).
        new("legacy.channel.website", "条", Make(@"(?:政府|门户|[局委办])?网站(?:主动)?公开(?:上传)?(?:各类)?(?:政府)?信息(?:总数为?|数为|数)?共?" + Number + "条")),
        // The body's own site right after 通过, publishing (2022年通过网站发布各类信息528条, a municipality's bureau, its parts
        // after 其中): the site's count, as 通过网站公开 is; not a site named by others (省市县网站, 上级网站).
        new("legacy.channel.website", "条", Make(@"(?<=通过)网站(?:主动)?发布(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The body's items through the government portal counted as articles (2022年,通过政府门户网站共发布信息18篇,其中,…, a
        // county-level city bureau's mirror page): the site's count, as its 条 are; the site is no higher body's (上级).
        new("legacy.channel.website", "条", Make(@"(?:通过|在|依托|利用)(?:(?!上级)[^\d,，。;；、!？""]){0,10}?(?:政府门户网站|门户网站|政府网站)上?(?:全年)?(?:共计|共)?(?:主动)?(?:发布|公开)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "篇")),
        // The verb before the site's information (全年累计公开政府网站信息9062条, a district office's): the items the government
        // website carried that year. Not reposts (转发…网站信息). Items updated on the portal are posted there, as a site
        // updated with items posts them (全年…通过政府门户网站进行公开,共更新门户网站信息650条, a street's).
        new("legacy.channel.website", "条", Make(@"(?<!转(?:载|发)?)(?:公开|发布|更新)(?:政府|门户)网站(?:各类)?信息(?:共计|共)?" + Number + "条")),
        // The same with the information left unsaid where the 统计表's channel names stand as a whole's parts (…共发布各类信息
        // 数量N条(其中:政府网站公开N条,县政府公报公开N条,政务微博公开N条…), a county's; 其中通过政府网站公开86条, a 盟 office's).
        new("legacy.channel.website", "条", Make(@"政府网站(?:主动)?公开共?" + Number + "条")),
        // The government's portal named first among the parts of the year's total, as 门户网 without 站, counted in 篇 (…主动公开政府
        // 信息558条，其中，X区人民政府门户网公开118篇、“X”发布356条…, a town's 2023 report): the portal's own count of the
        // body's items, as 其中政府网站N条 is.
        new("legacy.channel.website", "条", Make(@"(?<=其中[,，:：]?)[^\d,，。;；:：、!？""]{2,12}?人民政府门户网站?(?:主动)?(?:公开|发布)(?:各类)?(?:政府|政务)?(?:信息)?共?" + Number + "[条篇]")),
        // The site alone right after 其中, the whole's parts listed by channel (累计主动公开信息13648条,其中政府网站2689条,政务新媒体
        // 公开3086条…, a district's): the site's count; not a site's column or another body's site (其中市政府网站…). The bare
        // 网站 with its verb (全年在网站和微信平台公布信息202条，其中网站公布194条，微信公众号公布4条, a city bureau's): the
        // body's site among its channels. 通过 may stand before the site (…主动公开政府信息355条,其中通过网站公开145条, a city
        // bureau's), and the site may be the body's official one with its address after it (共发布各类政务信息1634条,其中局官方
        // 网站(http://…)发布922条,微博“X”发布243条…, a city bureau's).
        new("legacy.channel.website", "条", Make(@"(?<=其中[,，:：]?)(?:通过)?(?:(?:政府|门户)网站共?|(?:[局委办]官方|官方)?网站(?:\((?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\))?(?:公布|发布|公开)(?:信息)?共?)" + Number + "条")),
        // A list of the body's channels, each a clause of its own with the channel as its subject (…,其中,门户网站公开125条,
        // 微信公众号公开92条; 通过X官方网站公开信息3605条,微博公开信息650条,微信公开信息1246条; 官方微博信息发布129条;
        // real townships' and zones' wordings): the portal without 信息 only so, the bare 微博 / 微信 only opening the
        // clause or after the previous channel's count (…818条、微信发布1468条、微博发布1576条; 微博、微信公开… would be their
        // sum), and an official account's items named before the verb. The portal may be named by its government's level
        // (其中,县政府门户网站公开1984条,政务新媒体公开555条, a county's).
        new("legacy.channel.website", "条", Make(@"(?<=^|[,，。;；:：]|其中|\d条、)(?:[省市县区旗州盟]?政府)?门户网站(?:主动)?公开(?:各类)?(?:政府)?(?:信息)?共?" + Number + "条")),
        // The account's quoted name may stand between the channel and its verb (…,微博“X文旅”发布243条,微信“X文旅在线”发布469条,
        // a city bureau's list after the whole): the body's account.
        // Its items may be pushed (…政策解读18件,微博推送信息319条, a city office's list), as a WeChat account's are, and
        // counted in 篇 as a WeChat account's may be (…,微博发布信息214篇, a provincial department's).
        new("legacy.channel.weibo", "条", Make(@"(?<=^|[,，。;；:：]|其中|\d条、)微博(?:账号(?:\(\d{1,2}个\))?)?(?:""[^""]{1,12}"")?(?:主动)?(?:公开|发布|推送)(?:各类)?(?:政府)?(?:信息)?共?" + Number + "[条篇]")),
        // The body's own account named by its designation alone (…通过局门户网站公开…,局微博发布信息541条,局微信公众号…, a city
        // bureau's list of its channels): the bureau's own weibo; another body's (市局微博, 县局微博) is none.
        new("legacy.channel.weibo", "条", Make(@"(?<=(?:^|[,，。;；:：])(?:我|本)?(?:局|委|厅|办|署))微博(?:账号)?(?:主动)?(?:公开|发布|推送)(?:各类)?(?:政府|政务)?(?:信息)?共?" + Number + "[条篇]")),
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：]|其中|\d条、)微信(?:""[^""]{1,12}"")?(?:主动)?(?:公开|发布)(?:各类)?(?:政府)?(?:信息)?共?" + Number + "条")),
        // Through it, its count as the 统计表's 数 after the site's (通过政府网站公开政府信息数216条,通过微信公开政府信息数22条, a
        // street's 2021 report): the channel's row written out.
        new("legacy.channel.wechat", "条", Make(@"(?<=网站(?:主动)?公开(?:政府)?信息数\d+条[,，、])通过微信(?:主动)?公开(?:政府)?信息数(?:为)?" + Number + "条")),
        new("legacy.channel.weibo", "条", Make(@"(?:政务|官方)微博信息(?:发布|公开|更新)共?" + Number + "条")),
        new("legacy.channel.wechat", "条", Make(@"(?:政务|官方)微信(?:公众号)?信息(?:发布|公开|推送)共?" + Number + "条")),
        // 通过/在/依托…门户网站主动公开政府信息267条 (also with a comma before the verb), …公开信息数163条, …公开各类信息46条, …发布主动公开信息2130条, …公开政务信息115条,
        // …门户网站共主动公开政府信息6条, 通过“X人民政府门户网站”发布信息N条 (real county bodies', towns', a 盟 office's and a 兵团
        // 团's wordings); 利用区政府网站主动公开政府信息共计5条 (a real bureau's). A portal named X政务网 is a government website
        // too (全年在某区政务网公开政府信息20条, a real street office's; 通过某市政务网发布政府信息N条, a real city's; 在X政务网站
        // 发布各类信息N条, a zone's). 公布 is
        // 发布 in other words (通过政府网站主动公布政府信息共计N条, a real town's).
        // The site may carry the short name the report gives it (通过“X”门户网站(以下简称“区门户网站”)公开5条, a real district
        // office's, the count right after the verb), and the year's items may be listed by their kinds before 等(相关)信息
        // (在X门户网站主动公开政策文件、行政执法、财政预决算等相关信息41条, a real district commission's), as the year's
        // total may: two or more kinds ended by 等 sum them up.
        // The short name may be given as 下称 (依托区政府门户网站(下称:某某政务网)主动公开政府信息31条, a town's 2019 report).
        // A portal called X政府在线 is the government website too (在某区政府在线网站共发布信息501条, a real office's), and the
        // count may come before the items (在政府网站上共公开285条信息, a real town's). The count may be the items' 数量, then
        // also in 件 (在政府门户网站上主动公开信息数量为46件, a real town's 2009 report): 数量 names the items' count, not a
        // count of documents.
        // A department's own site goes by the department's name (在X市卫生健康委员会网站累计发布信息313条 after the year's
        // months, a real commission's; 累计 is the year summed there, see YearSummed).
        // The body's own site by its kind right after the verb (通过局网站发布各类信息365条, a real bureau's; not 通过市局网站, a
        // higher body's): a site named by a department other than in full (委员会) may be another body's. The whole year may
        // stand between site and verb (通过“X”门户网站，全年发布各类政务信息N条, a city government's).
        // The site may go by its name (通过X旗人民政府网公开信息23条, a 苏木's), quoted up to 网站 (通过“X县人民政府”网站公开2条信息,
        // a town's), and the kinds listed may be called 主动公开信息 (发布各类工作动态、公示公告等主动公开信息73条, a township's).
        // The site may also be named by its owner with its address after it and no 网站 (通过某县人民政府(http://www.x.gov.cn)
        // 主动公开某乡人民政府信息57条, a real township's), and the information by the body it is about (某乡人民政府信息).
        // Items posted as updates are published (全年累计在政府门户网站更新发布信息17条, a township's). The items of active
        // disclosure may be called its kind (通过政府网站主动公开类信息12条, a town's 2021 report).
        // A body's official site by its full name (通过X市行政审批服务局官网主动公开各类政府信息113条, a county-level city
        // bureau's: 官网 is its website; not 市局官网, a higher body's). Two verbs may stand together (在政府门户网站上共发布公开
        // 各类政务信息62条, a county bureau's; 主动公开发布 may be every channel's). Information counted in 件 is the site's items where it is named the government
        // information itself (通过政府门户网站主动公开政府信息69件, a county bureau's), as the year's total is counted.
        // The count may be summed by 共计 before the verb (2023年我镇在政府网站共计公开各类政府信息36条, a town's).
        // The count may be the information's 总数 (通过政府网站主动公开信息总数773条, a county office's), and the verb may be
        // done 依法 (各级行政机关通过政府门户网站依法主动公开政府信息N条, a city's); not 及时, which comes with lists of what
        // was published (依托政府门户网站及时公开机构设置、…等政府信息N条: the site's count or the whole's, not said).
        // The two verbs the other way round after the site itself (在市政府门户网站主动公开发布信息N条, a county-level city's,
        // its parts the site's columns): the site's count, as 发布公开 is.
        // The site's disclosure platform may be named after it (在县政府网站政务公开平台主动公开政府信息136条, a real township's):
        // the site's items all the same. Not a column (…网站政府信息公开专栏…, which earlier sets hold may be a part of the
        // site's items) nor another topic's (疫情防控专栏). Nor is the sites' shared platform the site names (通过某市人民政府网站
        // 集约化平台共主动公开政府信息201条, a county bureau's publishing through its city's 政府网站集约化 platform): the site.
        // The body's sub-site on the portal is its site there (通过某县人民政府网站某局子站向社会公布各类政府信息115条, a county
        // bureau's; or its 小首页, small home page: 通过X区人民政府网区Y局小首页主动公开政府信息167条, a district bureau's), the
        // items published to the public (向社会) all the same; the items may be called 各类主动公开信息 (通过我局政府门户网站
        // 发布各类主动公开信息801条, a city bureau's) or 政府公开信息 (通过某区政府网站发布政府公开信息共105条, a district
        // bureau's): the site's items.
        // The information may be counted as its 总量 (通过县人民政府门户网站主动公开信息总量N条, a county's). Where the items go
        // unsaid before the count, nothing may follow it but the clause's end or the information itself (公开7条。; 公开285条
        // 信息): a count before another noun counts that (在政府门户网站发布5条重大行政决策草案, a county-level city's: drafts).
        // The items may be published once checked (在X县人民政府网站审核发布各类工作信息58条, a township's: its work information of
        // every kind), and the government's site may be called its 外网, the public network (在县人民政府外网主动公开政府信息数
        // 13条, a town's 2019 report). A disclosure site may be called its 网, the items put up on it (我局主动在某市政务信息公开网上
        // 公开政府信息51条, a city bureau's 2014 report): the site, as 信息公开网站 is.
        // The site's management platform, its cloud (通过X县政府网站管理云平台主动公开政府信息188条, a town's), is the site; the
        // items may go 向社会 before 主动 (通过“X”门户网站向社会主动公开政府信息69条, a street office's). A column of the site
        // (门户网站信息公开专栏主动公开…N条) stays unread: earlier sets leave a 专栏's count unscored, not certainly the site's.
        // The disclosure site's 网 may have its verb right after it (市医疗保障局在信息公开网主动公开各类政府信息共计402条, a city
        // bureau's), and the government's site for its departments may be named so (在市政府部门网站发布各类信息1853条, a city
        // bureau's): the site all the same.
        // The site may be named as the way the items went out (X县文化和旅游局通过政府门户网站方式公开政府信息2条, a county
        // bureau's), as a WeChat account is (微信公众平台方式): the site's items.
        // The count may be named 数量 without 为 (2025年卫健局通过市政府网站主动公开政府信息数量4条, a county-level city bureau's).
        // The government information site may be called its 网站 in full (通过政府信息网站发布信息15条, a township's), as its
        // 政府信息网 already was.
        // The verb may be said done already (通过X县人民政府网已公开各类信息N条, a county's list of its channels): the site's count.
        // The site's items published as organised (依托政府门户网站组织发布信息3470条, a county office's): 组织 before the verb as
        // 更新/审核 are.
        // The items named as the government's, its office's included in brackets (依托门户网站主动公开区政府(含区政府办公室)信息
        // N条, a district office's): the items the report's bodies put on the site, its count.
        // The government's disclosure site called its 公开网站 (全年在某市人民政府公开网站累计主动公开政府信息N条, a town's
        // 2020 report): the site, as 信息公开网站 is.
        // The bureau's site named in full as its official one (在局官方网站上公开各类政务信息230条, a city bureau's), as 局网站
        // and 局官网 are; the disclosure said timely as well as lawful (区教育局通过政府门户网站及时依法主动公开446条信息, a district
        // bureau's on a glossed mirror): 及时 stands with 依法 before the verb. Only so: 及时公开机构设置、…等政府信息96条 (a
        // street's) lists topics, a share of the site's items.
        // A bare 政府门户 (通过政府门户主动公开信息213条, a town's; not 各政府门户, several sites' sum), a zone's 官网 after its name and a bare 官网 after the verb
        // (通过X片区官网更新各类政府信息446条: 更新 alone as the verb), a site named by its quoted name with the columns it published in (利用"X办公室"
        // 网站,在"A""B"等栏目发布信息713条, a provincial office's), and a bureau's sub-column of the government site (在政府网站
        // X局子栏目公开信息95条): the site's count, as the site's other names are.
        // A zone committee's own site (通过管委会网站公开发布信息685条) and the site's disclosure platform after 的 (通过政府网站的
        // 政府信息公开平台发布政府信息448条): the site's count. Not a portal's disclosure column (StreetSiteAndApplicationRuleTests).
        new("legacy.channel.website", "条", Make(@"(?:通过|在|依托|利用)(?:[^,。;、!？]{0,20}?(?:政府在线(?:""?网站|网)?|政府(?:""?网站|外?网)|政府公开网站|政府信息网站?|政府部门网站|门户网站?|(?<!各)政府门户(?!网)|""[^"",，。]{2,30}""(?:门户)?网站|信息公开网(?:站|(?=[""》]?上)|(?=(?:主动)?(?:公开|发布)))|政务网站?|委员会网站|管委会网站|人民政府\((?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\))|[^,。;、!？\d]{2,20}?(?<![省市州县区旗])局官网|[^,。;、!？\d]{2,20}?(?:片区|园区|开发区|高新区|新区|管委会)官网|(?:本|我)?[局委办](?:官方)?网站|(?:本|我)?[局委办]?官网)[""》]?[上中内]?(?:的?(?:政务公开|政府信息公开|信息公开|集约化|管理云|管理|云)?平台[上中内]?|\((?:政务公开|政府信息公开|信息公开)平台\)[上中内]?)?(?:[^\d,，。;；:：!？、()""]{1,8}?(?:子站|小首页|子栏目))?(?:\((?:以下)?(?:简称|下称)[^()]{1,20}\))?(?:方式)?[,，]?(?:在(?:""[^""]{1,12}""[、,，]?){1,8}等(?:栏目|专栏))?(?:全年)?(?:共计|共)?(?:累计)?(?:及时(?=依法))?(?:依法)?(?:向社会)?(?:已)?(?:主动)?(?:(?:更新|审核|组织)?(?:向社会)?(?:发布公开|公开发布|发布|公开|公布)|更新)了?(?:本年度?)?(?<items>(?:主动公开)?(?:各类(?:工作)?|类)?(?:主动公开)?(?:[^\d,，。;；:：!？、()""]{1,12}?人民政府|[省市县区旗州盟]政府\((?:含|包括)[^\d,，。;；:：!？()""]{2,12}\)|(?<gov>政府)|政务)?(?:公开)?信息(?:总数|总量为?|数为|数|内容|(?<qty>的?数量为?))?|(?:(?!其中)[^\d,，。;；:：!？、]{1,16}、){1,15}(?!其中)[^\d,，。;；:：!？、]{1,16}等(?:主动公开)?(?:相关)?(?:各类)?(?:政府)?信息)?(?:共计|共有|共|了|有)?" + Number + "(?:条|(?(qty)件|(?(gov)件|(?!))))"
            + @"(?(items)|(?=[,，。;；:：、()（）!？]|$|的?(?:各类)?(?:政府|政务)?信息))")),
        // The disclosure platform's own website, named so before 网站 (2021年,X镇在Y区政府信息公开平台网站上更新各类信息76条, a
        // town's 2021 report): the site the township's items go out on; updated items are posted ones, as on a portal.
        // A provincial department's own site as 厅官网, nothing before it (全年在厅官网上主动公开政府信息2726条, a department's
        // page): the body's site, as 局网站 is a bureau's. Another's site (在省X厅网站) names a body before 厅 and is not this.
        new("legacy.channel.website", "条", Make(@"(?:通过|在|依托|利用)(?:本|我)?厅(?:官网|官方网站|门户网站|网站)[上中内]?(?:全年)?(?:共计|共|累计)?(?:主动)?(?:发布|公开|公布)了?(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        new("legacy.channel.website", "条", Make(@"(?:通过|在|依托|利用)[^\d,，。;；、!？""]{0,20}?(?:政府信息公开|信息公开|政务公开)平台网站[上中内]?(?:全年)?(?:共计|共)?(?:主动)?(?:更新发布|发布公开|公开发布|更新|发布|公开)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The site the body published its items through, then their count in the next clause (及时通过区门户网站对街道信息公开
        // 目录的各类公开资料进行公开,主动公开各类信息49条, a street office's): what was published through the site, counted.
        // Nothing else may be named as published through (…和微信公众号对…) or counted between.
        new("legacy.channel.website", "条", Make(@"(?:通过|在|依托|利用)[^,，。;；、!？\d]{0,20}?(?:政府网站|门户网站?|政务网站?)[""》]?(?:上)?对(?:(?!网站|微信|微博|公众号|客户端)[^\d,，。;；!？]){1,30}?进行(?:了)?(?:主动)?(?:公开|发布|公布)[,，](?:共)?(?:主动)?(?:公开|发布)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The site itself as the clause's subject (2022年，开发区门户网站发布信息1330条, a real zone's; 我县政府网站共发布各类信息N条):
        // not a site the body sends to (向/为…网站, 上级网站, 报送, 采用). The site may go by its name (X县人民政府网公开政府信息N条),
        // a department's by the department's (市卫生健康委网站共发布信息N条, a real city commission's), not by a level alone
        // (市局网站 is a higher body's).
        // A site updated with items posts them (区政府网站全年更新各类政府信息N条, a district's). A department's full name may be
        // long (X市自然资源和城乡建设局门户网站发布政务信息N条, a city bureau's: 政务信息 is 政府信息). The verb may be done
        // 主动 (省政府门户网站主动发布各类信息N条, a province's summary: its government's portal).
        // In a government's own report the site may publish its whole area's information (市政府门户网站公开全市各类政府信息共计
        // N条, a county-level city's): the portal's count (`whole`: a department's report counts its own, not its area's).
        // The body's disclosure site by that name (2023年,我镇政务信息公开网主动公开各类政务信息11条, a town's) is its site.
        // The body's own disclosure site as the subject (全年街道本级信息公开网站共发布政府信息60条, a street office's 2015 report), as
        // it is after 通过.
        // The report's year may open the clause before the site (2023年度我区政府网站共发布信息N条, a district's): that year's count.
        // The verb may be 公布 (其中市X局门户网站主动公布各类信息100条, a city bureau's part after its total): as 发布/公开.
        // The items may be named by the body's own field (2022年县政府门户网站共发布卫生健康信息493条 in a county's 卫生健康委员会
        // report): all it publishes, the site's count (`field`: only the words the body's name holds right after its place, so
        // not a topic's share, 疫情防控信息). The clause may open right after the section's heading of active disclosure, the
        // compact text having no line ends ((一)主动公开情况 2022年县政府门户网站…).
        // Two verbs joined by 、 (区政府网站主动公开、审核发布信息9765条, a district office's): the site's items all the same.
        // The site's columns all together (2023年,某县政府门户网站各栏目发布信息N条,其中…, a county office's): the site's count. The
        // items named by their kinds, the last the rest of them (政府门户网站共发布政务新闻动态、其他政务信息N条, a county-level
        // city's part after its total): every kind, the site's count.
        // The bureau's site as its 外网 (其中,省X局外网公开政府信息631条, a provincial bureau's), and the kinds it published listed
        // before 等信息 (局网站全年发布新闻、文件、通知、通报等信息17条, a county bureau's): the site's count.
        new("legacy.channel.website", "条", Make(@"(?<=^|[,。;；:!？]|(?<!第)\([一二三四五六七八九十]{1,3}\)主动公开(?:政府信息)?(?:情况|方面|工作)?)(?!(?:[^,。;；]{0,16}?)(?:上级|报送|采用|转载))(?:(?<yr>(?:19|20)\d{2})年度?[,，]?)?[^\d,。;；:、!？""向为给被在]{0,16}?(?:政府网站|门户网站|人民政府网|信息公开网站|(?:政府|政务)信息公开网(?!站)|(?:委员会|(?<![市县区省])[局委办])(?:网站|外网))(?:全年)?(?:各个?栏目)?共?(?:(?:主动)?(?:公开|发布)、(?:审核)?)?(?:主动)?(?:发布|公开|更新|公布)(?<whole>全[省市县区旗州盟])?(?:(?:[^\d,，。;；:：!？、()""]{2,12}、){1,6}其[他它]|(?:[^\d,，。;；:：!？、()""]{1,12}、){1,8}[^\d,，。;；:：!？、()""]{1,12}?等)?(?:各类)?(?:政府|政务|(?<field>[\u4E00-\u9FFF]{2,8}?))?信息(?:共计|共)?" + Number + "条")),
        // The same site as the subject with its items before the verb (2024年,某县人民政府门户网站信息发布共计N条,其中…, a
        // county's); the bare 网站 so only right after the clause that names the portal as the way (依托区政府门户网站,网站信息
        // 发布N条,其中…, a district's): the site's count, its kinds after it.
        new("legacy.channel.website", "条", Make(@"(?<=^|[,。;；:!？])(?!(?:[^,。;；]{0,16}?)(?:上级|报送|采用|转载))(?:(?<yr>(?:19|20)\d{2})年度?[,，]?)?(?:[^\d,。;；:、!？""向为给被在]{0,16}?(?:政府网站|门户网站|人民政府网)|(?<=(?:依托|通过|利用)[^\d,，。;；]{0,20}?(?:政府网站|门户网站)[,，])网站)(?:全年)?(?:各类)?(?:政府|政务)?信息(?:发布|公开|更新)(?:量|数)?(?:共计|共|为|达)?" + Number + "条")),
        // The same site as the subject with the count before the items it counts (2023年,我镇政府网站共发布1722条信息,其中…, a
        // town's): only the information itself right after 条, the clause ending there; a count before another noun counts
        // that (门户网站发布5条重大行政决策草案: drafts).
        new("legacy.channel.website", "条", Make(@"(?<=^|[,。;；:!？])(?!(?:[^,。;；]{0,16}?)(?:上级|报送|采用|转载))[^\d,。;；:、!？""向为给被在]{0,16}?(?:政府网站|门户网站|人民政府网|(?:委员会|(?<![市县区省])[局委办])网站)(?:全年)?共?(?:主动)?(?:发布|公开|更新)了?" + Number + "条(?:各类)?(?:政府|政务)?信息(?=[,，。;；]|$)")),
        // A portal named X政务网 opening a sentence as its subject, as 通过X政务网 is read above (X市政务网发布信息107条 after the
        // channels' sum, a county-level city bureau's): only a place's short name before it, so not where the body has its
        // departments publish through it (我办督促…通过X政务网发布…).
        new("legacy.channel.website", "条", Make(@"(?<=^|[。;；!？])[^\d,，。;；:：、!？""向为给被在通督]{1,8}?政务网(?:全年)?共?(?:发布|公开|更新)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The body's own account by its kind or its platform (官方微博发布信息N条; 通过新浪微博发布信息4406条, a real bureau's),
        // its government's (区政府微博发布信息N条, a district's) or by its quoted name (“X”微博更新信息N条, a district commission's);
        // the information may be left unsaid (政务微博公开370条, a county's list of channels), or its posts called 消息 (校园
        // 官方微博发布消息N条, a college's, as a WeChat account's are).
        // Its items may be called 政务信息 (通过政务微博公开政务信息70条, a real district's 2015 report), as the WeChat
        // account's are: 政务信息 is 政府信息.
        // The account may be called 微博号 (在X公安官方微博号发布信息620条, a district police branch's), also after its quoted
        // name (“X发布”微博账号发布信息N条, a county-level city's, beside its WeChat account's count).
        // Its items may be pushed, as a WeChat account's are (通过“X政务”微博推送信息N条, a city's 2024 report), or made public
        // (在X政务微博公布信息257条, a provincial bureau's 2023 report), 主动 before the verb (通过“X教育局”微博主动公开信息445条).
        new("legacy.channel.weibo", "条", Make(@"(?:(?:政务|官方|新浪|政府)微博(?:号|账号)?|""[^""]{1,12}""微博(?:号|账号)?|""[^""]{1,10}微博"")共?(?:主动)?(?:公开|发布|推送|更新|公布)(?:(?:各类)?(?:政府|政务)?信息|消息)?共?" + Number + "条")),
        // The account's count right after the account, as the weibo's above (“X气象”官方微信公众平台发布416条, a city
        // bureau's, 公众平台 being the account's platform), also updated as the weibo is (“X”官方微信更新N条, a city commission's).
        new("legacy.channel.wechat", "条", Make(@"(?:政务|官方)微信(?:公众号|公众平台|订阅号|服务号)?共?(?:公开|发布|推送|更新)(?:(?:各类)?(?:政府)?信息)?共?" + Number + "条")),
        // The account by its quoted name and the bare 微信, as the weibo's is by its quoted name and 微博 (通过“X”微博推送信息N条,
        // “X政府网”微信推送信息M条, a city's 2024 report): the body's own account, its name opening the clause as the quoted
        // 公众号's does below; not a name the clause sends to (向“X”微信…) or a group (微信群).
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：]|通过|在|利用|依托|平台|新媒体)""[^""、,，。;；]{1,12}""微信(?:号|账号)?共?(?:公开|发布|推送|更新)(?:(?:各类)?(?:政府|政务)?信息|消息)?共?" + Number + "条")),
        // The two accounts and their counts paired by 分别 (通过“X”政务微博、“X”微信公众号分别公开发布各类信息277条、523条, a real
        // zone's): the first count the first account's, the second the second's; not where a third count follows. The names
        // may follow the platforms (通过官方微博“X”、微信公众号“Y”分别发布各类信息92条、306条, a street's 2019 report).
        new("legacy.channel.weibo", "条", Make(@"(?:政务|官方)?微博(?:""[^""]{1,12}"")?、[^,，。;；:：\d]{0,16}?微信(?:公众号|公众平台|订阅号|服务号)?(?:""[^""]{1,12}"")?分别(?:公开)?(?:发布|公开|推送)(?:各类)?(?:政府)?(?:信息)?" + Number + @"条[、和]\d+条(?![、和]\d)")),
        new("legacy.channel.wechat", "条", Make(@"(?:政务|官方)?微博(?:""[^""]{1,12}"")?、[^,，。;；:：\d]{0,16}?微信(?:公众号|公众平台|订阅号|服务号)?(?:""[^""]{1,12}"")?分别(?:公开)?(?:发布|公开|推送)(?:各类)?(?:政府)?(?:信息)?\d+条[、和]" + Number + @"条(?![、和]\d)")),
        new("legacy.channel.wechat", "条", Make(@"(?:政务|官方)?微信(?:公众号|公众平台|订阅号|服务号)?(?:""[^""]{1,12}"")?、[^,，。;；:：\d]{0,16}?微博(?:""[^""]{1,12}"")?分别(?:公开)?(?:发布|公开|推送)(?:各类)?(?:政府)?(?:信息)?" + Number + @"条[、和]\d+条(?![、和]\d)")),
        new("legacy.channel.weibo", "条", Make(@"(?:政务|官方)?微信(?:公众号|公众平台|订阅号|服务号)?(?:""[^""]{1,12}"")?、[^,，。;；:：\d]{0,16}?微博(?:""[^""]{1,12}"")?分别(?:公开)?(?:发布|公开|推送)(?:各类)?(?:政府)?(?:信息)?\d+条[、和]" + Number + @"条(?![、和]\d)")),
        // The two accounts run together and the verb said before 分别 (在街道政务微博微信公开信息分别为545条和378条, a street
        // office's): each account's count in the order the accounts are named, as above.
        new("legacy.channel.weibo", "条", Make(@"(?:政务|官方)?微博[、和及与]?(?:政务|官方)?微信(?:公众号|公众平台|订阅号|服务号)?(?:公开|发布|推送)(?:各类)?(?:政府|政务)?(?:信息)?(?:数)?分别为?" + Number + @"条[、和]\d+条(?![、和]\d)")),
        new("legacy.channel.wechat", "条", Make(@"(?:政务|官方)?微博[、和及与]?(?:政务|官方)?微信(?:公众号|公众平台|订阅号|服务号)?(?:公开|发布|推送)(?:各类)?(?:政府|政务)?(?:信息)?(?:数)?分别为?\d+条[、和]" + Number + @"条(?![、和]\d)")),
        new("legacy.channel.wechat", "条", Make(@"(?:政务|官方)?微信(?:公众号|公众平台|订阅号|服务号)?[、和及与]?(?:政务|官方)?微博(?:公开|发布|推送)(?:各类)?(?:政府|政务)?(?:信息)?(?:数)?分别为?" + Number + @"条[、和]\d+条(?![、和]\d)")),
        new("legacy.channel.weibo", "条", Make(@"(?:政务|官方)?微信(?:公众号|公众平台|订阅号|服务号)?[、和及与]?(?:政务|官方)?微博(?:公开|发布|推送)(?:各类)?(?:政府|政务)?(?:信息)?(?:数)?分别为?\d+条[、和]" + Number + @"条(?![、和]\d)")),
        // The body's own website and its WeChat account paired by 分别 (委员会官方网站和政务新媒体微信公众号“X”分别发布信息353条、
        // 542条, a zone committee's page): the second count the account's, as for the two accounts above. Only the body's own
        // site (官方, 门户, its designation) before the account, not a government's named by its level (市政府网站和…); not where a
        // third count follows.
        new("legacy.channel.wechat", "条", Make(@"(?<![省市州县区旗]政府|[省市州县区旗]级|上级)(?<!门户|官方|[局委办])(?:官方|门户|[局委办])?网站[和及与、](?:政务新媒体)?(?:政务|官方)?微信(?:公众号|公众平台|订阅号|服务号)(?:""[^""]{1,12}"")?分别(?:公开)?(?:发布|公开|推送)(?:各类)?(?:政府|政务)?(?:信息)?\d+条[、和]" + Number + @"条(?![、和]\d)")),
        // The verb before the account, said once for the next one too (…小程序主动公开信息394条、发布微博67条、微信公众号358条, a
        // town's): each account's own count; not a repost (转发).
        new("legacy.channel.weibo", "条", Make(@"(?<=^|[,，。;；:：、]|其中)(?:发布|推送)(?:政务|官方)?微博(?:信息)?共?" + Number + "条")),
        new("legacy.channel.wechat", "条", Make(@"(?<=(?<=^|[,，。;；:：、]|其中)(?:发布|推送)(?:政务|官方)?微博(?:信息)?共?\d+条、)(?:政务|官方)?微信(?:公众号|公众平台)?(?:信息)?共?" + Number + "条")),
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：、]|其中)(?:发布|推送)(?:政务|官方)?微信(?:公众号|公众平台)?(?:信息)?共?" + Number + "条")),
        // The verb said once before two accounts a comma apart (…其中政府网站公开1970条,推送微信信息1808条,微博信息1760条, a city
        // bureau's list of its channels): the second account's own count, as after 、.
        new("legacy.channel.weibo", "条", Make(@"(?<=(?<=^|[,，。;；:：、]|其中)(?:发布|推送)(?:政务|官方)?微信(?:公众号|公众平台)?(?:信息)?共?\d+条[、,，])(?:政务|官方)?微博(?:信息)?共?" + Number + "条")),
        // The new media named by the one account they are, in brackets after the items (通过新媒体公开信息(“X县某某局”微信公众号)
        // 96条, a county bureau's): that account's count; not where the brackets name more than one channel.
        new("legacy.channel.wechat", "条", Make(@"新媒体(?:主动)?(?:公开|发布|推送)(?:各类)?(?:政府|政务)?信息\((?:""[^""、和及与,，]{1,20}""|[^()""、和及与,，]{1,20}?)微信(?:公众号|公众平台|订阅号|服务号)\)共?" + Number + "条")),
        // The body's account right after 通过 (通过微博公众号发布信息51条, a real bureau's, beside its site and WeChat counts);
        // 通过微博、微信… would be their sum.
        new("legacy.channel.weibo", "条", Make(@"(?<=通过)微博(?:公众号|账号)?共?(?:公开|发布)(?:各类)?(?:政府)?信息共?" + Number + "条")),
        // Also the row's short form (政务微信公开数63条, a real township's): 政务微信 is the channel itself, publishing 主动 as
        // the site beside it does (通过政务微信主动公开政府信息116条, a county-level city bureau's).
        new("legacy.channel.wechat", "条", Make(@"政务微信(?:主动)?(?:公开|发布)(?:政府信息)?(?:数为|数)?共?" + Number + "条")),
        // Without 政务 when the clause's subject is the body (我办在微博公开政府信息数为566条, a real office's): its own
        // account; nothing between names a second channel.
        new("legacy.channel.weibo", "条", Make(@"(?<=^|[,。;；:!？])(?:我|本)[^\d,。;；:!？、""和及与]{1,3}?(?<src>在(?:官方)?微博(?:上)?(?:公开|发布)政府信息(?:数为|数|共计|共|为)?" + Number + "条)")),
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,。;；:!？])(?:我|本)[^\d,。;；:!？、""和及与]{1,3}?(?<src>在(?:官方)?微信(?:上)?(?:公开|发布)政府信息(?:数为|数|共计|共|为)?" + Number + "条)")),
        // An account named between (政务微信订阅号“…”(微信号:…)公开政府信息23条; 街道官方微信发布信息782条).
        // Also the account's platform by its name (在政务微信平台“X”公开政务信息137条, a real town's; 政务信息 is 政府信息).
        new("legacy.channel.wechat", "条", Make(@"(?:政务|官方)微信(?:公众号|订阅号|服务号|平台)?(?:""[^""]{1,12}"")?(?:\([^()]{1,30}\))?共?(?:公开|发布|推送)(?:(?:各类)?(?:政府|政务)?信息|(?:有关|相关)?图文)共?" + Number + "条")),
        new("legacy.channel.wechat", "条", Make(@"微信公众号[^。;!？]{0,80}?(?<src>(?:全年)?共(?:发布|推送)(?:各类)?信息" + Number + "条)")),
        // The count before its measure word and the items (通过局微信公众号“X”共发布341条信息, a city bureau's): the account's
        // items as 共发布信息341条 are; the account named right before, its quoted name between.
        new("legacy.channel.wechat", "条", Make(@"微信公众号(?:""[^""]{1,12}"")?共(?:发布|推送)" + Number + "条(?:各类)?(?:政府|政务)?信息")),
        // The channel by its name, then a list of what it carried closed by 等 (通过政务微信发布县内工作动态、安全提示、时政要闻
        // 等内容共计2305条, a county's channel list): the channel's whole count, as a website's count with such a list is.
        new("legacy.channel.wechat", "条", Make(@"(?:政务|官方)微信(?:公众号)?(?:主动)?(?:公开|发布|推送)(?:(?!其中)[^\d,，。;；:：!？、]{1,16}、){1,15}(?!其中)[^\d,，。;；:：!？、]{1,16}等(?:内容|信息)(?:共计|共)?" + Number + "条")),
        // 借助微信公众号平台“…”，全年发布信息392条 (a real zone's): the year's count without 共, only when nothing between
        // names another channel (微信公众号、微博… would be their sum).
        new("legacy.channel.wechat", "条", Make(@"微信公众号(?:(?!微博|网站|抖音|头条|客户端|视频号|小程序|、|和|及|与)[^。;；!？]){0,40}?(?<src>全年发布(?:各类)?信息" + Number + "条)")),
        // Posts counted as articles (“某某发布”微信公众号发布信息315篇, a real town's) are the account's items too; pushed
        // (推送) items are posted ones, also named by both verbs (推送、发布各类信息N条), and the quoted name may end in
        // 微信公众号 itself (“X人民政府微信公众号”发布信息N条). Its posts may be called 消息 and summed by 共计 (“X局”微信公众号
        // 发布各类消息共计146条, a real district bureau's).
        // The account may be called 公众账号 and its number given in brackets (X镇人民政府微信公众账号(1个)发布信息149条, a real
        // town's): the body's accounts together are its channel.
        // The account may be called a 微信公众平台 (通过苏木微信公众平台“X”公开信息1375条, a 苏木's), or by its kind a 订阅号
        // (“X发布”微信订阅号发布信息N条, a district bureau's).
        // The account's platform (通过“X医保”微信公众号平台发布…, a city bureau's), and its items of every kind named by two
        // kinds joined (发布各类工作动态和医保服务信息176条): 各类 before them says they are all it posted.
        // Its name may follow in brackets (通过X镇微信公众号(某市X镇人民政府)发布信息共122篇), and the account be the way the
        // items were published to the public (通过“X”微信公众平台方式向社会公布各类政府信息1173条): two towns' wordings.
        // Every kind may be two kinds joined by 、, the second being the information itself (微信公众号推送各类报道、信息231条,
        // a district bureau's).
        // The items published may be called 公开信息 (通过微信公众号“X”发布公开信息85条, a township's): the information itself.
        // The posts may be made and published (制作发布) and called 推文 (微信公众号“X民政”制作发布推文99条, a county bureau's
        // mirror).
        // The account's items may be disclosed 主动 (通过微信公众平台“X先锋号”主动公开各类信息1514条, a town's): the same items.
        // The account's items summed over the year (2023年在“X文旅”微信公众号累计发布信息860条, a district bureau's): 累计 stays
        // a cut-off unless the sentence opens on the report's year or the whole year (WithoutTheYearSummed).
        // Its items may be 政务信息 after the quoted name (通过微信公众号“X街道”推送政务信息247条, a street office's 2018 report).
        new("legacy.channel.wechat", "条", Make(@"微信(?:公众(?:号平台|号|账号|平台)|订阅号)(?:\(\d{1,2}个\))?(?:""[^""]{1,12}""|""(?=[公发推主])|(?<=[(（]微信公众号)[)）])?(?:\((?![含包和及与])[^()]{1,20}\))?(?:方式)?(?:向社会)?(?:制作)?(?:累计)?(?:主动)?(?:推送、?发布|发布、?推送|公开|发布|公布|推送)(?:(?:(?!其中)[^\d,，。;；:：!？、]{1,16}、){1,15}(?!其中)[^\d,，。;；:：!？、]{1,16}等|各类(?!其中)[^\d,，。;；:：!？、和及与等]{1,12}[和及与](?!其中)[^\d,，。;；:：!？、和及与等]{1,12}(?=信息)|各类(?!其中)[^\d,，。;；:：!？、和及与等]{1,12}、(?=信息))?(?:各类)?(?:政府|(?<=""[^""]{1,12}""(?:推送|发布|公开))政务)?(?:(?:公开)?信息(?:数为|数)?|消息|推文)?(?:数量为?)?(?:共计|共)?" + Number + "[条篇]")),
        // The account's pushes in the clause after what it carried or how many issues (通过微信公众号公开政策措施、工作动态等，
        // 推送信息705条; “X”微信公众号共编辑174期，推送信息352篇: a city commission's and a city bureau's): only 推送, the
        // account's own verb, and nothing between naming another channel or a part; the report's year may open the clause
        // (…微信公众号,及时发布X镇工作动态、政策解读等,2019年推送信息128条, a town's 2019 report).
        new("legacy.channel.wechat", "条", Make(@"微信公众号(?:(?!微博|网|抖音|头条|客户端|视频号|小程序|APP|报|其中|转)[^。;；!？]){0,40}?[,，](?<src>(?:全年|(?<yr>(?:19|20)\d{2})年度?)?共?推送(?:各类)?(?:政府)?信息共?" + Number + "[条篇])")),
        // The account's issues counted first, its items in the next clause (“X科技”微信公众号推送112期,发布信息148条, a
        // county-level city bureau's): the items posted in those issues are the account's count.
        new("legacy.channel.wechat", "条", Make(@"微信公众(?:号|平台)共?(?:推送|编辑|发布|更新)\d+期[,，]共?(?:发布|推送)(?:各类)?(?:政府)?信息共?" + Number + "[条篇]")),
        // The account's posts in the clause after its followers, the count before what it counts (“X司法”微信公众号订阅1900余
        // 人次,发布876篇信息, a county bureau's): as the 推送 clause above, nothing between naming another channel or a part.
        new("legacy.channel.wechat", "条", Make(@"微信公众号(?:(?!微博|网|抖音|头条|客户端|视频号|小程序|APP|报|其中|转)[^。;；!？]){0,40}?[,，](?<src>(?:全年|(?<yr>(?:19|20)\d{2})年度?)?共?发布" + Number + "[条篇](?:各类)?(?:政府|政务)?信息)(?=[,，。;；]|$)")),
        // A quoted account's 公众号 (the WeChat word left out, as below) and its count as the items' 发布量 in the next clause
        // (“X法治”公众号关注量/订阅数达2056人,信息发布量共1438条, a county-level city bureau's).
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：]|通过|在|利用|依托|平台|新媒体)""[^""、]{1,12}""(?:微信)?公众号(?:(?!微博|网|抖音|头条|客户端|视频号|小程序|APP|报|其中|转)[^。;；!？]){0,40}?[,，](?<src>信息发布(?:量|数)(?:共计|共|为|达)?" + Number + "[条篇])")),
        // The verb before the account (推送微信公众号图文信息413条, after 在X区政府网站发布…信息共计334条: a district bureau's
        // mirror): the account's items, its 图文 posts.
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：])(?:推送|发布)(?:政务)?微信公众(?:号|平台)(?:图文)?(?:信息|消息)(?:共计|共)?" + Number + "[条篇]")),
        // The account after the website's count in one list, the verb said once (全年政府门户网站主动公开各类政府信息212条、微信公众号
        // 198条, a district bureau's): the second item is the account's own count.
        new("legacy.channel.wechat", "条", Make(@"(?<=网站(?:主动)?(?:公开|发布)[^\d,，。;；:：!？、]{0,12}?\d+条、)(?:政务)?微信(?:公众号|公众平台)?共?" + Number + "条")),
        // The whole's parts listed by channel after 其中, each channel with its count and no verb (全年主动公开政府信息共计629条。
        // 其中政府信息公开平台179条、微信公众号450条, a town's): the account after a counted channel is its own count; not after
        // a topic's count (其中工作动态…条、…).
        new("legacy.channel.wechat", "条", Make(@"(?<=其中[,，:：]?(?:[^\d,，。;；:：!？、]{0,12}?(?:平台|网站|网|微博|客户端|新媒体|专栏)\d+条、){1,4})(?:政务)?微信(?:公众号|公众平台)?共?" + Number + "条")),
        // The account by its quoted name and 微信平台, the platform its posts go out on (“X人民政府网”微信平台发布信息56条, a
        // county's; X乡X微讯”微信平台公开发布信息78条, a township's mirror page that lost the name's opening quote): the body's
        // own account, its name opening the clause; not where a list or another channel goes before it.
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：!？]|通过|在|利用|依托)(?:""[^""、,，。;；:：和及与]{1,16}""|[^""\d,，。;；:：!？、和及与]{1,16}"")微信平台共?(?:公开)?(?:发布|推送|公开|更新)(?:各类)?(?:政府|政务)?信息共?" + Number + "条")),
        // The government's own account, in a government's or a township's report (2021年在政府微信公众号上共公开信息130条, a
        // township's): the body's own WeChat account (`govown`: in a department's report it may be its government's).
        new("legacy.channel.wechat", "条", Make(@"(?:通过|在|利用|依托)(?<govown>政府)微信(?:公众号|公众平台)(?:上)?共?(?:公开|发布|推送)(?:各类)?(?:政府|政务)?信息共?" + Number + "[条篇]")),
        // The year's total broken down after 其中, clause by clause, each a name and its count (我乡主动公开政府信息598条,
        // 其中,政务公开517条,政府微信公众号81条, a township's): the item that is the WeChat account is that channel's part of
        // the whole (the government's account only in a government's or a township's report, as above). The parts may
        // follow the whole's own sentence, each with its verb (市X局主动公开政府信息213条。其中,局网站更新信息145条,微信公众平台
        // 更新68条, a city bureau's mirror page): the account's part all the same.
        new("legacy.channel.wechat", "条", Make(@"(?<=主动公开(?:各类)?(?:政府|政务)?信息(?:共计|共)?\d+条[,，;；。]其中[,，:：]?(?:[^\d,，。;；:：!？、]{1,12}?\d+条[,，;；]){0,4})(?:(?<govown>政府)|政务)?微信(?:公众号|公众平台)(?:(?:公开|发布|推送|更新)(?:信息)?)?共?" + Number + "条(?=[,，。;；]|$)")),
        // The whole published on every platform and split after 其中 into the body's accounts by their bare names (全平台发布各类
        // 政务信息合计932条,其中网站发布自主信息98条,官方微博211条,官方公众号623条, a city bureau's): the official weibo's and
        // the official 公众号's (a WeChat official account's) parts of the whole. Only the body's official or government-affairs
        // account, and only as a part of a whole of published items (a topic's items split so are no channel's count).
        new("legacy.channel.weibo", "条", Make(@"(?<=(?:主动公开|发布|公开)(?:各类)?(?:政府|政务)?信息(?:合计|共计|总计|共)?\d+条[,，;；。]其中[,，:：]?(?:[^\d,，。;；:：!？、]{1,12}?\d+条[,，;；、]){0,4})(?:官方|政务)微博(?:账号)?(?:(?:公开|发布|推送|更新)(?:信息)?)?共?" + Number + "条(?=[,，。;；、]|$)")),
        new("legacy.channel.wechat", "条", Make(@"(?<=(?:主动公开|发布|公开)(?:各类)?(?:政府|政务)?信息(?:合计|共计|总计|共)?\d+条[,，;；。]其中[,，:：]?(?:[^\d,，。;；:：!？、]{1,12}?\d+条[,，;；、]){0,4})(?:官方|政务)(?:微信)?公众(?:号|平台)(?:(?:公开|发布|推送|更新)(?:信息)?)?共?" + Number + "条(?=[,，。;；、]|$)")),
        // The account by its quoted name and 公众号, the WeChat word left out (政务新媒体平台“X发布”公众号共发布信息294条, a
        // town's, beside its site's and its video account's counts): a 公众号 is a WeChat official account; another platform's
        // account goes by its own word (视频号, 抖音号, 头条号), and none may be named with it.
        // The report's year may stand between the account and its verb (“X县人民政府”微信公众号2024年度发布信息150条, a
        // county's): that year's items only.
        // The verb may be 主动公开 (通过“X教育之声”公众号主动公开信息580条, a county bureau's 2022 report).
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：]|通过|在|利用|依托|平台|新媒体)""[^""、]{1,12}""(?:微信)?公众号(?:平台)?(?:(?<yr>(?:19|20)\d{2})年度?|全年)?共?(?:主动)?(?:发布|推送|公开|更新)(?:各类)?(?:政府|政务)?(?:信息|消息)共?" + Number + "[条篇]")),
        // Both verbs, and the kinds it posted listed and summed (依托“X”公众号公开发布各类宣传信息、政务信息、政策解读等共计259条,
        // a town's): the account's items; the list ends in 等 and the count follows it.
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：]|通过|在|利用|依托|平台|新媒体)""[^""、]{1,12}""(?:微信)?公众号(?:平台)?(?:全年)?共?(?:公开发布|发布公开|发布|推送|公开)(?:(?!其中)[^\d,，。;；:：!？、]{1,16}、){1,15}(?!其中)[^\d,，。;；:：!？、]{1,16}等(?:各类)?(?:信息)?(?:共计|共)" + Number + "[条篇]")),
        // The bare 公众号 right after 通过 or 其中, no owner named (通过公众号公开信息数529条, 通过政府网站…公开信息数16条, a
        // township's; …等公开平台渠道。其中公众号全年发布信息139条, a town's): the body's own WeChat account, as above.
        new("legacy.channel.wechat", "条", Make(@"(?<=通过|其中[,，]?)公众号(?:平台)?(?:全年)?共?(?:发布|推送|公开|更新)(?:各类)?(?:政府|政务)?(?:信息|消息)(?:数为|数)?共?" + Number + "[条篇]")),
        new("legacy.channel.weibo", "条", Make(@"(?<=网站(?:主动)?(?:公开|发布)[^\d,，。;；:：!？、]{0,12}?\d+条、)(?:政务)?微博共?" + Number + "条")),
        // The information may be left unsaid (县政府公报公开59条, a county's list of channels).
        new("legacy.channel.gazette", "条", Make(@"政府公报公开(?:(?:政府)?信息)?共?" + Number + "条")),
        // The gazette's issues, then what they carried (出版《政府公报》3期,公开信息96条, a district office's): only a gazette
        // named as one (《…政府公报》), not a bulletin (《X政务信息》, §8).
        new("legacy.channel.gazette", "条", Make(@"(?:出版|编印|印发|发行|编发|刊印)了?《[^《》]{0,16}?政府公报》共?\d+期[,，]共?(?:公开|刊登|刊发|发布|刊载)(?:各类)?(?:政府)?信息(?:共计|共)?" + Number + "条")),
        // 通过各级媒体等其他方式主动公开政府信息637条 (a city's, its channels summing to the year's total) is the residual too.
        // The residual channel in the 条例's words (其它便于公众知晓的方式公开政府信息N条): 其它 is 其他.
        new("legacy.channel.other", "条", Make(@"其[他它](?:便于公众知晓的)?方式(?:主动)?公开(?:各类)?政府信息共?" + Number + "条")),
        // An item of a list of the year's channels, each counted and joined by 、 (其中，通过政府公报公开信息188条、政府网站发布信息
        // 6577条、政务微博发布508条、政务微信1015条、其它便于公众知晓的方式公开信息3626条, a district's 2017 report): the government's
        // website with its verb, a 政务 account by its name alone, the other ways as the residual channel (信息 their items, or
        // left unsaid after the verb: …微信公众号发布信息323条、其他方式公开13条, a prefecture bureau's).
        new("legacy.channel.website", "条", Make(@"(?<=\d条、)(?:[省市县区旗州盟]?政府|门户)网站(?:主动)?(?:发布|公开)(?:各类)?(?:政府|政务)?(?:信息)?共?" + Number + "条")),
        new("legacy.channel.weibo", "条", Make(@"(?<=\d条、)政务微博共?" + Number + "条")),
        new("legacy.channel.wechat", "条", Make(@"(?<=\d条、)政务微信(?:公众号)?共?" + Number + "条")),
        // The body's site opening a clause, the kinds of its items listed and summed up by 等 (我局微信公众号发布各类信息59条,政务网站
        // 发布政务公告、工作动态等信息共34条, a city bureau's 2022 report): the site's count, as the WeChat account's listed
        // kinds give its own.
        new("legacy.channel.website", "条", Make(@"(?<=^|[,，。;；])(?:政务|政府|门户)网站(?:主动)?(?:发布|公开)(?:(?!其中)[^\d,，。;；:：!？、]{1,16}、){1,15}(?!其中)[^\d,，。;；:：!？、]{1,16}等(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // A list of the channels under the year's total, each a line of its own named before a colon (通过多种渠道…主动公开政府
        // 信息424条,具体包括:政府网站:发布信息42条,…。微信公众号:发布信息212条, a town's 2024 report): the channel's count.
        new("legacy.channel.website", "条", Make(@"(?<=^|[。;；:：])(?:政府网站|门户网站|政府门户网站)[:：](?:主动)?(?:发布|公开)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[。;；:：])(?:政务)?微信公众号[:：](?:主动)?(?:发布|推送|公开)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The parts of the year's total counted first, their channel after (主动公开政府信息总数397条,其中369条通过政府网站公开,28条
        // 通过政务微信公开, a postal bureau's 2017 report): each channel's count.
        new("legacy.channel.website", "条", Make(@"(?<=\d条[,，]其中[,，:：]?(?:\d+条通过[^\d,，。;；]{1,16}?(?:公开|发布)[,，、]){0,3})" + Number + "条通过(?:政府门户网站|政府网站|门户网站)(?:主动)?(?:公开|发布)(?=[,，。;；、]|$)")),
        new("legacy.channel.wechat", "条", Make(@"(?<=\d条[,，]其中[,，:：]?(?:\d+条通过[^\d,，。;；]{1,16}?(?:公开|发布)[,，、]){0,3})" + Number + "条通过(?:政务)?微信(?:公众号)?(?:主动)?(?:公开|发布)(?=[,，。;；、]|$)")),
        // The review cases' outcomes after their count, in the 2021 table's words (我区因政府信息公开引发行政复议共23件,其中结果维持
        // 5件,结果纠正10件, a district's 2022 report): the 统计表's 维持具体行政行为数 and 被依法纠错数.
        new("legacy.review.upheld", "件", Make(@"(?<=行政复议[^\d,，。;；]{0,6}?(?:共计|共)?\d+件[,，]其中[,，:：]?)(?:结果)?维持" + Number + "件")),
        new("legacy.review.corrected", "件", Make(@"(?<=行政复议[^\d,，。;；]{0,6}?(?:共计|共)?\d+件[,，]其中[,，:：]?(?:结果)?维持\d+件[,，、])(?:结果)?纠正" + Number + "件")),
        // The count before the outcome (发生行政复议4件,其中3件维持,1件尚未审结; the same of the suits: a provincial office's
        // 2020 report): the 统计表's 维持具体行政行为数 in the other order. A suit's outcome only after the suits' own count.
        new("legacy.review.upheld", "件", Make(@"(?<=行政复议[^\d,，。;；]{0,6}?(?:共计|共)?\d+件[,，]其中[,，:：]?)" + Number + "件(?:结果)?(?:为)?维持(?=[,，。;；、]|$)")),
        new("legacy.litigation.upheld", "件", Make(@"(?<=行政诉讼[^\d,，。;；]{0,6}?(?:共计|共)?\d+件[,，]其中[,，:：]?)(?:" + Number + "件(?:结果)?(?:为)?维持(?=[,，。;；、]|$)|(?:结果)?维持" + Number + "件)")),
        // The channels of the year's total listed without a verb, after 其中 or 包括 (…合计发布各类信息2578条,其中:局门户网站361条,
        // 微信公众号335条,微博1882条, a city bureau's 2023 report; 全年主动公开政务信息382条,包括政府网站35条,…,“X镇”微信公众号
        // 2443条, a town's) or right after another channel's count (发布政府网站信息640条、微信公众号2890条, a district's): each
        // channel's count. The site only as the body's own (局, 区政府: not 市政府网站 in a district's list); never inside a
        // bracket, where the parts of one item are (区委、区政府政务新媒体13331条(…微信公众号信息3765条…)).
        new("legacy.channel.website", "条", Make(@"(?<=" + ChannelListBefore + @")(?:(?:[局委办厅]|(?:[县区旗]|镇|乡)政府)(?:门户)?网站|门户网站|政府网站)(?:信息)?" + Number + "条" + ItemEndOutsideBrackets)),
        new("legacy.channel.wechat", "条", Make(@"(?<=" + ChannelListBefore + @")(?:""[^""、,，。]{1,16}"")?(?:政务)?微信(?:公众号|公众平台|订阅号|服务号)(?:信息)?" + Number + "[条篇]" + ItemEndOutsideBrackets)),
        new("legacy.channel.weibo", "条", Make(@"(?<=" + ChannelListBefore + @")(?:""[^""、,，。]{1,16}"")?(?:政务|新浪|官方)?微博(?:信息)?" + Number + "[条篇]" + ItemEndOutsideBrackets)),
        // The other ways may be named by one of them before 等 and called 形式 (其中:微信公众号公开信息26条、宣传栏等其他形式公开信息
        // 369条, a county bureau's, the two summing to the year's total): the residual channel all the same.
        // The verb may be left to the items before (其中:政府网站公开政府信息数46条,政务微信公开政府信息数58条,其他方式24条, a
        // county bureau's): the residual channel, its count right after the other channels'.
        // The list's items may be joined by commas and the residual counted as the 统计表's 数 (其中:通过X微信公众平台公开信息数为
        // N条,…,通过政府网站公开信息数为N条,其他方式公开信息数为130条, a town's 2023 report): the residual channel all the same.
        // Not in a list of kinds (主要类别包括:工作动态类信息144条,…,其他方式15条, a township's 2018 report): the other kinds.
        new("legacy.channel.other", "条", Make(@"(?<!(?:类别|类信息)[^。;；]{0,120})(?<=\d条[、,，])(?:[^\d,，。;；:：!？、]{1,8}等)?其[他它](?:便于公众知晓的)?(?:方式|形式)(?:(?:主动)?公开(?:(?:政府)?信息)?(?:数为|数)?)?共?" + Number + "条")),
        // The 统计表's 回应公众关注热点或重大舆情 in a report's words: the hot topics and the major opinion events responded to
        // together (全年回应公众热点和重大舆情3次, a real district's 2015 report), 关注 left out or 或 said as 和/及; the same
        // count of the same row.
        // 重大 may be left out too (回应公众关注热点和舆情9次, a county's list of its site's work): both kinds, the row's whole.
        // The row's own 或 with 的 after 关注 (回应公众关注的热点或重大舆情N次, a county's list of its year's work): the row's
        // wording, 的 inserted.
        // Its count named 数量 and counted as items (回应公众关注热点和重大舆情数量11条, a provincial department's 2021 report).
        new("legacy.response.hot_topics", "次", Make(@"回应(?:了)?公众(?:关注)?的?热点(?:和|及|与|或)(?:重大)?舆情(?:数量?)?(?:为|共)?" + Number + "[次条]")),
        // Both kinds named as issues and key events, listed (主动回应热点问题、重点舆情9次, a street's list of its channels'
        // work): the row's two kinds together, its whole.
        new("legacy.response.hot_topics", "次", Make(@"回应(?:了)?(?:公众(?:关注)?的?)?热点问题(?:和|及|与|或|、)(?:重大|重点)舆情(?:事件)?(?:数)?共?" + Number + "次")),
        // The 统计表's row in its short form where the row's sub-rows follow it (共回应公众关注热点2次,通过微信回应事件1次, a
        // zone's list of its responses): the table written out. Alone, the hot topics may be one kind of the row's two.
        new("legacy.response.hot_topics", "次", Make(@"回应公众关注热点(?:或重大舆情)?(?:数)?共?" + Number + "次(?=[,，;；、](?:(?!回应)[^。;；]){0,12}回应事件)")),
        // So where it follows the site's online interviews in the list of what went through the site (2024年在网站发布政策解读
        // 10篇,在线访谈4次,回应公众关注热点38次, a provincial department's): the list is the 统计表's rows written out.
        new("legacy.response.hot_topics", "次", Make(@"(?<=(?:通过|在)(?:政府|门户)?(?:门户)?网站[^。;；!？]{1,80}?在线访谈\d+次[,，、])回应(?:了)?公众关注(?:的)?热点(?:或重大舆情)?(?:数)?共?" + Number + "次")),
        // The interpretations counted right after the year's total, under its verb (2024年我局主动公开政府信息635条，政策解读信息
        // 2条, a city bureau's): the body's own.
        new("legacy.response.interpretations", "篇", Make(@"(?<=主动公开(?:各类)?政府信息\d+条[,，、])政策解读(?:稿件|信息)共?" + Number + "[篇条]")),
        // Or as an item of the 其中 list after that total (全年在门户网站主动公开信息912条,其中行政许可办理结果信息258条、…、政策解读
        // 信息33条, a city bureau's): its interpretations, one kind of what it published.
        new("legacy.response.interpretations", "篇", Make(@"(?<=主动公开(?:各类)?(?:政府|政务)?信息\d+条[,，]其中[,，:：]?(?:[^。;；!？]{1,60}?\d+[条件篇][,，、]){1,6})政策解读(?:稿件|信息)共?" + Number + "[篇条]")),
        // 公开政策解读信息26条 (a real ministry's) as 发布 is. The interpretations may go without 政策 where they are named as
        // items or articles (针对本部门出台的…文件,发布解读信息33条, a county office's). Not reposts, whether 转 stands alone
        // before the verb or as 转载 / 转发 (转载发布政策解读信息23条, a county office's: others' interpretations), or listed with
        // it (转载、发布解读信息0条, a zone's: others' among its own).
        // Of every kind, counted as pieces (发布各类政策解读件69篇, a county's): its interpretations all the same. Its own level's
        // (共发布本级政策解读13条, a city bureau's) are its own interpretations, said so.
        // The titles of what they interpret may stand before them, ended by 等 (制作发布《X市…意见》《X市…办法》等各类政策解读N条, a
        // city's summary): its interpretations of every kind, also as a kind (发布政策解读类信息6条, a county bureau's).
        // Made and issued (制发政策解读16篇, a county office's list of what it published) or issued with the documents they
        // explain (配发解读材料8件, a city bureau's), and named as materials (发布政策解读材料33篇, a zone's; 材料 counted in 件):
        // its interpretations all the same. So are those made (制定各类解读材料31条, a district's list of its portal's work), and
        // materials counted as copies (发布政策解读材料105份, a district's 2022 report).
        // The documents they interpret may be named before them, ended by 等 (发布规范性文件等政策解读信息28条, a provincial
        // commission's 2022 report), and those issued with a policy called 配套 (发布配套政策解读3条, a provincial bureau's).
        // The interpretations named as documents (发布政策解读文件52篇, a provincial department's; 解读文件7条, a county bureau's)
        // or counted in 件 right after 政策解读 (发布政策解读195件, a county's 2022 report): its interpretations all the same.
        new("legacy.response.interpretations", "篇", Make(@"(?<!转(?:载|发)?[、和及与]?)(?:发布|公开|制发|配发|制定|制作)(?:[^,。;!？的]{0,12}?(?:等|多)形式|(?:《[^《》]{1,40}》[、和及与]?){1,6}等|(?:规范性|政策)?文件等)?(?:各类)?(?:本级|配套)?(?:政策(?:文件)?解读类?(?:稿件|稿|件|信息|材料|文件)?|解读(?:稿件|信息|材料|文件))共?" + Number + @"(?:[篇条]|(?<=材料\d+)[件份]|(?<=政策解读\d+)件)")),
        // The same with the verb after them, opening a clause or a list's item (…专题专栏新增1个、解读信息发布10条, a county
        // office's).
        new("legacy.response.interpretations", "篇", Make(@"(?<=^|[,，。;；:：、])(?:政策)?解读(?:信息|稿件)(?:发布|公开)共?" + Number + "[篇条]")),
        // An item of a list the verb governs, after another item counted (发布政策性文件36件,政策解读36条, a county's): the
        // verb opening the list's clause, not a repost's (转发…) nor a word inside an item's name (信息主动公开全清单1条,政策
        // 解读10条: items of a topic list, a zone's).
        // The items before may be a gazette's issues (发布政府公报4期、文件解读11篇, a county's), and the interpretations named
        // by what they interpret (文件解读: the body's documents, as 政策解读 are its policies), or as interpretations alone
        // (;发布政策文件4条、解读信息4条、群众留言办理10条, a county bureau's list), as after the verb above. The body may open the
        // clause (我局共发布行政规范性文件0条,解读文件7条,其他文件7条, a county bureau's 2022 report), and the interpretations be
        // named as documents: the same list.
        new("legacy.response.interpretations", "篇", Make(@"(?<=(?:^|[,，。;；:：])(?:(?:我|本)[局委办厅])?(?:全年)?共?(?:发布|公开)[^\d,，。;；:：!？、]{1,12}?\d+[件条篇份期][,，、])(?:(?:政策|文件)解读(?:稿件|稿|信息)?|解读(?:稿件|信息|文件))共?" + Number + "[篇条]")),
        // Applications are counted in 件, and in older reports as their 统计表 does in 条, or in 起 or 次 (受理政府信息公开
        // 申请2条, …申請0次: real bureaus'), or as the 统计表's 申请总数 (受理政府信息公开申请总数1件, a real street office's),
        // or as 申请件 (共受理政府信息公开申请件N件, a real district's), or in the 2019 table's own word for them
        // (2023年度新收政府信息公开申请1852件, a real province's 厅); 接收 is 收到 in newer reports' words (全年共接收政府信息
        // 公开申请176件, a real county's 2025 report), or as their number (收到政府信息公开申请数量为0件, a city bureau's);
        // the verb may take 了 (受理了政府信息公开申请共23件, a district commission's).
        // Also as cases (共受理政府信息公开申请案件4件, a town's 2025 report), counted by 宗 as some provinces count cases
        // (全年共受理政府信息公开申请1宗, a zone's page).
        // The public who applied may stand before them (我市共受理群众政府信息公开申请54件, a county-level city's), as before
        // 依申请公开 below.
        // The applications may be said to be of every kind (共收到各类政府信息公开申请2件, a county bureau's), and 收 alone is
        // 收到 right after the whole year (全年收政府信息公开申请464件, a city bureau's). 接受 is 接收 (2022年县某某委接受政府信息
        // 公开申请2件, a county commission's). Applications for disclosure on application, their number stated (共受理依申请公开
        // 申请数为8件, a scenic area committee's 2022 report), are the same.
        // The applications may be named as asking for the information (本年度收到要求公开政府信息的申请7件, a district bureau's).
        // Applications for 政务公开, the openness of government affairs, are the same requests (2025年X街道收到政务公开申请
        // 11件,其中:…, a street office's).
        // Received and answered or handled in one (受理答复政府信息公开申请28件, a city office's; 收到并办理群众提出的信息公开申请
        // 23件, a district office's): the applications received, as 受理并办理 before 依申请公开 below.
        // Received and accepted or dealt with, joined by 并 (收到并受理政府信息公开申请4次, a bureau's; 收到并处理…申请7项, a city
        // bureau's, counting them as items): the applications received all the same, as 收到并办理 are; 收到和处理 is table
        // 三's heading, the new and carried-over applications together, and stays out.
        // Applications for 政务信息 disclosure are the same requests, 政务信息 being 政府信息 as elsewhere here (收到政务信息公开申请
        // 7条,其中3条已公开…, a zone's 2020 report). 接到 is 收到 (共接到政府信息公开申请4件, a district bureau's). The
        // applications may be said to concern the disclosure (收到有关政府信息公开的申请N条, the older reports' words), and the
        // public may be named as making them (收到社会公众提出的政府信息公开申请1条, a town's).
        // 接收办理 as 收到并办理 (省民政厅共接收办理政府信息公开申请13件, a provincial department's 2019 report), and the
        // applications counted as forms (新收到要求公开政府信息的申请0份, a district bureau's 2021 report).
        new("legacy.apply.received", "件", Make(@"(?:收到|受理|新收|接收|接受|接到|(?<=全年|本年度?|今年)收)(?:(?<=收到|受理|接收)[并和]?(?:按时|及时|依法)?(?:回复|答复|办理|办结|(?<=收到并)(?:受理|处理)))?了?(?:(?:社会)?(?:群众|公众|公民|申请人)(?:提交|提出|递交)的|(?:群众|公众|公民)的?|(?:群众|公众|公民|申请人)?向[^\d,，。;；:：!？]{1,20}?(?:提交|提出|递交)的)?(?:各类)?(?:(?:政府|政务)?(?:信息公开)?|公开政府信息|公开|政务公开|要求公开(?:政府)?信息的|有关(?:政府)?信息公开的|依申请公开)申请(?:总数为?|案件|件|数量为?|数为?)?共?" + Number + "[件条起次宗项份]")),
        // The applicants as the clause's subject, the applications they submitted (2025年,群众通过X政府网站“依申请公开”专栏及邮寄
        // 方式提交政府信息公开申请55件, a district office's): the body's received applications, the applicants opening the clause
        // and the channels they used between; not where they submit to another body (群众向X局提交…) or the clause is about
        // guiding them (指导群众提交…: the applicants not opening it).
        new("legacy.apply.received", "件", Make(@"(?<=^|[,，。;；:：])(?:群众|公众|公民|申请人)(?:通过[^\d,，。;；:：!？向]{1,40}?)?(?:提交|提出|递交)了?(?:政府信息公开|公开政府信息|信息公开)申请(?:共计|共)?" + Number + "件")),
        // The applications closed right after the year's received, in the same sentence (全年新收到政府信息公开申请13件,办结13件,
        // 办结率100%, a district's 2019 report): the 统计表's 申请办结数. Not those carried in from the year before (办结上年…).
        // The received may be named 依申请公开(件) or requests, their count before the name (共收到依申请公开9件,已办结8件, a
        // provincial bureau's; 共收到10件依申请公开请求,2021年结转…申请2件,共办结10件, a county-level city's), and the carried-in
        // ones may stand between: the year's closed all the same, as the 统计表 counts them.
        // The carried-in ones may be named by their year (2021年结转…申请2件, a county-level city's 2022 report), and the closed
        // by the year they were closed in (当年办结168件(含上年结转14件), a provincial commission's; 今年共办结35件, a district office's).
        // The applications may be named as cases (共受理政府信息公开申请案件4件,办结3件, a town's 2025 report); a review's or a
        // suit's (收到行政复议申请3件,办结3件) are not the disclosure's.
        new("legacy.apply.closed", "件", Make(@"(?<=(?:收到|受理|新收|接收)(?:(?:(?!复议|诉讼)[^\d,，。;；:：!？]){0,20}?(?:申请(?:案件)?|依申请公开件?|请求)(?:共计|共)?\d+件|了?(?:共计|共)?\d+件[^\d,，。;；:：!？]{0,12}?(?:申请|请求))(?:[,，](?:(?:19|20)\d{2}年度?)?[^\d,，。;；:：!？]{0,12}?结转[^\d,，。;；:：!？]{0,16}?\d+件)?[,，])(?:当年|今年|全年|本年度?)?(?:共|已|均已)?(?:全部)?办结(?:共计|共)?" + Number + "件")),
        // The applications closed as the year's sentence of their own (2022年,全区共收到信息公开申请130件,其中…。本年度共办结信息公开
        // 申请127件,3件结转至下年度继续办理, a district's 2022 report): the 统计表's 申请办结数 in its words.
        // The manner of closing may stand before the verb (全年依法规范办结信息公开申请2502件, a city commission's 2021 report), and
        // the applications be named as cases (办结依申请公开件177件(含2022年结转的3件), a city bureau's 2023 report).
        new("legacy.apply.closed", "件", Make(@"(?<=^|[。;；,，])(?:全年|本年度?|今年|当年)?(?:依法|依规|规范|按时|及时){0,3}(?:共|已)?办结了?(?:(?:政府信息公开|信息公开|依申请公开)申请|依申请公开件)(?:共计|共)?" + Number + "件")),
        // The closed ones as a later clause of the sentence that counts the applications, clauses of the carried-in ones or of
        // the applications' channels between (全年收政府信息公开申请464件,结转上年度…申请3件,本年度办结441件, a city bureau's 2024
        // report; 共收到依申请公开14件(其中信件申请10件,网络申请4件),已办结12件, a county's 2023 report): the 统计表's 申请办结数.
        // Not after a review's or a suit's application, nor after letters, messages or complaints the clauses between name;
        // 按时办结N件 is the 统计表's 按时办结数, not all closed.
        // Summed with 共计 or said as 办理完成 (…结转上年度…申请10件,共办理完成198件,结转下年度继续办理2件, a provincial office's;
        // 共计办结774件, a provincial department's), and counted in 宗 where the applications are (已办结1308宗, a district's).
        new("legacy.apply.closed", "件", Make(@"(?<=(?<!复议|诉讼)(?:申请|依申请公开件?)(?:(?!复议|诉讼|来信|留言|诉求|咨询|投诉|热线|信访)[^。;；]){0,80}?[,，])(?:当年|今年|全年|本年度?|年内)?(?:共计|共|已|均已)?(?:全部)?(?:办结|办理完成)(?:共计|共)?" + Number + "[件宗](?=[,，。;；]|$)")),
        // The applications received counted with the carried-in ones, the year's new ones listed first inside the bracket
        // (全年共收到政府信息公开申请12件(含新收11件、上年结转1件), a banner's summary): the new ones are the year's received.
        new("legacy.apply.received", "件", Make(@"(?<=(?:收到|受理|接收)[^\d,，。;；]{0,20}?申请共?\d+件[(（](?:其中)?(?:含|包含|包括))(?:本年度?|今年)?新(?:收到?|接收|受理)(?:申请)?" + Number + @"件(?=[、,，;；][^\d()（）。]{0,10}?结转)")),
        // The applications received by their ways, then summed (全年依申请公开共收到群众网上申请60件,快递8件,合计68件, a
        // district's): the sum is the year's received; the ways are named with the first count only. Not past a count of
        // another kind (上年结转3件, 办结5件: the sum would hold them).
        new("legacy.apply.received", "件", Make(@"(?:收到|受理|接收)了?(?:群众|公众|公民)?的?[^\d,，。;；:：]{0,8}?申请\d+件(?:[,，、](?![^\d,，。;；:：]{0,10}?(?:结转|办结|答复|回复|办理|处理|受理))[^\d,，。;；:：]{1,10}?\d+件){1,5}[,，](?:合计|共计|总计)" + Number + "件")),
        // Also counted in 条 before what they are (共收到1条政府信息公开申请, a real county bureau's), or in 项 before their
        // name as 事项 (本年度收到1项依申请公开事项, a real city bureau's).
        // Or before 依申请公开 named as the requests they are (共收到10件依申请公开请求, a county-level city's), or before
        // 依申请公开 alone where its clause ends (共收到1件依申请公开，…), or counted as cases again (我镇共收到0件依申请公开件, a
        // town's 2022 report).
        // Counted in 条 before the applications named as 依申请公开件 (全年收到1条依申请公开件, a city archive's): the same count,
        // where a noun follows (条依申请公开 alone is no application).
        // Also before the applications named as asking for the information (我街共收到1条要求信息公开的申请, a street office's).
        // The applications may be named as for 政府公开信息 (本年度我委收到1件政府公开信息申请, a county commission's wording).
        // Not 收到和处理N件…申请: 收到和处理 is table 三's heading, the year's new and carried-over applications together
        // (an earlier set leaves such a count unscored).
        // Also in 条 before 依申请事项, 公开 left out (X区人民政府共收到70条依申请事项, a district's).
        // 接到 is 收到 here too, and the requests may be counted as items before their full name (我局接到12项依申请公开政府信息
        // 申请, a city bureau's 2017 page).
        // The public at large named as the applicants before the count, the cases counted in 宗 (共收到社会各界4宗政府信息公开
        // 申请, a district bureau's on a glossed mirror): the applications received, as 收到4件政府信息公开申请 is.
        // Counted in 份, each a form (收到1份政府信息公开申请, a street's 2019 report), written ones too (共收到2份书面政府信息公开
        // 申请, a city bureau's 2012 report); the requests may be said to ask for the disclosure (接到7条提出公开政府信息的申请, a
        // street's 2025 report), as 要求公开 does.
        // The items applied for before their count (我局接到依申请公开事项5项, a city bureau's 2020 report): as counted before them.
        new("legacy.apply.received", "件", Make(@"(?:收到|受理|接到)了?依申请公开(?:政府信息)?事项(?:共计|共)?" + Number + "[项件]")),
        new("legacy.apply.received", "件", Make(@"(?:收到|受理|接到)(?:了)?(?:社会各界(?:的)?)?" + Number + "(?:[件起条宗份](?:书面)?(?:政府)?(?:信息公开申请|信息依申请公开|公开信息申请)|[件条](?:要求|提出)(?:公开)?(?:政府)?信息(?:公开)?的申请|[项件条]依申请(?:公开)?(?:政府信息)?事项|件依申请公开(?:申请|请求|件|(?=[,，。;；]))|条依申请公开(?:申请|请求|件)|项依申请公开(?:政府信息)?申请)")),
        // 申请 alone after its count (全年共收到90件申请, a real municipal commission's) is a disclosure application only where
        // the passage is about them: 依申请公开 at most two sentences before, no review, suit or licence between.
        new("legacy.apply.received", "件", Make(@"(?<=依申请公开(?:(?!复议|诉讼|许可)[^。]){0,40}(?:。(?:(?!复议|诉讼|许可)[^。]){0,40}){0,2})(?:收到|受理)(?:了)?" + Number + "件申请(?=[,，。;；、]|$)")),
        // 申请 before what is applied for (共收到申请政府信息公开26件(次), a real city's); 收到公开政府信息申请N件 is the first
        // pattern's.
        // Counted as the row's 数 in its 条 (收到申请公开政府信息数0条, a real town's).
        // Also in 宗, the cases' measure word some provinces use (共收到申请公开政府信息5宗, a town's 2025 report).
        // 申请公开 alone before its count (全年全区共受理申请公开800件, a district's): the applications for disclosure.
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)(?:的)?申请(?:政府信息公开|公开政府信息|公开(?=共?\d))(?:数)?共?" + Number + "[件条宗]")),
        // The same in other orders: the applications named first and the verb after (2019年依申请公开共受理2件, a street
        // office's); the year's applications with no verb at all (2023年全年依申请公开政府信息申请4件, a district bureau's); the
        // request for the information as 要求 (收到申请公开政府信息的要求31件, a district bureau's); the whole counted before who
        // made them (总共收到1件自然人提起的政府信息公开申请, a city bureau's: only with 总共/共, the count of all).
        new("legacy.apply.received", "件", Make(@"(?<=^|[,，。;；:：]|年度?|全年)依申请公开(?:政府信息)?(?:共计|共)?(?:收到|受理|接收)了?(?:申请)?" + Number + "件")),
        new("legacy.apply.received", "件", Make(@"(?<=(?:19|20)\d{2}年度?|全年|本年度?)依申请公开政府信息申请(?:共计|共)?" + Number + "件")),
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)了?(?:政府)?信息公开申请事项(?:共计|共)?" + Number + "件")),
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)了?(?:群众|公众)?的?申请公开(?:政府)?信息的(?:要求|请求)(?:共计|共)?" + Number + "件")),
        new("legacy.apply.received", "件", Make(@"(?:总共|共计|共)(?:收到|受理)了?" + Number + @"件(?:自然人|公民|法人|群众)[^\d,，。;；]{0,12}?(?:提起|提出|提交)的(?:政府信息公开|公开政府信息|信息公开)申请")),
        // The count before the body the applications concern, in the older reports' words for disclosure matters (本局2024年度
        // 收到4件针对本部门有关政府信息公开事务的申请, a city bureau's): applications about its own disclosure, named as
        // 申请 right after 事务的; a complaint or a review about the same matters (…事务的投诉, …的行政复议申请) is not one.
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)(?:了)?" + Number + "件针对本(?:部门|机关|单位)(?:有关)?(?:政府)?信息公开(?:事务|事项)的(?:政府信息公开)?申请")),
        // 依申请公开 as the applications' name (本年度共收到依申请公开17件, a real zone's; …依申请公开件1件, a real town's;
        // 共受理依申请公开政府信息申请12件, a real city bureau's), and its case words (受理依申请公开案件N件, 收到依申请件N件,
        // 受理依申请公开政府信息N件, 收到依申请政府信息公开N件, 受理依申请公开事项N件, 收到依申请信息公开件N件, 收到依申请公开
        // 信息0件: a county bureau's; 全年收到依申请公开事项共5件, a real city bureau's).
        // The public who applied may stand before it (2024年，我单位收到群众依申请公开1件, a real street office's; 接收到公民的
        // 依申请公开3例, a county bureau's, its cases counted in 例).
        // 接到 is 收到 (共接到依申请公开申请26件, a district's) and 办件 a case handled (共接到依申请公开办件0件, a street
        // office's), and the applications may be counted in 条 as the 统计表 counts them (本年度共收到依申请公开17条, a
        // county's): not the information disclosed on application (收到依申请公开信息3条 may count items, not applications).
        // 接受 is 受理 (区X办2019年接受依申请公开1条, a real district office's list of the year's facts).
        // The disclosure of the government's information named in full before 事项 (本年度受理依申请政府信息公开事项25件, a
        // district bureau's): 事项 as after 依申请公开. The information named before 依申请 without 政府 (收到信息依申请公开共0件,
        // a county commission's) is the same.
        // 依申请公开 misprinted without its 请 (共收到依申公开事项7件, a city bureau's mirror page): the same applications.
        // The applications that came in as 来件 (全年受理依申请公开来件29件, a provincial department's): the same count.
        // So are the letters applying (收到依申请公开信件2件, a county office's): each letter an application.
        // Received and handled in one verb (收到处理依申请公开件4件, a district bureau's), and the matters named as handled
        // (收到政府信息依申请公开办理事项1件, a city bureau's): the applications received. So are the requests (收到依申请公开
        // 请求2件, a city office's).
        new("legacy.apply.received", "件", Make(@"(?:收到|受理|接到|接受)(?:[和并]?(?:处理|办理))?(?:群众|公众|公民)?的?(?:(?:政府)?信息)?依申请?(?:信息)?(?:公开(?:政府信息|信息)?(?:申请|件|办件|案件|办理事项|事项|来件|信件|请求)?|件|政府信息公开(?:申请|事项)?)(?:数量为?)?共?" + Number + "[件例]")),
        // Received and answered in one clause (受理并按时回复政府信息依申请公开事项19项, a zone committee's): the matters
        // received, counted in 项 as 依申请公开事项 may be (本年度收到1项依申请公开事项). The matters may go unnamed, the
        // applications counted by their case word alone as after 收到 (受理并答复依申请公开2件, a county commission's).
        // The two verbs may stand side by side without 并 (受理办理依申请公开2件, a county-level city bureau's): received and handled.
        // 和 joins them as 并 does (收到和办理依申请公开3件, a county government's). The verbs may be listed, received first
        // (受理、办理、答复依申请公开2件, a city bureau's): received, handled and answered.
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)(?:(?:[并和、](?:按时|及时|依法)?)?(?:回复|答复|办理|办结)){1,3}了?(?:政府信息)?依申请公开(?:政府信息)?(?:事项共?" + Number + "[件项]|共?" + Number + "件)")),
        // The applications named in full before their 条 (2023年度我街受理依申请公开信息申请0条, a street office's): 申请 says
        // they are applications, not items. So does 办件, the cases handled (2025年X街道收到依申请公开办件0条, a street's).
        // Or as items (2021年,X厅共收到依申请公开16项,办理15项, a provincial department's): the same requests counted.
        // Or as times (全年共接受依申请公开9次, a city bureau's): what was received is the requests. Not 依申请公开信息N条 (items,
        // perhaps not applications: earlier rounds' truths disagree).
        new("legacy.apply.received", "件", Make(@"(?:收到|受理|接到|接受)(?:群众|公众)?依申请公开(?:信息申请|申请|办件)?共?" + Number + "[条项次]")),
        // The year's new ones alone under the applications' heading, the carried-in ones after them (（二）依申请公开情况。2025年
        // 新收63件,上一年度结转1件,共计64件, a national bureau's): 新收 is the 2019 table's word for the year's received.
        new("legacy.apply.received", "件", Make(@"(?<=依申请公开(?:政府信息)?(?:情况|工作)?[。.:：]?(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)[,，]?)新收(?:到)?(?:申请)?" + Number + "件(?=[,，、;；](?:上一?年度?|去年)结转)")),
        // The carried-in applications first, the year's new ones after them with the noun left to the clause before (上年结转政府
        // 信息公开申请7件,本年新收421件,办理407件, a district's 2023 report): the year's received.
        new("legacy.apply.received", "件", Make(@"(?<=(?:上一?年度?|去年)结转(?:的)?(?:政府信息公开|信息公开)?申请(?:数量?)?\d+件[,，])(?:本年度?|今年|当年)新收(?:到)?(?:申请)?" + Number + "件")),
        // The information before the application (全市共收到政府信息申请公开件658件, a city's summary report).
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)(?:政府)?信息申请公开件?共?" + Number + "件")),
        // The applicants named as the 2019 table names them before what they applied for (共收到来自公民、法人或者其他组织
        // 对依申请公开政府信息的申请2件, a town's report year after year; 收到公民和法人或其他组织政府信息公开申请共32件), or two of
        // them and 提交 (收到公民、法人提交的政府信息公开申请N件, a real zone's).
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)(?:来自)?公民[、和]法人(?:(?:或者?|和)其他组织)?(?:对|提出|提交)?的?(?:依申请公开政府信息|政府信息公开|公开政府信息)?的?申请共?" + Number + "件")),
        // One kind of applicant named as having made them (全年收到公民个人提出的政府信息公开申请1件, a street office's): the
        // applications are still named in full after 提出的/提交的, so no other request is read.
        // Counted in 份 (收到公民提出的政府信息公开申请2份, a street's 2025 report): each a form.
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)(?:[并和]?(?:按时|及时|依法)?(?:回复|答复|办理|办结))?(?:群众|公众|公民)(?:个人)?(?:提出|提交)的(?:政府信息公开|公开政府信息|信息公开)申请共?" + Number + "[件份]")),
        // Or the applicants named and what they asked for after 提出 (收到公民或社会组织提出申请公开信息2条, a city bureau's 2016
        // report): the requests made, each counted once. Named as applications they are counted in 件 or 宗 (受理公民、法人提出的
        // 政府信息公开申请235宗, a city bureau's 2021 report; …提交政府信息公开申请0条 may count items).
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)(?:来自)?(?:公民|群众|公众)(?:(?:[、和及或]|或者)(?:法人|社会组织|其他组织|企业))*(?:提出|提交)的?(?:申请公开(?:政府)?信息共?" + Number + "[件条宗]|(?:政府信息公开|公开政府信息)申请共?" + Number + "[件宗])")),
        // Or the body they applied to named, and the applications by their case word (受理公民、法人或其他组织向县政府提出的
        // 政府信息依申请公开26件, a county's).
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)(?:来自)?公民[、和]法人(?:(?:或者?|和)其他组织)?向[^\d,，。;；:：]{1,10}?(?:提出|提交)的(?:政府信息)?依申请公开(?:申请)?共?" + Number + "件")),
        // The year's new applications as a part of those handled, the rest carried over (全区累计处理政府信息依申请公开92件,
        // 其中,本年度新接收91件,2020年结转办理1件, a district's): the part named new is the year's received.
        new("legacy.apply.received", "件", Make(@"(?<=(?:依申请公开|公开申请)(?:申请)?共?\d+件[,，]其中[,，:：]?)(?:本年度?|今年|(?<yr>(?:19|20)\d{2})年度?)新(?:接收|收到|受理|收)(?:的)?(?:申请)?" + Number + "件")),
        // The applications handed in at the counter, in the older reports' list of the ways they came (…,其中通过网站“政府信息
        // 公开”栏目提交的网上申请有0件,通过电子邮件提交的申请有0件,通过公开受理窗口当面提交的申请有0件, a town's 2023 report):
        // the 统计表's 当面申请数. (The website's 网上申请 beside e-mail is not the table's 网络申请数, which counts both.)
        new("legacy.apply.in_person", "件", Make(@"当面(?:提交|提出|递交)(?:的)?(?:政府信息公开)?申请(?:有|为|共)?" + Number + "件")),
        // The replies counted right after the applications, in the same sentence (受理政府信息公开申请6件，答复6件, a real
        // office's 2009 report): the 统计表's 申请答复数. Only as the next clause after the applications' count, where
        // nothing else can be what was answered.
        // The applications may be named by 依申请公开 (受理依申请公开政府信息0件,回复处理0件, a street office's), and the replies
        // by 回复, 答复 in other words (回复处理: replied to and dealt with).
        // The carried-in ones may stand between, and the replies be made (收到政府信息公开申请79件,上年结转3件,做出政府信息公开答复
        // 80件, a district bureau's 2023 report): the year's replies, the carried-in answered with the new.
        new("legacy.apply.replies", "件", Make(@"(?<=(?:收到|受理)了?(?:(?:(?:政府)?(?:信息公开)?|公开政府信息)申请|依申请公开(?:政府信息)?)(?:共)?\d+件[,，](?:上一?年度?结转(?:申请)?\d+件[,，])?)(?:已|均已|并|全部)?(?<src>(?:(?:作出|做出)(?:政府信息公开)?答复|答复|回复(?:处理)?)(?:了)?(?:共)?" + Number + "件)(?=[,，。;；]|$)")),
        // The replies named by what they answered (政府信息依申请公开答复152件, a city commission's, after the applications'
        // count): the 统计表's 申请答复数. Opening its clause, not 不予 or another verb's object.
        new("legacy.apply.replies", "件", Make(@"(?<=^|[,，。;；:：])(?:政府信息)?依申请公开(?:申请)?答复(?:共)?" + Number + "件")),
        // The replies as what answered the applications, opening their clause (答复政府信息公开申请1件, a street's; 对申请的答复总数
        // 0条, a district bureau's after its 收到政府信息公开申请总数0条): the 统计表's 申请答复数, also in the older local form's
        // words (对申请的答复数) and said of the applications as 依申请公开 (对依申请公开的答复总数N条). Not a count that holds
        // last year's carried over (答复信息公开申请72件(含上年度结转17件…), a town's: more than the year's received).
        new("legacy.apply.replies", "件", Make(@"(?<=^|[,，。;；:：])(?:已|并)?答复(?:了)?(?:政府信息公开|信息公开)申请(?:共计|共)?" + Number + "件(?![(（](?:含|包括|其中)[^)）]{0,12}结转)")),
        new("legacy.apply.replies", "件", Make(@"(?<=^|[,，。;；:：])对(?:(?:政府信息公开)?申请|依申请公开)的答复(?:总数|数)为?" + Number + "[件条]")),
        // The replies as the older reports count them before their kinds (在已经答复的9件申请中,“同意公开”的7件…, a city
        // bureau's 2017 report): the 统计表's 申请答复数.
        new("legacy.apply.replies", "件", Make(@"(?<=(?:^|[,，。;；:：])在)(?<src>已(?:经)?答复(?:了)?的" + Number + "件)(?:政府信息公开)?申请中")),
        // The received applications split by how they came, after 其中 right after their count (共收到政府信息公开申请70件(其中
        // 网络渠道申请30件,信函申请40件…), a city office's; 共收到…申请11件,其中通过政府网站申请9件、向县政府办公室邮寄纸质版申请2件,
        // a county's; …申请95件。其中:电子邮件申请24件,约占总量的26%;信函邮寄申请66件,…;当面提交申请3件, a county-level city
        // office's): the 统计表's channel rows in other words. Only there: 通过网站申请 or 邮寄 alone may be another matter's.
        new("legacy.apply.online", "件", Make(ChannelOfReceived + @"(?<src>(?:网络渠道|通过(?:政府|门户)?网站(?:平台)?)(?:提交|提出)?的?申请共?" + Number + "件)")),
        new("legacy.apply.letter", "件", Make(ChannelOfReceived + @"(?<src>(?:信函邮寄|邮寄(?:纸质版?|书面)?)(?:提交|提出)?的?申请共?" + Number + "件)")),
        new("legacy.apply.in_person", "件", Make(ChannelOfReceived + @"(?<src>当面(?:提交|递交)的?申请共?" + Number + "件)")),
        // Each channel named as the form the applications took (…申请2件,其中以传真形式申请1件,以电子邮件形式申请1件, a district
        // bureau's 2019 report).
        new("legacy.apply.fax", "件", Make(ChannelOfReceived + @"(?<src>以传真(?:形式|方式)(?:提交|提出)?的?申请共?" + Number + "件)")),
        new("legacy.apply.letter", "件", Make(ChannelOfReceived + @"(?<src>以信函(?:形式|方式)(?:提交|提出)?的?申请共?" + Number + "件)")),
        new("legacy.apply.in_person", "件", Make(ChannelOfReceived + @"(?<src>以当面(?:提交)?(?:形式|方式)(?:提交|提出)?的?申请共?" + Number + "件)")),
        // The ways in a bracket right after the applications' count, in other words for the 统计表's channels (共处理政府信息
        // 公开申请247件(网络申请195件、信函邮寄31件、邮箱申请15件、现场申请6件), a district's 2024 report; 共收到依申请公开14件
        // (其中信件申请10件,网络申请4件), a county's 2023 report): on the spot is in person, by post or in a letter by letter.
        new("legacy.apply.in_person", "件", Make(ChannelInBracket + @"(?<src>现场(?:提交|递交)?的?申请共?" + Number + "件)")),
        new("legacy.apply.letter", "件", Make(ChannelInBracket + @"(?<src>(?:信函邮寄|信件)(?:提交|提出)?的?(?:申请)?共?" + Number + "件)")),
        // The complaints about disclosure with their two words the other way round (信息公开投诉举报5件, a provincial office's):
        // the 统计表's 举报投诉数量, only where they are named as disclosure's (投诉举报 alone may be any matter's).
        new("legacy.complaints", "件", Make(@"(?:政府)?信息公开(?:工作)?(?:类)?(?:的)?投诉举报(?:案件)?共?" + Number + "件")),
        // A fee of nothing stated without its unit (依申请公开收费为0, a real street office's): zero in any unit, so the
        // figure needs none; any other sum needs the unit it is printed in (the 统计表 row's wording reads those).
        // The fees' kinds may be named in brackets before it (依申请公开收取的费用(检索费、邮寄费、复制费等)为0元, a city bureau's
        // 2017 report).
        new("legacy.fees", "万元", Make(@"依申请公开(?:政府信息)?(?:收费|收取(?:的)?费用)(?:\([^()\d]{1,20}\))?(?:为|是)?(?<n>0)(?![\d.项个次件条])")),
        new("legacy.org.reading_points", "个", Make(@"政府信息公开查阅点数?共?" + Number + "个")),
        // The count before the points the body set up, their kind named before them (开辟了14个公安政府信息查阅点, a city
        // police branch's 2018 report).
        new("legacy.org.reading_points", "个", Make(@"(?:设立|设置|开辟|建立|开设)了?" + Number + "个[\u4E00-\u9FFF]{0,4}?政府信息(?:公开)?查阅点")),
        // Public reading points set up in a sentence that staffs or equips the disclosure work (街道政府信息公开工作配备了3名兼职
        // 工作人员,设立了1个专门的信息申请受理点,并开辟了2个公共查阅点, a street office's 2019 report): the work's own; its 并
        // joins the body's own verbs, so it is read with them.
        new("legacy.org.reading_points", "个", Make(@"(?<=信息公开[^。;；!？]{0,60}?)并?(?:设立|设置|开辟|建立|开设)了?" + Number + "个公共查阅点")),
        // So where the counter for applications is set up with them (安排了2名工作人员负责信息公开工作,设立了1个信息申请受理点和1个
        // 公共查阅点, a street office's 2020 report): the points the same verb set up.
        new("legacy.org.reading_points", "个", Make(@"(?<=信息公开[^。;；!？]{0,60}?(?:设立|设置|开辟|建立|开设)了?\d+个[^\d,，。;；:：!？]{2,12}?[和及与、])" + Number + "个公共查阅点")),
        // The points named one by one before their count (依托街道公共服务大厅、社区服务中心图书馆、X图书馆 3 个政府信息查阅点, a
        // street office's 2025 report): the count of the body's points all the same.
        new("legacy.org.reading_points", "个", Make(@"(?:依托|设有|设立|设置|开辟|建立|开设)了?(?:[^\d,，。;；:：!？、]{2,16}、){1,9}[^\d,，。;；:：!？、]{2,16}?等?" + Number + "个政府信息(?:公开)?查阅点")),
        // Also the working meetings alone, and on information and 政务公开 together (全年召开政府信息与政务公开工作会议 2次, a
        // township's 2019 report).
        // Also the meetings on the work named as related to it (召开政府信息公开相关工作会议113次, a prefecture's 2015 report),
        // and those named by what they do with it (召开部署政府信息公开工作会议2次, a county-level city's 2011 report).
        new("legacy.meetings", "次", Make(@"召开(?:部署|研究|推进)?政府信息(?:与政务)?公开(?:相关)?工作会议(?:或专题会议)?共?" + Number + "次")),
        // The row's two kinds joined by 和 (全年先后召开政府信息公开工作和各类专题会议28次, a county's 2014 report): the row itself.
        new("legacy.meetings", "次", Make(@"召开(?:了)?政府信息公开工作(?:会议)?(?:和|及|与|或)(?:各类)?专题会议共?" + Number + "次")),
        new("legacy.trainings", "次", Make(@"举办(?:各类)?培训班共?" + Number + "次")),
        // The trainings named by what they train for (全年共举办政务公开相关培训4次, 举办政府信息公开业务培训班3次): the
        // body's own trainings on disclosure, whatever else the sentence counts inside them (其中…培训会2次).
        new("legacy.trainings", "次", Make(@"举办(?:了)?(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:相关|业务|专题)?培训(?:班|会)?共?" + Number + "次")),
        // The people trained may be called 相关人员 (举办各类培训班22次，培训相关人员217人次, a county's 2014 report).
        new("legacy.trainees", "人次", Make(@"(?:培训(?:工作|相关)?人员|接受培训人员)共?" + Number + "人次")),
        // The 统计表's 政府信息公开工作专门机构 with its words the other way round (2015年全州政府信息公开专门工作机构13个, a
        // prefecture's report): the row itself, of the year named before it only. The whole area's (全州) is a government's
        // own scope only.
        new("legacy.org.units", "个", Make(@"(?:(?<yr>(?:19|20)\d{2})年度?)?(?<whole>全[省市州县区旗盟])?政府信息公开专门工作机构(?:数)?共?" + Number + "个")),
        // The row's words with 政府 left out after a verb of having (2018年,全区设有信息公开工作专门机构56个,设有信息公开查阅点3个, a
        // district's 2018 report): the 统计表's rows, 信息公开 the work's name as in 从事信息公开工作人员.
        new("legacy.org.units", "个", Make(@"(?<=设有|设立了?|共有|现有)(?:政府)?信息公开工作专门机构(?:数)?共?" + Number + "个")),
        new("legacy.org.reading_points", "个", Make(@"(?<=设有|设立了?|设置了?|共有|现有)(?:政府)?信息公开查阅点(?:数)?共?" + Number + "个")),
        // The 统计表's 政府信息公开专项经费 as the money spent on the work (全州用于政府信息公开的专项经费共计100.28万元, the
        // same report's), in the table's unit with its decimals; the whole area's is a government's own scope only.
        new("legacy.org.budget", "万元", Make(@"(?:(?<yr>(?:19|20)\d{2})年度?)?(?<whole>全[省市州县区旗盟])?用于政府信息公开(?:工作)?的?专项经费(?:共计|总计|共|为)?" + Amount + "万元")),

        // The patterns below come last, so that they read only pages no earlier wording of their key reads.
        // The body's official site opening a clause of its own, the year's parts listed after its whole (…共主动公开政府信息
        // 8000条,各类文件111件,官方网站发布政府信息5953条,官方微信公众号X融媒发布信息2200条, a zone's page): the site its items
        // go out on, as 其中官方网站发布… is. Only opening the clause: a higher body's official site names itself before it
        // (省局官方网站…).
        new("legacy.channel.website", "条", Make(@"(?<=^|[,，。;；:：])(?:本[局委办]?|[局委办])?官方网站(?:全年)?共?(?:主动)?(?:发布|公开)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The body's official account named after 公众号 without quotes (官方微信公众号X融媒发布信息2200条, the same page): the
        // account's year's items, as a quoted name's are. The name is a few characters and no summing word (累计), no repost
        // (转) and no other channel stands inside it.
        new("legacy.channel.wechat", "条", Make(@"(?:政务|官方)微信公众号(?:(?!累计|转|网站|微博|抖音|头条|客户端|视频号|其中)[\u4E00-\u9FFF]){2,8}?(?:全年)?共?(?:发布|推送)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The body's official site named in quotes and called 官网 (通过“X高新技术产业开发区管委会”官网发布各类政务信息3024条, a
        // zone's page): the site's count, as X局官网 is.
        new("legacy.channel.website", "条", Make(@"(?:通过|在|依托|利用)""[^""]{2,30}""官(?:网|方网站)[上中内]?(?:全年)?共?(?:主动)?(?:发布|公开|公布)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // A customs house's information named as its own disclosure rules name it (通过门户网站公开各类海关政府信息共421条, a
        // customs house's 2015 page under 《海关政府信息公开办法》): the site's count of the government information it
        // publishes.
        new("legacy.channel.website", "条", Make(@"(?:通过|在|依托|利用)(?:门户网站|政府网站|官方网站)(?:主动)?(?:公开|发布)(?:各类)?海关政府信息(?:共计|共)?" + Number + "条")),
        // The WeChat account's items named as its count of postings (全年微信公众号信息发布量794条, a zone committee's page):
        // the account's year's items, as “X”公众号…信息发布量N条 is; only opening its clause or after 全年.
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：]|全年)(?:政务)?微信公众号信息发布(?:量|数)(?:共计|共|为|达)?" + Number + "条")),
        // The body's 政务 accounts named alone in a list of its channels joined by commas (全年局门户网站主动公开信息2978条,政务微信
        // 321条,政务微博260条,抖音号79条, a provincial bureau's page): each account's items, as in a list joined by 、; only
        // right after another channel's count (公开文件21条,政务微信… is no list of channels).
        new("legacy.channel.wechat", "条", Make(@"(?<=(?:网站|微博|微信)[^\d,，。;；:：!？、]{0,14}?\d+条[,，])政务微信(?:公众号)?共?" + Number + "条(?!次)")),
        new("legacy.channel.weibo", "条", Make(@"(?<=(?:网站|微博|微信)[^\d,，。;；:：!？、]{0,14}?\d+条[,，])政务微博共?" + Number + "条(?!次)")),
        // The accounts called 微信平台 / 微博平台, each with its verb and opening its clause (局“双微”平台共计发布信息1542条。其中,
        // 微信平台发布信息628条;微博平台发布信息914条, a city bureau's page): the body's own accounts; another's platform named
        // before it (各单位微信平台…) is not.
        new("legacy.channel.wechat", "条", Make(@"(?<=^|[,，。;；:：]|其中)微信平台(?:主动)?(?:发布|推送|公开)(?:各类)?(?:政府|政务)?信息共?" + Number + "条")),
        new("legacy.channel.weibo", "条", Make(@"(?<=^|[,，。;；:：]|其中)微博平台(?:主动)?(?:发布|公开)(?:各类)?(?:政府|政务)?信息共?" + Number + "条")),
        // The 统计表's press conferences held and attended, in the verbs a body uses for them (召开(参加)新闻发布会2次, a city
        // bureau's 2019 report on a traditional-character mirror; 召开或参加新闻发布会3次): the row 参加或举办新闻发布会总次数 in
        // its own unit, opening its clause so that the body is the subject. The conferences held alone (举办新闻发布会5次) are
        // no more than a part of the row and stay out, as do a head's attendance (分管负责同志参加市政府新闻发布会1次), counts in
        // 场 and another body's conferences named before the verb.
        // The sessions counted as 场次 after both verbs (先后举办和参加新闻发布会11场次, a provincial department's 2022 report):
        // the row's count, 场次 being its times.
        new("legacy.response.press_conferences", "次", Make(@"(?<=^|[,，。;；:：])(?:先后)?(?:召开|举办|组织召开)(?:\((?:参加|参与)\)|[或和及](?:参加|参与))新闻发布会(?:共计|共)?" + Number + "场?次")),
        // The applications received (接收) from the applicants the 2019 table names, joined by 及 (全年共接收公民、法人及其他组织
        // 政府信息公开申请17件, a district bureau's page): the year's received, as 收到公民、法人或者其他组织…申请 is.
        new("legacy.apply.received", "件", Make(@"(?:收到|受理|接收)(?:来自)?公民[、和]法人(?:及|以及|或者?|和)其他组织(?:对|提出|提交)?的?(?:依申请公开政府信息|政府信息公开|公开政府信息)?的?申请共?" + Number + "件")),
        // The older overview's item that names the body's own site in its heading, closed by its stop, then the year's count
        // ((一)我局门户网站主动公开政府信息情况。2010年度发布政府信息148条, a district bureau's 2010 report on a converted
        // mirror): the heading says whose channel it is, as 主动公开政府信息的数量。 says which count. Only the body's own
        // site (我局/本委…), only right after the heading, and only the report's year.
        new("legacy.channel.website", "条", Make(@"(?<=(?:我|本)[局委办厅]?(?:门户网站|政府网站|官方网站|网站)主动公开政府信息的?情况[。:：])(?:(?<yr>(?:19|20)\d{2})年度?|全年|本年度?)?[,，]?共?(?:主动)?(?:发布|公开)了?(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The 统计表's 回应解读 rows written out under its own heading (通过不同渠道和方式回应解读情况:举办新闻发布会0次,组织政府网站
        // 在线访谈0次,…, a street office's 2020 report): the heading says the conferences are the row 参加或举办新闻发布会总次数,
        // held alone or not. Only the clause right after the heading.
        new("legacy.response.press_conferences", "次", Make(@"(?<=通过不同渠道和方式回应解读的?情况[:：])(?:参加或)?(?:举办|召开)(?:或参加)?新闻发布会(?:共计|共)?" + Number + "次")),
        // The site's online interviews in a list of what the year's responses went through the site (通过政府网站回应社会关注热点
        // 信息7条,在线访谈6次,发布政策解读稿件18篇, a county's 2017 report): the 统计表's 政府网站在线访谈次数, the site named
        // once for the list. Only the list's next item after a counted one, in the same clause chain.
        // The site may be named with 在 or as the portal, other counted items may stand between, and the interviews may take
        // their verb (2024年在网站发布政策解读10篇,在线访谈4次, a provincial department's; 全年通过政府门户网站发布信息3091条,访问量
        // 达2234399人次,开展在线访谈2次, a county-level city's): the site's interviews all the same.
        new("legacy.response.interviews", "次", Make(@"(?<=(?:^|[。;；:：,，])(?:(?:19|20)\d{2}年度?[,，]?|全年)?(?:通过|在)(?:政府)?(?:门户)?网站[^\d。;；!？]{1,20}?\d+[条次篇][,，、](?:[^\d,，。;；:：!？]{1,12}?\d+(?:人次|[条次篇])[,，、]){0,2})(?:开展|组织|举办)?在线访谈(?:共计|共)?" + Number + "次")),
        // The body's new-media accounts counted together, then each by its platform's name alone in the 其中 list (通过政务新媒体
        // 发布政府信息23299条,其中微信22053条,微博745条,抖音340条, a county-level city's): the WeChat and Weibo accounts' counts,
        // as 政务微信 / 政务微博 in a list of channels are. The accounts may be named as new media a clause before their count
        // (充分利用微博、微信公众号、抖音政务号、头条等新媒体,以图文、视频等形式及时发布信息,全年发布信息578条,其中微博183条,微信公众号
        // 270条, a city bureau's).
        new("legacy.channel.wechat", "条", Make(@"(?<=(?:政务)?新媒体(?:平台)?(?:[^\d。;；!？]{0,40}?[,，](?:全年|本年度?)?)?(?:主动)?(?:发布|公开)(?:各类)?(?:政府|政务)?信息(?:共计|共)?\d+条[,，]其中[:：]?(?:微博\d+条[,，、])?)微信(?:公众号)?(?:共计|共)?" + Number + "条")),
        new("legacy.channel.weibo", "条", Make(@"(?<=(?:政务)?新媒体(?:平台)?(?:[^\d。;；!？]{0,40}?[,，](?:全年|本年度?)?)?(?:主动)?(?:发布|公开)(?:各类)?(?:政府|政务)?信息(?:共计|共)?\d+条[,，]其中[:：]?(?:微信(?:公众号)?\d+条[,，、])?)微博(?:共计|共)?" + Number + "条")),
        // The body's official Weibo in a list of its channels' counts, after its site's or WeChat account's (全年在X政务网站发布各类
        // 信息9252条,微信公众号累计发布2100篇,官方微博发布2500篇, a zone's): the account's year's posts.
        new("legacy.channel.weibo", "条", Make(@"(?<=(?:网站|微信公众号|公众号)[^\d,，。;；:：!？]{0,16}?\d+[条篇][,，、])(?:官方|政务)微博(?:全年)?共?(?:发布|推送)(?:各类)?(?:信息)?(?:共计|共)?" + Number + "[条篇]")),
        // The body's site named by its designation or as its 官网, opening a clause (全年主动公开信息2170条,中心网站发布信息1794条, a
        // trading centre's 2024 report; 官网(门户网站)发布信息217条, a city office's 2020 report): its website's count.
        new("legacy.channel.website", "条", Make(@"(?<=^|[,，。;；])(?:本|我)?(?:(?:中心|[局委办厅])(?:官方网站|门户网站|网站)|官网(?:[(（](?:门户网站|官方网站)[)）])?)(?:全年)?共?(?:主动)?(?:发布|公开)(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条")),
        // The body's own site opening the sentence as its subject, one clause of what it covered, then the whole year's count
        // (…宣传矩阵。局官网紧扣省局重点工作内容,全年公开政府信息1820条,发布政务动态1205条, a provincial bureau's): the site's
        // year's items, as 局官网全年公开… is. The clause holds no figure and names no other channel, column, part or cut-off;
        // another body's site names that body before it (省局官网…), which no sentence opens with.
        new("legacy.channel.website", "条", Make(@"(?<=(?:^|[。;；!？])(?:本|我)?[局委办厅](?:官网|官方网站|门户网站|网站)(?:(?!其中|专栏|栏目|专题|平台|微信|微博|公众号|新媒体|客户端|转载|转发|报送|截至|截止|累计|网)[^\d,，。;；:：!？、]){2,24}[,，])(?:全年|本年度?)共?(?:主动)?(?:公开|发布)了?(?:各类)?(?:政府|政务)?信息(?:共计|共)?" + Number + "条(?=[,，。;；]|$)")),
    ];

    private static readonly RowWording[] RowWordings = BuildRowWordings();

    /// <param name="year">
    /// The report's year, where known: a figure naming a year counts only when it names this one (2020年度累计 in a
    /// 2020 report is the year summed, as 本年度累计 is).
    /// </param>
    /// <param name="governmentsOwn">
    /// Whether the report is a people's government's or its office's: a figure a clause gives to a government's office
    /// (区政府办共收到…申请5件) is that government's, another body's in a department's report.
    /// </param>
    /// <param name="agency">The report's body as read (null when none): a township or street named as a figure's subject is
    /// the body's own figure only where it is this body.</param>
    public static List<ProseFigure> Read(CompactText compact, int? year, bool governmentsOwn, string? agency = null)
    {
        var report = new ReportScope(year, governmentsOwn);
        var figures = new List<ProseFigure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in Patterns)
        {
            if (seen.Contains(pattern.Key))
            {
                continue;
            }

            foreach (Match match in pattern.Regex.Matches(compact.Text))
            {
                // 主动公开2009年度政府信息28条 is the 2009 report's figure only.
                if (match.Groups["yr"].Success && !IsTheYear(match.Groups["yr"].Value, year))
                {
                    continue;
                }

                // A department named as the figure's subject (2023年，区应急管理局主动公开信息609条) is the report's body in a
                // department's report; in a government's, one of its departments.
                if (match.Groups["named"].Success && governmentsOwn)
                {
                    continue;
                }

                // A township or street named as the subject (2020年某某镇主动公开…) is the report's body only in that body's report.
                if (match.Groups["town"].Success && (agency is null || !agency.Contains(match.Groups["town"].Value, StringComparison.Ordinal)))
                {
                    continue;
                }

                // The whole area's information (全市各类政府信息) is a government's own scope, a department's area.
                if (match.Groups["whole"].Success && !governmentsOwn)
                {
                    continue;
                }

                // Items named by a field (卫生健康信息) are all the body's own only where that field is the body's (X县卫生健康委员会).
                if (match.Groups["field"].Success && !IsOwnField(agency, match.Groups["field"].Value))
                {
                    continue;
                }

                // The government's own account (政府微信公众号) is the body's own only in a government's or a township's report.
                if (match.Groups["govown"].Success && !governmentsOwn)
                {
                    continue;
                }

                var span = match.Groups["src"].Success ? match.Groups["src"] : (Group)match;
                if (TryFigure(compact, report, pattern.Key, pattern.Unit, match.Index, span.Index, span.Index + span.Length, match.Groups["n"], out var figure))
                {
                    figures.Add(figure);
                    seen.Add(pattern.Key);
                    break;
                }
            }
        }

        ReadRowWordings(compact, report, figures, seen);
        ReadStaff(compact, report, figures);
        ReadStaffing(compact, report, figures);
        ReadAnswerList(compact, report, figures);
        return figures;
    }

    /// <summary>
    /// Whether a field named before 信息 is the body's own: the words of its name right after its place and before its
    /// designation (卫生健康 of X县卫生健康委员会, 教育 of X市教育局), so the items are all the body publishes.
    /// </summary>
    private static bool IsOwnField(string? agency, string field)
    {
        if (agency is null)
        {
            return false;
        }

        var at = agency.IndexOf(field, StringComparison.Ordinal);
        if (at < 2 || !"省市县区旗州盟".Contains(agency[at - 1], StringComparison.Ordinal))
        {
            return false;
        }

        var designation = agency[(at + field.Length)..];
        return designation is "局" or "委" or "厅" or "委员会";
    }

    /// <summary>§8 "other legacy keys: the table row's own wording followed by N" (e.g. 当面申请 N 件, 举报投诉 N 件).</summary>
    private static void ReadRowWordings(CompactText compact, ReportScope report, List<ProseFigure> figures, HashSet<string> seen)
    {
        var text = compact.Text;
        foreach (var row in RowWordings)
        {
            // From 2019 the answer kinds are table 三's rows (予以公开, 本机关不掌握…): a short name in such a report's prose
            // (依申请同意公开14件, a real 2020 report's) is no 统计表 row's figure.
            if (seen.Contains(row.Key) || (row.ShortName && report.Year >= 2019))
            {
                continue;
            }

            for (var at = text.IndexOf(row.Wording, StringComparison.Ordinal); at >= 0; at = text.IndexOf(row.Wording, at + 1, StringComparison.Ordinal))
            {
                if (row.ExcludedPrefixes.Any(p => text.AsSpan(0, at).EndsWith(p, StringComparison.Ordinal))
                    || ((row.Cases || row.ShortName) && ListedAfterAnUncountedItem(text, at))
                    || (ChannelRowKeys.Contains(row.Key) && AnotherChannelJoined().IsMatch(text.AsSpan(0, at))))
                {
                    continue;
                }

                var tail = row.Tail.Match(text, at + row.Wording.Length);
                if (!tail.Success)
                {
                    continue;
                }

                var unit = MetricDictionary.IsMoney(row.Key)
                    ? tail.Groups["u"].Value
                    : MetricDictionary.TryGet(row.Key, out var definition) && definition.Unit is { } keyUnit ? keyUnit : tail.Groups["u"].Value;
                if (TryFigure(compact, report, row.Key, unit, at, at, tail.Index + tail.Length, tail.Groups["n"], out var figure))
                {
                    figures.Add(figure);
                    seen.Add(row.Key);
                    break;
                }
            }
        }
    }

    /// <summary>从事政府信息(公开)工作人员(共) N 人/名, 其中专职人员 N, 兼职人员 N — the split only within the same sentence.</summary>
    private static void ReadStaff(CompactText compact, ReportScope report, List<ProseFigure> figures)
    {
        foreach (Match match in Staff().Matches(compact.Text))
        {
            if (!TryFigure(compact, report, "legacy.org.staff", "人", match.Index, match.Index, match.Index + match.Length, match.Groups["n"], out var staff))
            {
                continue;
            }

            figures.Add(staff);
            var sentenceEnd = SentenceEnd(compact.Text, match.Index + match.Length);
            // The split may open the next sentence (…从事政府信息公开工作人员4925人。其中,专职人员965人、兼职人员3960人, a
            // province's 2008 report): still the total's parts.
            if (sentenceEnd + 1 < compact.Text.Length && compact.Text.AsSpan(sentenceEnd + 1).StartsWith("其中", StringComparison.Ordinal))
            {
                sentenceEnd = SentenceEnd(compact.Text, sentenceEnd + 1);
            }

            var rest = compact.Text[(match.Index + match.Length)..sentenceEnd];
            foreach (var (key, regex) in new[] { ("legacy.org.staff_full_time", FullTime()), ("legacy.org.staff_part_time", PartTime()) })
            {
                // A bracket inside the split counts some of a part (专职280人(包括市政府本级专职工作人员9名), a city's 2013
                // report): the part is the one outside it.
                var part = regex.Matches(rest).FirstOrDefault(p => !InsideBrackets(rest, p.Index));
                var offset = match.Index + match.Length;
                if (part is not null && !IsApproximate(compact.Text, offset + part.Index + part.Length))
                {
                    var value = Parse(part.Groups["n"].Value);
                    figures.Add(new ProseFigure(key, value, "人", compact.RawStart(offset + part.Index), compact.RawEnd(offset + part.Index + part.Length)));
                }
            }

            return;
        }
    }

    /// <summary>
    /// The answers to the applications listed in the 2019 and 2021 tables' words (2023年,共受理政府信息公开申请8件,经审查,予以
    /// 公开1件,部分公开1件,不予处理1件,不予公开4件,无法提供1件, a district bureau's 2023 report; the list may open the next
    /// sentence: …共收到政府信息公开申请486件。办理结果为:予以公开260件, a city's 2022 report): 予以公开 is the 统计表's 同意公开
    /// and 部分公开 its 同意部分公开. Not 不予公开: the 统计表's 不同意公开 also counts what is no government information,
    /// which the newer tables put under 不予处理, so the newer word is not exactly its concept (§8). Only where applications
    /// are counted before the list and the list names two answers or more with their counts; 予以公开及部分公开845件 is
    /// neither part. A key stated twice with two values is not read.
    /// </summary>
    private static void ReadAnswerList(CompactText compact, ReportScope report, List<ProseFigure> figures)
    {
        var text = compact.Text;
        var found = new Dictionary<string, List<ProseFigure>>(StringComparer.Ordinal);
        foreach (Match match in AnswerItem().Matches(text))
        {
            var key = match.Groups["kind"].Value == "予以公开" ? "legacy.apply.granted" : "legacy.apply.partial";
            var sentenceStart = SentenceStart(text, match.Index);
            var sentenceEnd = SentenceEnd(text, match.Index);
            var listStart = AnswerCount().Match(text, sentenceStart, sentenceEnd - sentenceStart).Index;
            var countedFrom = sentenceStart > 1 && IsOpeningOfAList(text.AsSpan(sentenceStart, listStart - sentenceStart)) ? SentenceStart(text, sentenceStart - 1) : sentenceStart;
            // Documents sorted by how they are disclosed (制发公文220件,其中主动公开26件,依申请公开191件,部分公开3件) count 主动公开
            // beside 依申请公开: no applications' answers.
            var before = text.AsSpan(countedFrom, match.Index - countedFrom);
            if (figures.Any(f => f.Key == key)
                || !ApplicationsCounted().IsMatch(before)
                || SortedByDisclosure().IsMatch(before)
                || AnswerCount().Count(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)) < 2
                || !TryFigure(compact, report, key, "件", match.Index, match.Index, match.Index + match.Length, match.Groups["n"], out var figure))
            {
                continue;
            }

            (found.TryGetValue(key, out var values) ? values : found[key] = []).Add(figure);
        }

        AddWhereOneValue(found, figures);

        // The sentence before counts the applications only where this one opens with the list (办理结果为:予以公开…; 其中,…).
        static bool IsOpeningOfAList(ReadOnlySpan<char> before) => before.Length <= 12 && !before.ContainsAny("0123456789");
    }

    /// <summary>Each key's figure where all its readings give one value: a key stated twice with two values is not read.</summary>
    private static void AddWhereOneValue(Dictionary<string, List<ProseFigure>> found, List<ProseFigure> figures)
    {
        foreach (var values in found.Values.Where(v => v.Select(f => f.Value).Distinct().Count() == 1))
        {
            figures.Add(values[0]);
        }
    }

    /// <summary>Whether <paramref name="at"/> stands inside a bracket opened before it in <paramref name="text"/>.</summary>
    private static bool InsideBrackets(string text, int at)
    {
        var depth = 0;
        foreach (var c in text.AsSpan(0, at))
        {
            depth += c is '(' or '（' ? 1 : c is ')' or '）' && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>
    /// The body's staffing of its disclosure work stated without the 从事…人员 total (配备了1名专职人员和2名兼职工作人员;
    /// 落实具体人员负责政府信息公开工作(其中全职2人，兼职4人); 本镇共有政府信息公开工作人员2名 — real bodies'; 全职 is
    /// 专职). Read only where the sentence staffs the disclosure work itself; a key stated twice with two values is not
    /// read, and the parts are never summed into a total the report does not print.
    /// </summary>
    private static void ReadStaffing(CompactText compact, ReportScope report, List<ProseFigure> figures)
    {
        var text = compact.Text;
        var found = new Dictionary<string, List<ProseFigure>>(StringComparer.Ordinal);
        foreach (Match match in StaffingFigure().Matches(text))
        {
            var key = match.Groups["total"].Success ? "legacy.org.staff"
                : match.Groups["kind"].Value == "兼职" ? "legacy.org.staff_part_time" : "legacy.org.staff_full_time";
            var clauseStart = ClauseStart(text, match.Index);
            if (figures.Any(f => f.Key == key)
                || !IsStaffingSentence(text, match.Index, report.Year)
                || LeadingApproximation().IsMatch(text.AsSpan(clauseStart, match.Index - clauseStart))
                || !TryFigure(compact, report, key, "人", match.Index, match.Index, match.Index + match.Length, match.Groups["n"], out var figure))
            {
                continue;
            }

            (found.TryGetValue(key, out var values) ? values : found[key] = []).Add(figure);
        }

        AddWhereOneValue(found, figures);
    }

    /// <summary>
    /// A sentence that staffs the body's disclosure work: a staffing verb before the figure, the work (信息公开 / 政务公开)
    /// named in it or, when it opens with 为此, in the sentence before; no year but the report's named there (为此，配备
    /// 了1名兼职工作人员 after 2008年5月1日起…开始开展 in a 2013 report is the staffing set up then); nobody else's staff
    /// before the figure: units, villages, a website, a counter (the 统计表's 专职 excludes website and gazette staff).
    /// A sentence starts after a heading's number too: the compact text has no line ends, and a title or heading
    /// naming 政府信息公开 says nothing of the staff after it.
    /// </summary>
    private static bool IsStaffingSentence(string text, int index, int? year)
    {
        var start = StaffingSentenceStart(text, index);
        var sentence = text[start..SentenceEnd(text, index)];
        // Other bodies' staff are named in the figure's own clause (全县各乡镇均配备了…); an earlier clause's 各 (…各科室负责人为
        // 成员,下设办公室…,配备了1名政府信息公开工作人员, a county bureau's) names the group's members, not whose staff it is.
        var clause = Math.Max(start, ClauseStart(text, index));
        // A directive to other bodies earlier in the sentence makes its staffing theirs (明确各单位成立相应工作机构,配备1名专职
        // 工作人员, a district's 2018 report: each unit's one, not the district's).
        if (!StaffingVerb().IsMatch(text.AsSpan(start, index - start)) || OtherStaff().IsMatch(text.AsSpan(clause, index - clause))
            || DirectedStaff().IsMatch(text.AsSpan(start, index - start)))
        {
            return false;
        }

        var context = sentence.StartsWith("为此", StringComparison.Ordinal) && start > 0 ? text[StaffingSentenceStart(text, start - 1)..start] + sentence : sentence;
        // The work may be named by its parts (配备了1名兼职工作人员,在本单位办公室设立了政府信息查阅点和依申请公开受理点, a
        // town's 2017 report).
        // So may its counters (配备了1名专职、26名兼职工作人员,设立了1个信息申请受理点,并开辟了公共查阅点, a commission's 2011 report).
        return (DisclosureWork().IsMatch(context) || DisclosureCounter().IsMatch(context))
            && NamedYear().Matches(context).All(y => IsTheYear(y.Value, year));
    }

    private static int StaffingSentenceStart(string text, int index)
    {
        var start = SentenceStart(text, index);
        var heading = HeadingNumber().Matches(text[start..index]).LastOrDefault();
        return heading is null ? start : start + heading.Index + heading.Length;
    }

    /// <param name="labelStart">Where the concept's wording starts (the clause before it names whose figure it is).</param>
    private static bool TryFigure(CompactText compact, ReportScope report, string key, string unit, int labelStart, int spanStart, int spanEnd, Group number, out ProseFigure figure)
    {
        figure = null!;
        var text = compact.Text;
        // Cumulative or since-when words before the figure, or in its own clause, make it no year's figure; a later
        // clause's 累计 is another figure's (主动公开政府信息104条,累计公开信息共552条: a real street office's 104 counts).
        var sentenceStart = SentenceStart(text, labelStart);
        // A section heading in brackets opens a new sentence even where the text before it ends without a stop (…公开政府
        // 信息157余条 (二)依申请公开情况 2023X局共收到…申请共9件, a real bureau's page: the compact text has no line ends), so
        // the section before's 截至 is not this figure's. 第(一)项 of a law is no heading.
        var headingEnd = 0;
        foreach (var heading in SectionHeading().EnumerateMatches(text.AsSpan(sentenceStart, labelStart - sentenceStart)))
        {
            headingEnd = heading.Index + heading.Length;
        }

        sentenceStart += headingEnd;

        var clauseEnd = text.IndexOfAny([',', '，', ';', '；', '。'], spanEnd);
        var scope = text[sentenceStart..Math.Min(SentenceEnd(text, spanEnd), clauseEnd < 0 ? text.Length : clauseEnd)];
        scope = WithoutTheYearSummed(scope, report.Year);

        // Staff, offices and reading points are counted as they stand: at the report year's end (截止2010年末，全街从事信息公开
        // 工作人员数7人, a street office's 2010 report) is the 统计表's own date for them, no cut-off of a sum.
        if (StockKeys.Contains(key))
        {
            scope = TheYearsEnd().Replace(scope, m => IsTheYear(m.Groups["y"].Value, report.Year) ? new string('_', m.Length) : m.Value);
        }

        // An earlier clause's cumulative word counts only where that clause sets the scope and states no figure of its
        // own (主动公开政府信息累计204条，通过政府网站公开信息数163条: a real township's 163 is the year's).
        var ownClause = ClauseStart(text, labelStart) - sentenceStart;
        if (NotAYearFigure().IsMatch(scope.AsSpan(Math.Max(ownClause, 0)))
            || ClauseSplit().Split(scope[..Math.Max(ownClause, 0)]).Any(clause => NotAYearFigure().IsMatch(clause) && !CountedFigure().IsMatch(clause)))
        {
            return false;
        }

        // A digit right before the label's number would mean we cut a longer number; a number that ends the text may have
        // lost its last digits with the rest (…共计收到当面申请数7, where a real county bureau's page excerpt stops).
        if ((number.Index > 0 && (char.IsAsciiDigit(text[number.Index - 1]) || text[number.Index - 1] == '.'))
            || number.Index + number.Length >= text.AsSpan().TrimEnd().Length)
        {
            return false;
        }

        // The year's new ones given in brackets after the figure (在局门户网站上发布信息100条(2012年新增15条), a city
        // bureau's 2012 report) make the figure a running total.
        if (YearsNewAfter().IsMatch(text.AsSpan(spanEnd)))
        {
            return false;
        }

        // N 条次 / 件次 counts postings or visits, not the key's items.
        if (spanEnd < text.Length && text[spanEnd] == '次')
        {
            return false;
        }

        // A wording joined to another condition by 并 (“非本机关…范围”并告知通过其他途径办理11件) counts the cases that met
        // both: not the row's own concept. A verb of the body's own joined to another of its verbs (精准梳理并主动公开政府信息
        // 70条, a township's) is what the body did: the disclosure is counted all the same.
        if (labelStart > 0 && text[labelStart - 1] == '并' && !text.AsSpan(labelStart).StartsWith("主动公开", StringComparison.Ordinal))
        {
            return false;
        }

        if (IsApproximate(text, spanEnd) || LeadingApproximation().IsMatch(text.AsSpan(labelStart, number.Index - labelStart)) || IsSubordinate(text, labelStart))
        {
            return false;
        }

        // Work done with another body on its cases (配合市政府办公开办协查依申请答复N件, a county office's, after its own
        // replies): the other body's applications, not the report's.
        var ownClauseStart = ClauseStart(text, labelStart);
        if (AnotherBodysCases().IsMatch(text.AsSpan(ownClauseStart, labelStart - ownClauseStart)))
        {
            return false;
        }

        // Information that ought to be disclosed (其他应当主动公开的政府信息3条, the 2021 reports' category of what a body
        // publishes besides its 机构职能类 and 业务公文类 items, counted after them): one kind among the items listed, not
        // what the body disclosed in the year.
        if (text.AsSpan(labelStart).StartsWith("主动公开", StringComparison.Ordinal) && OughtTo().IsMatch(text.AsSpan(0, labelStart)))
        {
            return false;
        }

        // A clause whose subject is a government's office (2022年，区政府办共收到政府信息公开申请5件, copied into a real
        // bureau's report) gives that office's figure: the report's only when the report is that government's or its office's.
        var ownStart = ClauseStart(text, labelStart);
        if (!report.GovernmentsOwn && GovernmentOffice().IsMatch(text.AsSpan(ownStart, labelStart - ownStart)))
        {
            return false;
        }

        // A sentence that opens on another year (2010年度主动公开政府信息54条 in a 2011 report, a district bureau's page that
        // kept the year before's sentence; 2010年，我局共…) gives that year's figure, not the report's.
        if (report.Year is not null && number.Index >= sentenceStart && OtherYearOpening().Match(text[sentenceStart..number.Index]) is { Success: true } opening
            && !IsTheYear(opening.Groups["y"].Value, report.Year))
        {
            return false;
        }

        // A channel named after another in a list (通过某信息公开网、某局微信公众号公开信息43条, a real bureau's) shares the
        // figure with it: their sum, no one channel's count.
        if (key.StartsWith("legacy.channel.", StringComparison.Ordinal) && ChannelBefore().IsMatch(text.AsSpan(ownStart, labelStart - ownStart)))
        {
            return false;
        }

        // A sentence counting two websites (在市政府门户网站主动公开信息60条，在镇门户网站主动公开信息5条, a real
        // township's) does not say which is the body's website count. What 其中 opens right after the figure is its parts
        // (…政府信息8条，其中：…，政府网站“X之窗”栏目发布信息4条, a real township's): a column of that site, not a second one.
        var sentenceEnd = SentenceEnd(text, spanEnd);
        var partsStart = PartsAfter().Match(text, spanEnd, sentenceEnd - spanEnd);
        var secondSiteEnd = partsStart.Success ? partsStart.Index : sentenceEnd;
        if (key == "legacy.channel.website"
            && (WebsiteFigure().IsMatch(text.AsSpan(spanEnd, secondSiteEnd - spanEnd)) || SecondSiteBefore(text, sentenceStart, labelStart)))
        {
            return false;
        }

        // Applications received counted with those carried over from the year before (受理政府信息公开申请24件(含上年结转1件),
        // a 盟 office's) are not the year's received ones.
        if (key == "legacy.apply.received" && CarriedInIncluded().IsMatch(text.AsSpan(spanEnd)))
        {
            return false;
        }

        // Applications handled with those carried over, the year's new ones counted next in the same sentence (共受理依申请公开
        // 事项30件,结转上年后新收到依申请公开事项26件, a district's summary): the first count holds the carried-in ones; the new
        // ones are the year's received.
        if (key == "legacy.apply.received" && NewOnesNext().IsMatch(text.AsSpan(spanEnd)))
        {
            return false;
        }

        // A total some of which was withdrawn (主动公开信息81条，其中退回三条，推送78条) is not certain.
        if (key == "legacy.active.total" && text.AsSpan(sentenceStart, sentenceEnd - sentenceStart).Contains("退回", StringComparison.Ordinal))
        {
            return false;
        }

        // A figure given with its share of a whole is a part of it (县直各单位主动公开政府信息1251条，占67.5%: the
        // county's total was 1,853, a real report's 统计表 says).
        // A channel's count is by definition a part of the year's whole (其中,政府门户网站公开185条,占比56.2%;X镇人民政府微信
        // 公众号公开144条,占比43.8%, a town's): its share says so and leaves it the channel's own count.
        if (!PartKeys.Contains(key) && !key.StartsWith("legacy.channel.", StringComparison.Ordinal) && ShareOfWhole().IsMatch(text.AsSpan(spanEnd)))
        {
            return false;
        }

        // The year's total, not one channel's (在…门户网站主动公开各类信息345条; 在互联网上，…主动公开信息数为1713条, a
        // real county's website count) or a part of it (其中…).
        // 其中 before the year's own additions (累计52条，其中2010年新增…14条) opens the year's share, not a part of it; also
        // where the wording itself starts on the year (累计…1338条,其中本年度新增的主动公开信息55条, a district commission's:
        // the label opens at 本年度, inside the share's words).
        var clauseStart = ClauseStart(text, labelStart);
        var yearsShare = YearsShare().Match(text, clauseStart);
        if (yearsShare.Success && (!yearsShare.Groups["y"].Success || IsTheYear(yearsShare.Groups["y"].Value, report.Year)))
        {
            clauseStart = Math.Min(clauseStart + yearsShare.Length, labelStart);
        }

        // One channel and the rest by 等 (共通过市政府门户网站等平台主动公开政府信息102条, an office's wording year after
        // year) is every channel: the year's total. Channels listed before 等 may count an item twice (§8), also when the
        // list stands in the clause before (通过门户网站、报刊等多种渠道，主动公开各类政府信息共计86条).
        // A bracketed section heading before it in the same clause (二、政府信息主动公开情况(一)公开情况省X厅2010年通过门户网站
        // 和其他…渠道主动公开…, a province department's lines run together) opens the clause: the heading's own 、 is no list.
        var channelStart = Math.Max(clauseStart, Math.Min(sentenceStart, labelStart));
        var channelClause = text.AsSpan(channelStart, labelStart - channelStart);
        if (key == "legacy.active.total"
            && ((ChannelScope().IsMatch(channelClause) && !OneChannelAndTheRest().IsMatch(channelClause) && !ShareDisclosedActively(text, clauseStart, labelStart, spanEnd))
                || ChannelPlace().IsMatch(text.AsSpan(sentenceStart, labelStart - sentenceStart))
                || ChannelList().IsMatch(text.AsSpan(sentenceStart, labelStart - sentenceStart))))
        {
            return false;
        }

        figure = new ProseFigure(key, Parse(number.Value), unit, compact.RawStart(spanStart), compact.RawEnd(spanEnd));
        return true;
    }

    /// <summary>
    /// The year's end as the cut-off of a figure the sentence gives for the year is the year's figure (截止12月31日止，
    /// 本镇2011年度共主动公开政府信息39条; 截至2009年底，我镇累计主动公开2009年度政府信息28条, real townships'), and so is
    /// 累计 over the year's own information: blanked (same length, so clause offsets hold) when the year they name is
    /// the report's. Without a word scoping the figure to the year, 截至… stays a cut-off (截至2010年底，我局主动公开政府
    /// 信息历年累计52条). The report's own year summed (某镇2020年度累计主动公开… in a 2020 report) is 本年度累计 with the year
    /// named; another year, or a range ending in it (2016至2020年度累计), is not.
    /// </summary>
    private static string WithoutTheYearSummed(string scope, int? year)
    {
        var yearWords = YearWord().Matches(scope);
        if (yearWords.Any(m => !m.Groups["y"].Success || IsTheYear(m.Groups["y"].Value, year)))
        {
            // 截至目前 only before the report's own year (截至目前，2015年度… in a 2017 report stays a cut-off).
            var ownYearNamed = yearWords.Any(m => m.Groups["d"].Success ? IsTheYear(m.Groups["d"].Value, year) : !m.Groups["y"].Success || IsTheYear(m.Groups["y"].Value, year));
            scope = YearEndCutOff().Replace(scope, m => m.Value.EndsWith("目前", StringComparison.Ordinal)
                ? (ownYearNamed ? new string('_', m.Length) : m.Value)
                : !m.Groups["y"].Success || IsTheYear(m.Groups["y"].Value, year) ? new string('_', m.Length) : m.Value);
            scope = SummedOverTheYear().Replace(scope, m => IsTheYear(m.Groups["y"].Value, year) ? new string('_', m.Length) : m.Value);
        }

        // Since the report year's first day (对2023年1月1日以来的政府信息进行了梳理…,2023年新增主动公开政府信息130条, a real
        // town's 2023 report) is the year itself; since another year's is several.
        scope = SinceTheYearsStart().Replace(scope, m => IsTheYear(m.Groups["y"].Value, year) ? new string('_', m.Length) : m.Value);

        // The whole year opening the clause, the body or the channel named before its 累计 (全年通过政府门户网站累计公开信息N条, a
        // district's; 全年县政府各部门、乡镇(街道)累计通过…发布, a county's): the year summed, as 全年累计 is; not where the words
        // between reach back further (历年, 以来, 多年, 历史).
        scope = YearOpeningSummed().Replace(scope, m => ReachesBack().IsMatch(m.Value) ? m.Value : new string(' ', m.Length));

        // The report's year named opening the sentence, then the body or the channel before its 累计 (2025年,累计通过区政府门户
        // 网站公开政府信息N条; 2025年,区政府办公室通过区政府网站累计主动公开…N条, a district office's; 2023年在“X文旅”微信公众号
        // 累计发布信息N条, a district bureau's, no comma after the year): that year summed, as 全年 is above; not another year,
        // the year's end (2023年底累计…) or 至今, nor where the words between reach back.
        scope = YearNamedOpeningSummed().Replace(scope, m => ReachesBack().IsMatch(m.Value) || !IsTheYear(m.Groups["y"].Value, year) ? m.Value : new string(' ', m.Length));

        return YearSummed().Replace(scope, m => IsTheYear(m.Groups["y"].Value, year) ? new string(' ', m.Length) : m.Value);
    }

    /// <summary>
    /// Whether 其中 opens the share of the year's information disclosed actively, the rest being the share disclosed on
    /// application (2021年我镇政府共公开信息44条,其中主动公开信息数为44条,依申请公开信息数为0条, a town's 2021 report): the
    /// active share is the year's total. Only where the whole is information published, through no channel named (not
    /// documents by their disclosure attribute, 制发公文220件，其中主动公开26件, §8's non-metric), and the share disclosed on
    /// application follows. The older reports' whole is the information made or obtained, split the same way (2011年制作、获取
    /// 政府信息总数N条，其中主动公开政府信息N条，作为依申请公开信息数N条，不予公开信息数N, the 统计表-era formula).
    /// </summary>
    private static bool ShareDisclosedActively(string text, int clauseStart, int labelStart, int spanEnd)
    {
        if (clauseStart < 1 || !SharesOpening().IsMatch(text.AsSpan(clauseStart, labelStart - clauseStart)))
        {
            return false;
        }

        var wholeStart = ClauseStart(text, clauseStart - 1);
        var whole = text.AsSpan(wholeStart, clauseStart - 1 - wholeStart);
        return InformationWhole().IsMatch(whole) && !ChannelScope().IsMatch(whole) && OnApplicationShare().IsMatch(text.AsSpan(spanEnd));
    }

    /// <summary>
    /// Whether the sentence before the label counts another website. A whole counted over the website and other channels
    /// together, whose parts 其中 then lists (我办共通过门户网站及政务新媒体方式主动公开907条，其中通过政府网站公开86条，微信公众号
    /// 公开821条, a 盟 office's; …门户网站、微信、微博共发布各类信息数量17249条(其中:政府网站公开15631条…), a county's), is no
    /// second site: the label is that whole's website part.
    /// </summary>
    private static bool SecondSiteBefore(string text, int sentenceStart, int labelStart)
    {
        if (!WebsiteFigure().IsMatch(text.AsSpan(sentenceStart, labelStart - sentenceStart)))
        {
            return false;
        }

        var partsAt = text.LastIndexOf("其中", labelStart - 1, labelStart - sentenceStart, StringComparison.Ordinal);
        return partsAt < 0
            || !ChannelsWhole().IsMatch(text.AsSpan(sentenceStart, partsAt - sentenceStart))
            || WebsiteFigure().IsMatch(text.AsSpan(partsAt, labelStart - partsAt));
    }

    private static bool IsTheYear(string digits, int? year) =>
        year is { } y && int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) == y;

    /// <summary>N 条以上 / N 次左右 / N 篇多: a bound or an estimate, not an exact figure (§8).</summary>
    private sealed record ReportScope(int? Year, bool GovernmentsOwn);

    private static bool IsApproximate(string text, int afterMeasure) => TrailingApproximation().IsMatch(text.AsSpan(afterMeasure));

    /// <summary>The clause before the wording names subordinate or urged units (所属8个单位共受理…, 下属事业单位主动公开…).</summary>
    private static bool IsSubordinate(string text, int labelStart)
    {
        var clauseStart = ClauseStart(text, labelStart);
        return SubordinateScope().IsMatch(text.AsSpan(clauseStart, labelStart - clauseStart));
    }

    private static int ClauseStart(string text, int labelStart)
    {
        var clauseStart = labelStart;
        while (clauseStart > 0 && text[clauseStart - 1] is not ('。' or ',' or ';' or '；' or ':' or '!' or '！' or '？' or '?'))
        {
            clauseStart--;
        }

        return clauseStart;
    }

    private static RowWording[] BuildRowWordings()
    {
        var wordings = new List<(string Key, string Wording)>();
        foreach (var row in StandardTables.LegacyStatistics)
        {
            if (row.Key is null || DependentRowKeys.Contains(row.Key, StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var label in new[] { row.Label }.Concat(row.LabelVariants))
            {
                var wording = TrailingCount().Replace(TextShapes.Core(TextShapes.Norm(label)), string.Empty);
                if (wording.Length >= 4 && !wordings.Contains((row.Key, wording)))
                {
                    wordings.Add((row.Key, wording));
                }
            }
        }

        var result = new List<RowWording>();
        foreach (var (key, wording) in wordings)
        {
            // The same wording for two keys says neither.
            if (wordings.Any(w => w.Key != key && w.Wording == wording))
            {
                continue;
            }

            var excluded = StandardTables.LegacyStatistics
                .SelectMany(r => new[] { r.Label }.Concat(r.LabelVariants))
                .Select(l => TrailingCount().Replace(TextShapes.Core(TextShapes.Norm(l)), string.Empty))
                .Where(other => other.Length > wording.Length && other.EndsWith(wording, StringComparison.Ordinal))
                .Select(other => other[..^wording.Length])
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var unit = MetricDictionary.IsMoney(key)
                ? "万元|元"
                : MetricDictionary.TryGet(key, out var definition) ? (definition.Unit == "人" ? "人|名" : Regex.Escape(definition.Unit ?? string.Empty)) : string.Empty;

            // Older reports count applications in 条 as their 统计表 does (信函申请1条), or in 宗 (当面申请1宗, a real bureau's).
            // They may be counted in 项 as items applied for (收到网络依申请公开申请7项，信函申请1项，当面申请0项, a scenic area
            // committee's 2022 report).
            unit = unit == "件" && key.StartsWith("legacy.apply.", StringComparison.Ordinal) ? "件|条|宗|项" : unit;

            // Documents are counted as documents (主动公开规范性文件1件, a city's aggregate report; …14个, a region's commission's):
            // the 统计表's 条 in other words.
            unit = key == "legacy.active.normative_docs" ? "条|件|个|份" : unit;

            // The responses may be counted as items (全年共计回应公众关注热点或重大舆情数18条, a county bureau's 2017 report) or as
            // cases (回应公众关注热点或重大舆情数1件, a street office's 2017 report): the row's count in another measure word.
            unit = key == "legacy.response.hot_topics" ? "次|条|件" : unit;
            if (unit.Length == 0)
            {
                continue;
            }

            // Reviews and suits are counted as cases or as the applications for them (行政复议申请0件, 行政复议案共1起,
            // 提起行政诉讼0宗: real townships', bureaus' and offices' wordings), the table's 数量 all the same; named second
            // in a list (发生行政复议、行政诉讼案件0件, a real zone's) they share one count: neither's.
            // The cases may follow 的 (被行政诉讼的案件共6件, a district office's).
            var cases = key is "legacy.review.total" or "legacy.litigation.total";
            result.Add(cases
                ? new RowWording(key, wording, Tail("件|宗|起", "(?:的?(?:申请|案件?))?"), excluded, Cases: true)
                : new RowWording(key, wording, Tail(unit, string.Empty, countWordAlone: !MetricDictionary.IsMoney(key)), excluded));
        }

        foreach (var (key, wording, excluded, unit) in ProseRowWordings)
        {
            result.Add(new RowWording(key, wording, Tail(unit, string.Empty), excluded, ShortName: true));
        }

        return [.. result];
    }

    /// <summary>
    /// What may stand between a row's wording and its number: the table's 数 (条数 as a real township writes it; 数量 as the
    /// row itself prints it: 因政府信息公开申请行政复议数量4件, a county's; 总次数 and 次数 as the 统计表 prints them:
    /// 参加或举办新闻发布会总次数0次, 政府网站在线访谈次数0次, a real bureau's prose), a
    /// copula or 的 (当面申请为312件, 申请信息不存在的196件: the row's count all the same), a 共 summing it, or the table's
    /// note inserted as a qualifier (舆情数，包括正面舆情和负面舆情共13次: no digit in it, within its clause). A closing quote
    /// ends a quoted wording (“信息不存在”的1件).
    /// </summary>
    /// <param name="caseWord">What the row's cases may be called right after its wording (案件 after 行政复议).</param>
    /// <param name="countWordAlone">
    /// Whether the row's count word may stand for its measure word: the wording with the table's 数 and its number, the
    /// clause ending right after it (…，政务微信公开政府信息数170，其他方式公开政府信息数49条, a county-level city bureau's list
    /// in the 统计表's own words): the row's count in the row's unit. Not for sums of money, whose unit must be printed.
    /// </param>
    private static Regex Tail(string unit, string caseWord, bool countWordAlone = false) =>
        Make(@"\G""?" + caseWord + @"(?:(?:(?:条数|件数|数量|总次数|次数|数)(?:为|是|共计|总计)?|为|是|的|数,包括[^\d,。;；:!？]{1,20}?(?=共))?共?" + Number + "(?<u>" + unit + ")"
            + (countWordAlone ? @"|(?:条数|件数|数量|总次数|次数|数)(?:为|是)?" + Number + "(?<u>)(?=[,，。;；、]|$)" : string.Empty) + ")");

    private static decimal Parse(string digits) =>
        decimal.Parse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static int SentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] is '。' or '!' or '！' or '？' or '?')
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string text, int index)
    {
        for (var i = index; i < text.Length; i++)
        {
            if (text[i] is '。' or '!' or '！' or '？' or '?')
            {
                return i;
            }
        }

        return text.Length;
    }

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether the wording at <paramref name="at"/> follows 、和及与 after a list item with no count of its own.</summary>
    private static bool ListedAfterAnUncountedItem(string text, int at) =>
        at > 0 && text[at - 1] is '、' or '和' or '及' or '与'
        && !(at >= 3 && text[at - 2] is '件' or '宗' or '起' or '次' && (char.IsAsciiDigit(text[at - 3]) || "零〇一二三四五六七八九十".Contains(text[at - 3], StringComparison.Ordinal)));

    // Also the 统计表's row word 数 and 信息公开 for 政府信息公开 (截止2010年末，全街从事信息公开工作人员数7人，兼职人员7人, a
    // street office's 2010 report); not 信息 alone (news work).
    // The staff had by the whole area or the body itself, opening its clause (目前,全市有政府信息公开工作人员N人,其中专职人员…,
    // a city's compiled report; 我局共有政府信息公开工作人员N名), and the number before the work (全市…共有N人从事政府信息公开
    // 工作, a city's): the same total. Never after 培训, 参加 or a unit's name: only 全X or 本/我X before the verb of having.
    // The staff may be named as both kinds at once (从事政府信息公开工作的专(兼)职工作人员共768人, a city's 2012 report), and
    // the work joined to them by 的 (从事政府信息公开的工作人员有84人, a district's 2018 report) or counted with 有 (從事政府
    // 信息公開工作人員有961人, a city's 2013 report on a traditional-character mirror). The area's whole may count them
    // without 有 (据统计,全区政府信息公开工作人员共50人, a district's 2011 report), though not those sent to training.
    [GeneratedRegex(@"从事(?:政府信息(?:公开)?|信息公开)(?:工作(?:的)?(?:专\(兼\)职(?:工作)?)?人员|的工作人员有?)(?:数)?(?:共有|共|有)?(?<n>\d+)[人名]|(?<=(?:^|[,，;；。:：])(?:全(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)|(?:本|我)(?:省|市|州|县|区|旗|镇|乡|局|委|办|单位|机关))(?:共有|现有|有)?)(?:政府信息(?:公开)?|信息公开)工作人员共?(?<n>\d+)[人名](?![^,，。;；]{0,6}?(?:参加|参训|受训|培训))|(?<=共有|现有)(?<n>\d+)[人名]从事(?:政府信息(?:公开)?|信息公开)工作")]
    private static partial Regex Staff();

    // N名专职(工作)人员, 兼职(人员)N人, 全职N人; the total only right after a verb of having (共有政府信息公开工作人员2名),
    // or as what was staffed (配备了1名政府信息公开工作人员, 配备政府信息公开工作人员2人: real towns'), never after 培训 or 所有.
    // Full- and part-time together (专、兼职, 专兼职) are the staff as a whole: the total only as what was staffed (全县已配备政府
    // 信息公开专、兼职工作人员109人, a county's 2011 report), or had, the verb opening its clause (…专门工作机构13个,共有专、兼职
    // 工作人员441名, a prefecture's 2015 report), never the part-time staff.
    // The staff may be called 干部 and the work named between the count and its kind (配备了1名教育政务信息公开工作专职干部、2名
    // 兼职干部, a county bureau's). The staff charged with the work itself, no kind named (安排了1名工作人员专门负责信息公开工作的
    // 收集、审核和发布, a town's 2023 report), are the total.
    // The work may be named without 工作 (配备了4名政府信息公开全职工作人员, a statistics bureau's 2012 report). Two kinds may
    // share their staff word (共配备了1名专职、26名兼职工作人员, a commission's 2011 report), the kind may follow the staff as
    // what they do (配备了1名工作人员兼职负责政府信息公开的日常工作, a scenic area's), and the count may be had (从事信息公开工作
    // 的兼职人员有3名, a town's).
    [GeneratedRegex(@"(?<n>\d+)名(?:[\u4E00-\u9FFF]{0,8}?(?:信息公开|政务公开)(?:工作)?)?(?<kind>专职|兼职|全职)(?:工作)?(?:人员|干部)|(?<n>\d+)名(?<kind>专职|兼职|全职)(?=[、和及与]\d+名(?:专职|兼职|全职)(?:工作)?(?:人员|干部))|(?<=配备了?|安排了?)(?<n>\d+)名(?:工作)?人员(?<kind>专职|兼职|全职)负责|(?<![专兼][、和及与]?)(?<kind>专职|兼职|全职)(?:工作)?(?:人员)?有?(?<n>\d+)[人名]|(?<=配备了?|[,;；。]共有|[,;；。]现有)(?:政府信息公开|信息公开)?(?<total>专[、和]?兼职)(?:工作)?人员共?(?<n>\d+)[名人]|(?<=(?:本|我)[^\d,。;；:!？]{1,4}?(?:共有|现有)|配备了?)(?<total>政府信息公开(?:工作)?人员)共?(?<n>\d+)[名人]|(?<=配备了?)(?<n>\d+)名(?<total>政府信息公开(?:工作)?人员|专[、和]?兼职(?:工作)?人员)|(?<=配备了?|安排了?)(?<n>\d+)名(?<total>工作人员)(?=(?:专门)?负责(?:政府)?信息公开)")]
    private static partial Regex StaffingFigure();

    // 由 right before the figure staffs the work by it (现无专职人员,由1名兼职人员承担此项工作, a city bureau's 2011 report).
    [GeneratedRegex(@"配备|配置|落实|安排|确定|明确|共有|现有|设有|从事|由$")]
    private static partial Regex StaffingVerb();

    [GeneratedRegex(@"各|每|村|社区|所属|下属|直属|所辖|下辖|网站|公报|窗口|大厅|热线|中心")]
    private static partial Regex OtherStaff();

    [GeneratedRegex(@"(?:明确|要求|督促|指导|责成|推动)(?:全[省市州县区旗镇乡])?各")]
    private static partial Regex DirectedStaff();

    [GeneratedRegex(@"依申请公开|申请受理点|公共查阅点")]
    private static partial Regex DisclosureCounter();

    // Not a report's own name (…政府信息公开工作年度报告).
    [GeneratedRegex(@"(?:信息公开|政务公开)(?!(?:工作)?(?:年度)?(?:报告|年报))")]
    private static partial Regex DisclosureWork();

    [GeneratedRegex(@"[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|(?<![\d.])\d{1,2}[.、](?!\d)")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"(?<!第)\([一二三四五六七八九十]{1,3}\)(?!项)")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?=年)")]
    private static partial Regex NamedYear();

    // An answer of the 2019 and 2021 tables with its count; 部分公开 not joined to another answer (予以公开及部分公开845件,
    // 公开或部分公开18件 sum both).
    // The answers may be quoted (其中“予以公开”67件、“部分公开”8件, a district's 2024 report).
    [GeneratedRegex(@"(?<kind>予以公开|(?<![及和与或意]|公开、)部分公开)""?(?:信息)?(?<n>\d+)[件条]")]
    private static partial Regex AnswerItem();

    [GeneratedRegex(@"主动公开\d+[件条份]")]
    private static partial Regex SortedByDisclosure();

    [GeneratedRegex(@"(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|信息不存在|非本机关)[^,，。;；:：\d]{0,12}?\d+[件条]")]
    private static partial Regex AnswerCount();

    // Applications counted, not a review's or a suit's (收到…申请486件, 依申请公开信息43条, 收到7件依申请公开件).
    [GeneratedRegex(@"(?<!复议|诉讼)申请[^。;；\d]{0,30}?\d+[件条宗]|\d+件依申请公开|依申请公开[^。;；\d]{0,12}?\d+[件条]")]
    private static partial Regex ApplicationsCounted();

    // After the staff's total the kind alone names the part (其中,专职280人…,兼职681人).
    [GeneratedRegex(@"专职(?:工作)?(?:人员)?(?<n>\d+)[人名]")]
    private static partial Regex FullTime();

    [GeneratedRegex(@"兼职(?:工作)?(?:人员)?(?<n>\d+)[人名]")]
    private static partial Regex PartTime();

    // Cumulative, multi-year or "so far" figures are not the reporting year's figure.
    // 全年累计 / 本年度累计 sums the year itself (全年累计主动公开政府信息246条, a real bureau's), as 一年以来 spans it (一年以来,
    // 市X局共收到政府信息公开申请1件, a real bureau's), though not eleven years (十一年以来).
    // 至今未… says what has not happened so far (主要是因为至今未实现, a reason given in the line before a real bureau's 1件):
    // no figure's scope.
    // 至目前为止 is 截至目前 in other words (至目前为止,在局门户网站上发布信息100条(2012年新增15条), a city bureau's 2012 report).
    [GeneratedRegex(@"截至|截止|[至到]目前为止|(?<!全年|本年|本年度|今年|年内)累计|至今(?!未|尚未|仍未|从未|没有)|(?<!今年|本年|年初|(?<![\d十百两几多])一年)以来")]
    private static partial Regex NotAYearFigure();

    [GeneratedRegex(@"^[(（](?:(?:19|20)\d{2}年度?|本年度?|当年|今年)新增")]
    private static partial Regex YearsNewAfter();

    // YYYY年度累计, and YYYY年累计 (2013年累计主动公开政府信息35条, a real bureau's 2013 report); not after a range's
    // 至/到/- or another year's 和/、. The year may open the clause with the body as its subject before 累计, its months
    // named (2024年，我街道累计收到…; 2023年1—12月，我委在X网站累计发布…): that year summed, unless the words between
    // reach back further (历年, 以来, 多年, 历史). A township's whole area is its own (2021年,全苏木累计通过…公开信息23条, a
    // 苏木's 2021 report), as a bureau's whole is (2012年,全局累计主动公开政府信息12条, a real bureau's 2012 report), and
    // a body named in full is its 我局 (2022年某某市商务局累计主动公开信息91篇, a county-level city bureau's). The year's
    // whole span named day by day before 累计 (我镇自2016年1月1日到12月31日累计主动公开政府信息915条, a town's) is that
    // year summed too. Those
    // words are looked for once, ahead of the span: the same test inside the lazy span (an optional group) made the
    // generated matcher overflow its backtracking stack on a real 21-character clause (2020年1-12月,我局通过X区政府门户网站…)
    // and end the whole extraction.
    [GeneratedRegex(@"(?<![\d至到~\-—－、和与])(?<y>(?:19|20)\d{2})年度?(?:1月?[-—－~至到]12月份?|1月1日起?(?:至|到|[-—－~])(?:\k<y>年)?12月31日止?)?(?:[,，]?(?:(?:[我本]|全(?=镇|乡|苏木|街道|局))(?![^\d,，。;；:：!？]{0,20}?(?:历年|以来|多年|历史))[^\d,，。;；:：!？]{1,20}?|(?![^\d,，。;；:：!？]{0,16}?(?:历年|以来|多年|历史))[^\d,，。;；:：!？、]{2,16}?(?:局|委员会|中心)(?=累计)))?累计")]
    private static partial Regex YearSummed();

    // A comma may follow the year's word, the body's name after it (本年度,区教育局累计主动公开…, a district bureau's).
    [GeneratedRegex(@"(?<![^,，。;；:：!？])(?:全年|本年度?|今年)[,，]?[^\d,，。;；:：!？]{1,30}?累计")]
    private static partial Regex YearOpeningSummed();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})年度?(?![底末初])[,，]?(?![^\d,，。;；:：!？]{0,20}?至今)[^\d,，。;；:：!？]{0,20}?累计")]
    private static partial Regex YearNamedOpeningSummed();

    [GeneratedRegex(@"历年|以来|多年|历史")]
    private static partial Regex ReachesBack();

    [GeneratedRegex(@"政府办(?:公室|公厅)?")]
    private static partial Regex GovernmentOffice();

    // A sentence's opening that is a year alone (2010年度… / 2010年，我局共…), not a month's date (2010年12月至…). A section's
    // heading may stand before it where the heading has no stop of its own (一、概述 / 2022年我单位共制作…: the compact text
    // runs them together; a real 2023 report's overview kept the year before's sentence).
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]{1,3}、[\u4E00-\u9FFF]{2,10}?)?(?<y>(?:19|20)\d{2})年度?(?![\d月])")]
    private static partial Regex OtherYearOpening();

    // Items reposted from other sites (转发中央…和省级政府网站信息119条, a real bureau's) are no second website's count, nor
    // the media's sites the body's pieces ran on (在各级媒体网站、报刊、杂志等载体公开信息5327条, a street's, after its
    // portal's count). Nor items sent up to another site (向市政府网站投递信息499条, a district office's, after its portal's
    // count), as items reported (报送) are not.
    [GeneratedRegex(@"(?<!(?:转发|转载)[^,，。;；]{0,24})(?<!媒体)网站(?![^\d,，。;；]{0,6}?(?:报送|投递))[^,，。;；]{0,16}?\d+条")]
    private static partial Regex WebsiteFigure();

    // A figure counted over the website and another channel named with it, right before its 其中 (…门户网站及政务新媒体方式主动
    // 公开907条，/ …门户网站、微信、微博共发布各类信息数量17249条().
    [GeneratedRegex(@"(?:网站|微博|微信|公众号|客户端|新媒体)(?:[、和及与]|以及)[^,，。;；\d]{0,16}?(?:网站|微博|微信|公众号|客户端|新媒体)[^,，。;；\d]{0,24}?\d+条[(（]?[,，:：]?$")]
    private static partial Regex ChannelsWhole();

    // (含上年结转1件) / 包括上年度结转的2件 right after a received count; inside a bracket also after the year's new ones
    // listed first ((含新收11件、上年结转1件), a banner's summary), or naming how many of them were carried over (收到依申请
    // 公开事项5件(其中1件为上年结转政府信息公开申请), a county office's 2023 report).
    [GeneratedRegex(@"^(?:[(（]?(?:其中)?(?:含|包含|包括)[^,，。;；)）\d]{0,8}?|[(（](?:其中)?(?:含|包含|包括)[^。;；()（）]{0,24}?[、,，;；][^\d()（）。;；]{0,8}?|[(（]其中(?:\d+件(?:为|是|系))?[^\d,，。;；()（）]{0,8}?)结转")]
    private static partial Regex CarriedInIncluded();

    // ,结转上年后新收到… / ,其中新收… / ,本年度新受理… right after a received count: the next clause counts the year's new
    // applications apart from the carried-in ones.
    [GeneratedRegex(@"^[,，](?:[^\d,，。;；]{0,10}?结转[^\d,，。;；]{0,8}?)?(?:其中[,，:：]?)?(?:本年度?|今年|(?:19|20)\d{2}年度?)?新(?:收到|接收|受理|收)")]
    private static partial Regex NewOnesNext();

    [GeneratedRegex(@"\G[,，]?其中")]
    private static partial Regex PartsAfter();

    [GeneratedRegex(@"[,，;；:]")]
    private static partial Regex ClauseSplit();

    // A clause that states a figure of its own, exact or not (累计主动公开政府信息14000余条, a city's clause before its
    // interpretations' count), is that figure's clause; its 累计 scopes no other clause.
    [GeneratedRegex(@"\d(?:余|多)?[条件次篇个人项]")]
    private static partial Regex CountedFigure();

    // 截至目前 too: before the year's own figure (截至目前,2014年度主动公开…393条, a real street office's) it is the year's.
    // A page may have lost the 年 between the year and 12月 (截至202012月31日, a real township's).
    // The month alone is its end (2023年度,X镇…进行公开,截至12月,我镇主动公开政府信息共10条, a town's), not a day of it (截至12月20日).
    // 到 may follow the word (截止到2024年12月31日,全年通过政府网站公开信息36条, a district bureau's): the same year's end.
    [GeneratedRegex(@"截[至止]到?(?:(?:(?<y>(?:19|20)\d{2})年?)?12月(?:31日|[底末])?(?!\d)止?|(?<y>(?:19|20)\d{2})?年[底末]止?|目前)")]
    private static partial Regex YearEndCutOff();

    // 截至/截止 a named year's end (2010年末, 2010年底, 2010年12月31日).
    [GeneratedRegex(@"截[至止](?<y>(?:19|20)\d{2})年(?:12月31日|[底末])止?")]
    private static partial Regex TheYearsEnd();

    [GeneratedRegex(@"累计(?=(?:主动)?公开(?<y>(?:19|20)\d{2})年度)")]
    private static partial Regex SummedOverTheYear();

    [GeneratedRegex(@"(?<![\d至到~\-—－、和与])(?<y>(?:19|20)\d{2})年1月1日起?以来")]
    private static partial Regex SinceTheYearsStart();

    // YYYY年新增 (其中2010年新增主动公开政府信息14条, a real bureau's) scopes the figure to that year only, also with the
    // body and the verb between (截至2021年12月31日，2021年我局主动公开新增信息145条, a city bureau's: the year's end).
    [GeneratedRegex(@"(?<d>(?:19|20)\d{2})年度|(?<y>(?:19|20)\d{2})年(?:新增|(?=[^\d,，。;；]{1,8}?新增))|全年|本年度?|今年")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"在[^,，。；;]{0,12}?(?:互联网|网站|网|平台|微博|微信|公众号|客户端)上")]
    private static partial Regex ChannelPlace();

    [GeneratedRegex(@"、[^,，。；;、]{1,12}等(?:多种|多个|各类|各种)?(?:渠道|方式|平台|途径|载体)")]
    private static partial Regex ChannelList();

    [GeneratedRegex(@"(?:网站?|微博|微信|公众号|客户端|公报|平台)[、和及与][^,，。；;、]{0,16}$")]
    private static partial Regex ChannelBefore();

    [GeneratedRegex(@"^[,，]?(?:约)?占[^,，。；;]{0,12}?(?:%|％|百分之)")]
    private static partial Regex ShareOfWhole();

    [GeneratedRegex(@"^(?:以上|以下|左右|上下|有余|多|余|许)")]
    private static partial Regex TrailingApproximation();

    // A channel named right before another's wording, joined to it (信函传真申请2件, a town's page: letters and faxes counted
    // together) or listed with it by 、/和/或 (信函、传真申请2件): the two channels' sum, neither's own count.
    [GeneratedRegex(@"(?:当面|传真|信函|来信|邮寄|邮件|电子邮件|网络|网上|互联网|在线|电话)[、和及与或]?$")]
    private static partial Regex AnotherChannelJoined();

    [GeneratedRegex(@"(?:应当|应该|应)$")]
    private static partial Regex OughtTo();

    // Patterns put N right after the wording, so these only show when a pattern allows a gap; checked all the same.
    [GeneratedRegex(@"(?:约|近|超过|逾|大约|将近|不足|不到)$")]
    private static partial Regex LeadingApproximation();

    [GeneratedRegex(@"\G其中(?:(?<y>(?:19|20)\d{2})年度?|本年度?)(?:新增|(?=主动公开))")]
    private static partial Regex YearsShare();

    // A named channel; 通过各类渠道 (all of them) is the total.
    // A body's 官网 is its website (通过X局官网主动公开各类政府信息113条).
    // The government's 外网 (its public network, 在县人民政府外网主动公开…, a town's) is its website.
    // A site named X人民政府网 or X政务网 without 站 is one too (X市通过X市人民政府网主动公开政府信息N条, a city's): its count.
    // So is a disclosure site called 网 (在信息公开网主动公开各类政府信息共计402条, a city bureau's: its one site's count).
    [GeneratedRegex(@"网站|网上|互联网|官网|外网|政府网|政务网|公开网|微博|微信|公众号|平台|公报|客户端|新媒体|其中")]
    private static partial Regex ChannelScope();

    // The channels may be called 公开渠道 and the verb stand after them (通过某区政府网站等公开渠道发布主动公开政府信息N条, a real
    // street office's).
    // The rest may be called the other channels (省X厅2010年通过门户网站和其他信息公开渠道主动公开政府信息N条, a province
    // department's): every channel as well, so the year's total. Not two channels named (通过门户网站和微信公众号).
    [GeneratedRegex(@"^(?![^,，]*其中)[^、和及与]*?通过[^、和及与]*?(?:等(?:公开)?(?:平台|渠道|载体)(?:发布|公布)?|(?:和|及|与|以及)其[他它](?:各类|各种)?(?:信息公开|公开)?(?:平台|渠道|载体|方式|途径))$")]
    private static partial Regex OneChannelAndTheRest();

    [GeneratedRegex(@"^其中[:：]?$")]
    private static partial Regex SharesOpening();

    [GeneratedRegex(@"(?:公开|制作|获取)(?:各类)?(?:政府|政务)?信息(?:总数为?|共计|共)?\d+条$")]
    private static partial Regex InformationWhole();

    // A note on the active share's kinds may stand between (其中主动公开668条(包括规划信息…等),依申请公开19条, a district bureau's).
    [GeneratedRegex(@"^(?:\([^()]{0,80}\))?[,，;；、](?:作为)?依申请公开")]
    private static partial Regex OnApplicationShare();

    // Helping another body look into or handle its cases (协查, 协助办理).
    [GeneratedRegex(@"协查|协助")]
    private static partial Regex AnotherBodysCases();

    // Bodies the report's body urges (督促市政府部门通过X网发布政府信息N条, a real city office's) did the publishing.
    [GeneratedRegex(@"所属|下属|直属|所辖|下辖|督促")]
    private static partial Regex SubordinateScope();

    // 总次数 / 次数 / 总数 / 数量 / 数: the table counts; prose states the count itself (当面申请数 → 当面申请 N 件).
    [GeneratedRegex(@"(?:总次数|次数|总数|数量|数)$")]
    private static partial Regex TrailingCount();
}
