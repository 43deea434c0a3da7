using System.Globalization;
using System.Text;
using Archive.Core.Metrics;
using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>
/// Writes the prose of a report from <see cref="ProseBank"/>: filler sentences, figures in the wording of
/// metric-dictionary.md §8 (metrics unless a table of the report holds the same key), and distractors that a
/// correct extractor must not read (approximations, cumulative and subordinate figures, reposts, topic subsets,
/// Chinese numerals).
/// </summary>
internal sealed class ProseComposer(ProseContext context)
{
    private static readonly string[] ChineseSmallNumbers = ["两", "三", "四", "五"];

    private readonly SplitMix64 _rng = context.Rng;
    private readonly HashSet<string> _usedDistractors = new(StringComparer.Ordinal);

    private string Self => context.Agency.SelfReference;

    public bool Has(string key) => context.ProseKeys.Contains(key);

    // ---- pieces ----

    public string Fill(string template)
    {
        var topics = context.Agency.Topics;
        var first = _rng.Pick(topics);
        var second = topics.Count > 1 ? topics[(IndexOf(topics, first) + 1 + _rng.Next(topics.Count - 1)) % topics.Count] : first;
        var builder = new StringBuilder(template);
        builder.Replace("{self}", Self)
            .Replace("{agency}", context.Agency.Printed)
            .Replace("{year}", Year(context.Year))
            .Replace("{next}", Year(context.Year + 1))
            .Replace("{topic}", first)
            .Replace("{topic2}", second)
            .Replace("{site}", context.Site)
            .Replace("{guide}", _rng.Pick(Guides()));
        return context.Style is { } style ? style.Apply(builder.ToString()) : builder.ToString();
    }

    public List<ProseSegment> Sentences(IReadOnlyList<string> bank, int count)
    {
        var picked = new List<int>();
        while (picked.Count < Math.Min(count, bank.Count))
        {
            var index = _rng.Next(bank.Count);
            if (!picked.Contains(index))
            {
                picked.Add(index);
            }
        }

        var segments = new List<ProseSegment>();
        foreach (var index in picked)
        {
            segments.Add(ProseSegment.Plain(Fill(bank[index])));
        }

        return segments;
    }

    /// <summary>A figure: label, number, measure word (§8). A metric unless a table of the report has the key.</summary>
    public ProseSegment Figure(string key, string label, string measure)
    {
        var planned = context.Plan[key];
        var number = Number(planned.Printed);
        var text = context.SpacedNumbers ? $"{label} {number} {measure}" : label + number + measure;
        var isMetric = !context.TableKeys.Contains(key);
        MetricDictionary.TryGet(key, out var definition);
        return new ProseSegment(text, true, isMetric ? key : null, planned.Value, definition?.Unit, context.SpacedNumbers ? -1 : label.Length);
    }

    private ProseSegment Guarded(string text) => new(text, Protected: true);

    private string Number(string printed) => context.FullWidth ? PrintForms.ToFullWidth(printed) : printed;

    private string Number(long value) => Number(value.ToString(CultureInfo.InvariantCulture));

    private string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private long Count(string key) => context.Plan.Count(key);

    private string[] Guides() => context.Year switch
    {
        < 2013 => ProseBank.GuideBefore2013,
        < 2018 => ProseBank.Guide2013To2017,
        _ => ProseBank.GuideFrom2018,
    };

    /// <summary>
    /// Series mode only (a house style is set): <paramref name="count"/> sentences on the body's own work of the year,
    /// each part drawn on its own (12 × 10 × 10 × 9 × 9 sentences per topic); elsewhere none, leaving the other
    /// generated reports as they were.
    /// </summary>
    public List<ProseSegment> OwnWork(int count)
    {
        var segments = new List<ProseSegment>();
        for (var i = 0; context.Style is not null && i < count; i++)
        {
            segments.Add(ProseSegment.Plain(Fill(
                $"{_rng.Pick(ProseBank.WorkWhen)}，{{self}}{_rng.Pick(ProseBank.WorkAction)}{_rng.Pick(ProseBank.WorkObject)}，{_rng.Pick(ProseBank.WorkChannel)}，{_rng.Pick(ProseBank.WorkResult)}。")));
        }

        return segments;
    }

    // ---- sections ----

    public List<ProseSegment> Opener() => [ProseSegment.Plain(Fill(_rng.Pick(ProseBank.Openers)))];

