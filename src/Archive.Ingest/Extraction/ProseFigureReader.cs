using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Ingest.Extraction;

/// <summary>
/// Figures stated in prose (metric-dictionary.md §8). Only sentences that state exactly a key's concept with printed
/// digits and a measure word count; approximations (余/多/约), cumulative figures (截至/累计) and reposts are skipped.
/// Precision over recall: each pattern names its concept literally. Prose never yields table keys.
/// </summary>
internal static partial class ProseFigureReader
{
    private const string Number = @"(?<n>\d{1,3}(?:,\d{3})+|\d+)";

    private sealed record Pattern(string Key, string Unit, Regex Regex);

    private static readonly Pattern[] Patterns =
    [
        new("legacy.active.total", "条", Make(@"主动公开政府信息数?共?" + Number + "条")),
        new("legacy.channel.website", "条", Make(@"政府网站公开政府信息共?" + Number + "条")),
        new("legacy.channel.website", "条", Make(@"通过[^,。;、!？]{0,20}?(?:政府网站|政府信息网|门户网站)发布政府信息共?" + Number + "条")),
        new("legacy.channel.weibo", "条", Make(@"政务微博(?:公开|发布)政府信息共?" + Number + "条")),
        new("legacy.channel.wechat", "条", Make(@"政务微信(?:公开|发布)政府信息共?" + Number + "条")),
        new("legacy.channel.wechat", "条", Make(@"微信公众号[^。;!？]{0,80}?(?<src>(?:全年)?共发布(?:各类)?信息" + Number + "条)")),
        new("legacy.channel.gazette", "条", Make(@"政府公报公开政府信息共?" + Number + "条")),
        new("legacy.channel.other", "条", Make(@"其他方式公开政府信息共?" + Number + "条")),
        new("legacy.response.interpretations", "篇", Make(@"(?<!转)发布政策解读(?:稿件|信息)共?" + Number + "[篇条]")),
        new("legacy.response.interviews", "次", Make(@"政府网站在线访谈共?" + Number + "次")),
        new("legacy.apply.received", "件", Make(@"(?:收到|受理)(?:政府信息公开)?申请共?" + Number + "件")),
        new("legacy.org.reading_points", "个", Make(@"政府信息公开查阅点数?共?" + Number + "个")),
        new("legacy.meetings", "次", Make(@"召开政府信息公开工作会议或专题会议共?" + Number + "次")),
        new("legacy.trainings", "次", Make(@"举办(?:各类)?培训班共?" + Number + "次")),
        new("legacy.trainees", "人次", Make(@"(?:培训(?:工作)?人员|接受培训人员)共?" + Number + "人次")),
        new("legacy.complaints", "件", Make(@"举报投诉共?" + Number + "件")),
    ];

    public static List<ProseFigure> Read(CompactText compact)
    {
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
                if (TryFigure(compact, pattern.Key, pattern.Unit, match, out var figure))
                {
                    figures.Add(figure);
                    seen.Add(pattern.Key);
                    break;
                }
            }
        }

        ReadStaff(compact, figures);
        return figures;
    }

    /// <summary>从事政府信息(公开)工作人员(共) N 人/名, 其中专职人员 N, 兼职人员 N — the split only within the same sentence.</summary>
    private static void ReadStaff(CompactText compact, List<ProseFigure> figures)
    {
        foreach (Match match in Staff().Matches(compact.Text))
        {
            if (!TryFigure(compact, "legacy.org.staff", "人", match, out var staff))
            {
                continue;
            }

            figures.Add(staff);
            var sentenceEnd = SentenceEnd(compact.Text, match.Index + match.Length);
            var rest = compact.Text[(match.Index + match.Length)..sentenceEnd];
            foreach (var (key, regex) in new[] { ("legacy.org.staff_full_time", FullTime()), ("legacy.org.staff_part_time", PartTime()) })
            {
                var part = regex.Match(rest);
                if (part.Success)
                {
                    var offset = match.Index + match.Length;
                    var value = Parse(part.Groups["n"].Value);
                    figures.Add(new ProseFigure(key, value, "人", compact.RawStart(offset + part.Index), compact.RawEnd(offset + part.Index + part.Length)));
                }
            }

            return;
        }
    }

    private static bool TryFigure(CompactText compact, string key, string unit, Match match, out ProseFigure figure)
    {
        figure = null!;
        var text = compact.Text;
        var sentenceStart = SentenceStart(text, match.Index);
        var sentence = text[sentenceStart..SentenceEnd(text, match.Index + match.Length)];
        if (NotAYearFigure().IsMatch(sentence))
        {
            return false;
        }

        var number = match.Groups["n"];

        // A digit right before the label's number would mean we cut a longer number.
        if (number.Index > 0 && (char.IsAsciiDigit(text[number.Index - 1]) || text[number.Index - 1] == '.'))
        {
            return false;
        }

        var span = match.Groups["src"].Success ? match.Groups["src"] : (Group)match;
        figure = new ProseFigure(key, Parse(number.Value), unit, compact.RawStart(span.Index), compact.RawEnd(span.Index + span.Length));
        return true;
    }

    private static decimal Parse(string digits) =>
        decimal.Parse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);

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

    [GeneratedRegex(@"从事政府信息(?:公开)?工作(?:的)?人员共?(?<n>\d+)[人名]")]
    private static partial Regex Staff();

    [GeneratedRegex(@"专职(?:工作)?人员(?<n>\d+)[人名]")]
    private static partial Regex FullTime();

    [GeneratedRegex(@"兼职(?:工作)?人员(?<n>\d+)[人名]")]
    private static partial Regex PartTime();

    // Cumulative, multi-year or "so far" figures are not the reporting year's figure.
    [GeneratedRegex(@"截至|截止|累计|至今|(?<!今年|本年|年初)以来")]
    private static partial Regex NotAYearFigure();
}