    public List<List<ProseSegment>> OverviewPre2019()
    {
        var paragraphs = new List<List<ProseSegment>> { Opener() };
        var organisation = Sentences(ProseBank.Organisation, _rng.Between(2, 3));
        if (Has("legacy.org.staff"))
        {
            organisation.Add(ProseSegment.Plain(Self));
            organisation.AddRange(Staff());
        }

        if (Has("legacy.org.reading_points"))
        {
            organisation.Add(ProseSegment.Plain(_rng.Pick(["在办公场所设立", "在政务服务大厅设立", "依托档案室设立"])));
            organisation.Add(Figure("legacy.org.reading_points", "政府信息公开查阅点", "个"));
            organisation.Add(ProseSegment.Plain("，方便群众就近查阅。"));
        }
        else if (_rng.Chance(0.2))
        {
            organisation.Add(Guarded("设置政府信息公开查阅点一个"));
            organisation.Add(ProseSegment.Plain("，配备了必要的查阅设施。"));
        }

        organisation.AddRange(OwnWork(2));
        paragraphs.Add(organisation);
        var training = Training();
        if (training.Count > 0)
        {
            paragraphs.Add(training);
        }

        return paragraphs;
    }

    public List<ProseSegment> Staff()
    {
        var measure = _rng.Chance(0.5) ? "名" : "人";
        var label = _rng.Pick(["从事政府信息公开工作人员共", "从事政府信息工作人员共", "从事政府信息公开工作人员"]);
        return
        [
            Figure("legacy.org.staff", label, measure),
            ProseSegment.Plain("，其中"),
            Figure("legacy.org.staff_full_time", "专职人员", measure),
            ProseSegment.Plain("，"),
            Figure("legacy.org.staff_part_time", "兼职人员", measure),
            ProseSegment.Plain("。"),
        ];
    }

    public List<ProseSegment> Training()
    {
        var segments = new List<ProseSegment>();
        if (Has("legacy.meetings") || Has("legacy.trainings"))
        {
            segments.Add(ProseSegment.Plain($"{Year(context.Year)}年，{Self}"));
            var first = true;
            if (Has("legacy.meetings"))
            {
                segments.Add(Figure("legacy.meetings", "召开政府信息公开工作会议或专题会议", "次"));
                first = false;
            }

            if (Has("legacy.trainings"))
            {
                if (!first)
                {
                    segments.Add(ProseSegment.Plain("，"));
                }

                segments.Add(Figure("legacy.trainings", _rng.Pick(["举办各类培训班", "举办培训班"]), "次"));
                if (Has("legacy.trainees"))
                {
                    segments.Add(ProseSegment.Plain("，"));
                    segments.Add(Figure("legacy.trainees", _rng.Pick(["培训工作人员", "接受培训人员"]), "人次"));
                }
            }

            segments.Add(ProseSegment.Plain("，进一步提升了工作人员的业务水平。"));
        }
        else if (_rng.Chance(0.3))
        {
            segments.Add(ProseSegment.Plain($"{Self}"));
            segments.Add(Guarded($"召开政府信息公开工作专题会议{_rng.Pick(ChineseSmallNumbers)}次"));
            segments.Add(ProseSegment.Plain("，研究部署年度重点任务。"));
        }

        return segments;
    }

    public List<List<ProseSegment>> ActivePre2019()
    {
        var paragraphs = new List<List<ProseSegment>>();
        var first = new List<ProseSegment>();
        if (Has("legacy.active.total"))
        {
            first.Add(ProseSegment.Plain(_rng.Chance(0.5) ? $"{Year(context.Year)}年，{Self}" : $"本年度{Self}通过各类渠道"));
            first.Add(Figure("legacy.active.total", _rng.Chance(0.7) ? "主动公开政府信息" : "主动公开政府信息共", "条"));
            if (_rng.Chance(0.25))
            {
                first.Add(ProseSegment.Plain("，"));
                first.Add(Guarded($"较上年增长{Number(_rng.Between(2, 40))}%"));
            }

            first.Add(ProseSegment.Plain("。"));
        }

        first.AddRange(Sentences(ProseBank.ActiveDisclosure, _rng.Between(1, 2)));
        first.AddRange(OwnWork(2));
        paragraphs.Add(first);

        var channels = Channels();
        if (channels.Count > 0)
        {
            paragraphs.Add(channels);
        }

        var interpretation = Interpretation();
        if (interpretation.Count > 0)
        {
            paragraphs.Add(interpretation);
        }

        var responses = Responses();
        if (responses.Count > 0)
        {
            paragraphs.Add(responses);
        }

        var distractors = ActiveDistractors(_rng.Between(1, 3));
        if (distractors.Count > 0)
        {
            paragraphs.Add(distractors);
        }

        return paragraphs;
    }

    public List<ProseSegment> Channels()
    {
        var figures = new List<ProseSegment>();
        if (Has("legacy.channel.gazette"))
        {
            figures.Add(Figure("legacy.channel.gazette", "政府公报公开政府信息", "条"));
        }

        if (Has("legacy.channel.website"))
        {
            figures.Add(_rng.Chance(0.5)
                ? Figure("legacy.channel.website", "政府网站公开政府信息", "条")
                : Figure("legacy.channel.website", $"通过{_rng.Pick(["门户网站", "政府网站", context.Agency.RegionPrefix + "政府信息网"])}发布政府信息{(_rng.Chance(0.5) ? "共" : string.Empty)}", "条"));
        }

        if (Has("legacy.channel.weibo"))
        {
            figures.Add(Figure("legacy.channel.weibo", "政务微博" + _rng.Pick(["公开", "发布"]) + "政府信息", "条"));
        }

        var ownAccount = Has("legacy.channel.wechat") && _rng.Chance(0.2);
        if (Has("legacy.channel.wechat") && !ownAccount)
        {
            figures.Add(Figure("legacy.channel.wechat", "政务微信" + _rng.Pick(["公开", "发布"]) + "政府信息", "条"));
        }

        if (Has("legacy.channel.other"))
        {
            figures.Add(Figure("legacy.channel.other", "其他方式公开政府信息", "条"));
        }

        var segments = new List<ProseSegment>();
        if (figures.Count > 0)
        {
            if (figures.Count >= 2 && _rng.Chance(0.3) && _usedDistractors.Add("channel_sum"))
            {
                // The double-counting channel sum (seed 002): not 主动公开政府信息数.
                segments.Add(ProseSegment.Plain("全年"));
                segments.Add(Guarded($"通过不同渠道和方式公开政府信息{Number(_rng.Between(50, 5000))}条"));
                segments.Add(ProseSegment.Plain("，"));
            }

            segments.Add(ProseSegment.Plain("其中，"));
            for (var i = 0; i < figures.Count; i++)
            {
                if (i > 0)
                {
                    segments.Add(ProseSegment.Plain(_rng.Chance(0.7) ? "，" : "；"));
                }

                segments.Add(figures[i]);
            }

            segments.Add(ProseSegment.Plain("。"));
        }

        if (ownAccount)
        {
            segments.Add(ProseSegment.Plain($"{Self}“{ShortName()}{_rng.Pick(ProseBank.WechatAccounts)}”微信公众号在{Year(context.Year)}年"));
            segments.Add(Figure("legacy.channel.wechat", "共发布各类信息", "条"));
            segments.Add(ProseSegment.Plain("，内容涵盖政策发布、工作动态和便民服务。"));
        }

        return segments;
    }

    public List<ProseSegment> Interpretation()
    {
        var segments = new List<ProseSegment>();
        if (Has("legacy.response.interpretations"))
        {
            segments.Add(ProseSegment.Plain(Fill("围绕{topic}等重点工作，{self}")));
            segments.Add(_rng.Chance(0.6)
                ? Figure("legacy.response.interpretations", "发布政策解读稿件", "篇")
                : Figure("legacy.response.interpretations", "发布政策解读信息", "条"));
            if (_rng.Chance(0.4) && _usedDistractors.Add("repost"))
            {
                segments.Add(ProseSegment.Plain("，"));
                segments.Add(Guarded(_rng.Chance(0.5) ? $"转发上级政策解读{Number(_rng.Between(1, 60))}条" : $"转载政策解读信息{Number(_rng.Between(1, 60))}条"));
            }

            segments.Add(ProseSegment.Plain("，帮助群众准确理解政策内容。"));
        }
        else if (_rng.Chance(0.25) && _usedDistractors.Add("interpretation_approx"))
        {
            segments.Add(ProseSegment.Plain(Fill("围绕{topic}，{self}")));
            segments.Add(Guarded($"发布政策解读稿件{Number(_rng.Between(10, 90))}篇以上"));
            segments.Add(ProseSegment.Plain("，解读形式更加多样。"));
        }

        return segments;
    }

    public List<ProseSegment> Responses()
    {
        var figures = new List<ProseSegment>();
        if (Has("legacy.response.hot_topics"))
        {
            figures.Add(Figure("legacy.response.hot_topics", "回应公众关注热点或重大舆情", "次"));
        }

        if (Has("legacy.response.press_conferences"))
        {
            figures.Add(Figure("legacy.response.press_conferences", "参加或举办新闻发布会", "次"));
        }

        if (Has("legacy.response.interviews"))
        {
            figures.Add(Figure("legacy.response.interviews", "政府网站在线访谈", "次"));
        }

        if (figures.Count == 0)
        {
            return [];
        }

        var segments = new List<ProseSegment> { ProseSegment.Plain($"在回应社会关切方面，{Self}") };
        for (var i = 0; i < figures.Count; i++)
        {
            if (i > 0)
            {
                segments.Add(ProseSegment.Plain("，"));
            }

            segments.Add(figures[i]);
        }

        segments.Add(ProseSegment.Plain("，及时澄清不实信息，正确引导社会舆论。"));
        return segments;
    }

    public List<ProseSegment> ActiveDistractors(int count)
    {
        var segments = new List<ProseSegment>();
        for (var attempt = 0; attempt < 12 && count > 0; attempt++)
        {
            var kind = _rng.Next(9);
            if (!_usedDistractors.Add("active" + kind.ToString(CultureInfo.InvariantCulture)))
            {
                continue;
            }

            count--;
            switch (kind)
            {
                case 0 when !Has("legacy.active.total"):
                    segments.Add(ProseSegment.Plain("全年通过各类平台"));
                    segments.Add(Guarded($"主动公开政府信息{Number(_rng.Between(2, 90) * 10)}余条"));
                    segments.Add(ProseSegment.Plain("。"));
                    break;
                case 1 when !Has("legacy.active.total"):
                    segments.Add(ProseSegment.Plain("本年度"));
                    segments.Add(Guarded($"主动公开政府信息约{Number(_rng.Between(2, 90) * 10)}条"));
                    segments.Add(ProseSegment.Plain("。"));
                    break;
                case 2:
                    segments.Add(ProseSegment.Plain($"截至{Year(context.Year)}年底，{Self}"));
                    segments.Add(Guarded($"累计主动公开政府信息{Number(Count("legacy.active.total") + _rng.Between(100, 20000))}条"));
                    segments.Add(ProseSegment.Plain("。"));
                    break;
                case 3:
                    segments.Add(Guarded($"下属事业单位主动公开政府信息{Number(_rng.Between(3, 80))}条"));
                    segments.Add(ProseSegment.Plain("，已纳入各自的信息公开工作。"));
                    break;
                case 4:
                    segments.Add(ProseSegment.Plain("按照信息报送要求，"));
                    segments.Add(Guarded($"向上级部门报送政务信息{Number(_rng.Between(5, 400))}篇"));
                    segments.Add(ProseSegment.Plain("。"));
                    break;
                case 5:
                    var issued = _rng.Between(20, 400);
                    var open = _rng.Between(0, issued / 3);
                    var onRequest = _rng.Between(0, issued - open);
                    segments.Add(ProseSegment.Plain("全年"));
                    segments.Add(Guarded($"制发公文{Number(issued)}件，其中主动公开{Number(open)}件，依申请公开{Number(onRequest)}件，不予公开{Number(issued - open - onRequest)}件"));
                    segments.Add(ProseSegment.Plain("。"));
                    break;
                case 6:
                    segments.Add(ProseSegment.Plain(Fill("在{site}")));
                    segments.Add(Guarded(_rng.Chance(0.5) ? $"发布政务动态{Number(_rng.Between(5, 300))}条" : Fill($"发布{{topic}}类信息{Number(_rng.Between(5, 300))}条")));
                    segments.Add(ProseSegment.Plain("，"));
                    segments.Add(Guarded($"公开财政预决算信息{Number(_rng.Between(2, 30))}项"));
                    segments.Add(ProseSegment.Plain("。"));
                    break;
                case 7:
                    segments.Add(ProseSegment.Plain("通过12345政务服务便民热线"));
                    segments.Add(Guarded($"受理群众咨询{Number(_rng.Between(2, 90) * 10)}多人次"));
                    segments.Add(ProseSegment.Plain("，办结率达到100%。"));
                    break;
                default:
                    segments.Add(ProseSegment.Plain(Fill("围绕{topic}，")));
                    segments.Add(Guarded($"累计发布信息{Number(_rng.Between(500, 30000))}条"));
                    segments.Add(ProseSegment.Plain("，其中近三年占比超过一半。"));
                    break;
            }
        }

        return segments;
    }

    public List<ProseSegment> ApplicationsPre2019()
    {
        var segments = new List<ProseSegment>();
        if (Has("legacy.apply.received"))
        {
            segments.Add(ProseSegment.Plain($"{Year(context.Year)}年，{Self}"));
            segments.AddRange(Received());
            segments.Add(ProseSegment.Plain("均已在规定期限内予以答复。"));
        }
        else if (Count("legacy.apply.received") == 0)
        {
            segments.Add(ProseSegment.Plain(Fill(_rng.Pick(ProseBank.NoApplications))));
        }

        segments.AddRange(Sentences(ProseBank.Application, _rng.Between(1, 2)));
        segments.AddRange(ApplicationDistractor());
        return segments;
    }

    public List<ProseSegment> Received()
    {
        var segments = new List<ProseSegment>
        {
            Figure("legacy.apply.received", _rng.Pick(["收到政府信息公开申请", "受理政府信息公开申请", "受理申请", "收到申请"]), "件"),
        };
        if (Has("legacy.apply.online"))
        {
            segments.Add(ProseSegment.Plain("，其中"));
            segments.Add(Figure("legacy.apply.in_person", "当面申请", "件"));
            segments.Add(ProseSegment.Plain("，"));
            segments.Add(Figure("legacy.apply.online", "网络申请", "件"));
            segments.Add(ProseSegment.Plain("，"));
            segments.Add(Figure("legacy.apply.letter", "信函申请", "件"));
            segments.Add(ProseSegment.Plain("，"));
            segments.Add(Figure("legacy.apply.fax", "传真申请", "件"));
        }

        segments.Add(ProseSegment.Plain("，"));
        return segments;
    }

    public List<ProseSegment> ApplicationDistractor()
    {
        if (!_rng.Chance(0.35))
        {
            return [];
        }

        if (_rng.Chance(0.5) && _usedDistractors.Add("apply_cumulative"))
        {
            return
            [
                ProseSegment.Plain($"自《条例》施行以来，{Self}"),
                Guarded($"累计受理政府信息公开申请{Number(Count("legacy.apply.received") + _rng.Between(5, 300))}件"),
                ProseSegment.Plain("。"),
            ];
        }

        if (_usedDistractors.Add("apply_subordinate"))
        {
            return
            [
                Guarded($"所属{Number(_rng.Between(2, 9))}个单位共受理政府信息公开申请{Number(_rng.Between(1, 40))}件"),
                ProseSegment.Plain("，由各单位分别答复。"),
            ];
        }

        return [];
    }

    public List<ProseSegment> FeesPre2019() => [ProseSegment.Plain(Fill(_rng.Pick(ProseBank.NoFeesPre2019)))];

    public List<ProseSegment> ReviewsPre2019(bool hasTable)
    {
        var none = Count("legacy.review.total") == 0 && Count("legacy.litigation.total") == 0;
        if (none)
        {
            return [ProseSegment.Plain(Fill(_rng.Pick(ProseBank.NoReviewsPre2019)))];
        }

        return hasTable
            ? [ProseSegment.Plain(_rng.Pick(ProseBank.ReviewsSeeTable))]
            : [ProseSegment.Plain(Fill("对因政府信息公开申请引起的行政复议、行政诉讼，{self}均依法积极应对，认真整改。"))];
    }

    public List<List<ProseSegment>> ProblemsAndImprovements()
    {
        var problems = new List<ProseSegment> { ProseSegment.Plain(Fill(_rng.Pick(["{self}政府信息公开工作虽然取得了一定成效，但仍存在一些不足：", "对照上级要求和群众期盼，工作中还存在一些问题：", "在肯定成绩的同时，我们也清醒地认识到存在的不足，主要是："]))) };
        problems.Add(ProseSegment.Plain(Enumerate(ProseBank.Problems, _rng.Between(2, 3))));
        var improvements = new List<ProseSegment> { ProseSegment.Plain(Fill(_rng.Pick(["{next}年，{self}将重点做好以下工作：", "下一步，{self}将采取以下措施加以改进：", "针对上述问题，{self}将从以下方面改进："]))) };
        improvements.Add(ProseSegment.Plain(Enumerate(ProseBank.Improvements, _rng.Between(2, 4))));
        return [problems, improvements];
    }

    public List<ProseSegment> OtherMatters()
    {
        var segments = new List<ProseSegment>();
        if (context.Template == ReportTemplate.V2021)
        {
            segments.Add(ProseSegment.Plain(Fill(_rng.Pick(ProseBank.NoFees2021))));
        }

        segments.AddRange(Sentences(ProseBank.OtherMatters, _rng.Between(1, 2)));
        if (_rng.Chance(0.3))
        {
            segments.Add(ProseSegment.Plain("本年度"));
            segments.Add(Guarded($"办理人大代表建议{Number(_rng.Between(1, 60))}件、政协委员提案{Number(_rng.Between(1, 60))}件"));
            segments.Add(ProseSegment.Plain("，办复率100%。"));
        }

        return segments;
    }

    /// <summary>The 一、总体情况 of the 2019/2021 templates: opener and (一)–(五), with figures where chosen.</summary>
    public List<(string? Heading, List<ProseSegment> Paragraph)> Overview2019()
    {
        var headings = _rng.Chance(0.8);
        var result = new List<(string?, List<ProseSegment>)> { (null, Opener()) };

        var active = new List<ProseSegment>();
        if (Has("legacy.active.total"))
        {
            active.Add(ProseSegment.Plain($"{Year(context.Year)}年，{Self}"));
            active.Add(Figure("legacy.active.total", "主动公开政府信息", "条"));
            active.Add(ProseSegment.Plain("。"));
        }

        active.AddRange(Sentences(ProseBank.ActiveDisclosure, _rng.Between(1, 3)));
        active.AddRange(OwnWork(2));
        active.AddRange(Channels());
        active.AddRange(Interpretation());
        active.AddRange(ActiveDistractors(_rng.Between(0, 2)));
        result.Add((headings ? ProseBank.Topics2019Headings[0] : null, active));

        var applications = new List<ProseSegment>();
        if (Has("legacy.apply.received"))
        {
            applications.Add(ProseSegment.Plain(_rng.Chance(0.5) ? $"{Year(context.Year)}年，{Self}" : "本年度共"));
            applications.AddRange(Received());
            applications.Add(ProseSegment.Plain("均按规定时限答复。"));
        }

        applications.AddRange(Sentences(ProseBank.Application, _rng.Between(1, 2)));
        applications.AddRange(ApplicationDistractor());
        result.Add((headings ? ProseBank.Topics2019Headings[1] : null, applications));
        var management = Sentences(ProseBank.Management, _rng.Between(1, 3));
        management.AddRange(OwnWork(1));
        result.Add((headings ? ProseBank.Topics2019Headings[2] : null, management));
        result.Add((headings ? ProseBank.Topics2019Headings[3] : null, Sentences(ProseBank.Platform, _rng.Between(1, 3))));
        var supervision = Sentences(ProseBank.Supervision, _rng.Between(1, 2));
        supervision.AddRange(Training());
        result.Add((headings ? ProseBank.Topics2019Headings[4] : null, supervision));
        return result;
    }

    private string Enumerate(IReadOnlyList<string> bank, int count)
    {
        var picked = new List<int>();
        while (picked.Count < Math.Min(count, bank.Count))
        {
            var index = _rng.Next(bank.Count);
            if (!picked.Contains(index))
            {
                picked.Add(index);
            }
        }

        var builder = new StringBuilder();
        for (var i = 0; i < picked.Count; i++)
        {
            builder.Append(ProseBank.Ordinals[i]).Append(Fill(bank[picked[i]])).Append(i == picked.Count - 1 ? "。" : "；");
        }

        return builder.ToString();
    }

    private string ShortName()
    {
        var prefix = context.Agency.RegionPrefix;
        var name = Core.Regions.RegionGazetteer.ShortName(context.Agency.Region.Name);
        return name.Length > 0 ? name : prefix;
    }

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i], item, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return 0;
    }
}
